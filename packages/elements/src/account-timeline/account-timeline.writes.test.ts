import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { seatToken } from '../shared/__fixtures__/seat-token.ts';
import { readTouchpointForm } from './touchpoint-form.ts';
import type { AccountTimelineElement } from './account-timeline.ts';
import './define.ts';

const base = (scenario: string) => `${location.origin}/stub-profile/${scenario}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const settled = (el: Element) => waitUntil(() => !$(el, '.state[role=status]') && $(el, '[aria-busy=false]'), 'still loading', { timeout: 4000 });
const writesOf = async (scenario: string) => (await fetch(`${base(scenario)}/writes`)).json();

async function show(scenario: string, seat: 'viewer' | 'contributor' | 'practitioner'): Promise<AccountTimelineElement> {
  const el = await fixture<AccountTimelineElement>(html`<account-timeline api-base=${base(scenario)} account-id="acme-1" .token=${seatToken(seat)}></account-timeline>`);
  await settled(el);
  return el;
}

async function fill(el: AccountTimelineElement, values: Record<string, string>): Promise<void> {
  if (!$(el, 'form[part=log-form]')) {
    $<HTMLButtonElement>(el, '[part=log-button]')!.click();
    await el.updateComplete;
  }
  for (const [name, value] of Object.entries(values)) $<HTMLInputElement>(el, `form[part=log-form] [name=${name}]`)!.value = value;
}

describe('<account-timeline> Log touchpoint', () => {
  it('shows a viewer no write control', async () => {
    const el = await show('ok', 'viewer');
    expect(Boolean($(el, '[part=log-button]'))).to.equal(false);
  });

  it('opens the form with the keyboard for a contributor, and is accessible', async () => {
    const el = await show('ok', 'contributor');
    const toggle = $<HTMLButtonElement>(el, '[part=log-button]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(Boolean($(el, 'form[part=log-form]'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('refuses an incomplete form without sending it', async () => {
    const el = await show('tp-invalid', 'contributor');
    await fill(el, { subject: 'No flow' });
    $<HTMLButtonElement>(el, '[part=log-submit]')!.click();
    await el.updateComplete;
    expect($(el, 'form input[name=flow]')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, 'form input[name=type]')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '[part=write-message]')!.textContent).to.equal('Fill in the fields marked required.');
    expect(await writesOf('tp-invalid')).to.deep.equal([]);
  });

  it('logs a touchpoint: shown at once while submitting, then sk-touchpoint-logged with the stored entity', async () => {
    const el = await show('write-slow', 'contributor');
    await fill(el, { flow: 'onboarding', type: 'call', subject: 'Kickoff <b>call</b>' });
    $<HTMLSelectElement>(el, 'select[name=sentiment]')!.value = 'positive';
    const logged = oneEvent(el, 'sk-touchpoint-logged');
    $<HTMLButtonElement>(el, '[part=log-submit]')!.click();
    await el.updateComplete;
    expect($<HTMLButtonElement>(el, '[part=log-submit]')!.textContent).to.equal('Logging…');
    const pending = $(el, 'li[data-pending]')!;
    expect(pending.querySelector('.subject')!.textContent).to.equal('Kickoff <b>call</b>');
    expect(pending.querySelectorAll('b').length).to.equal(0);
    const event = await logged;
    expect(event.detail.touchpoint).to.include({ flow: 'onboarding', type: 'call', subject: 'Kickoff <b>call</b>', sentiment: 'positive', userId: 'u-ben' });
    const sent = ((await writesOf('write-slow')) as Array<{ path: string }>).filter((w) => w.path === '/v1/accounts/acme-1/touchpoints');
    expect(sent).to.deep.equal([{ method: 'POST', path: '/v1/accounts/acme-1/touchpoints', body: { flow: 'onboarding', type: 'call', subject: 'Kickoff <b>call</b>', sentiment: 'positive' }, seat: 'contributor' }]);
    await waitUntil(() => $(el, '[part=write-message][role=status]')?.textContent === 'Touchpoint logged.', 'done message');
    await waitUntil(() => !$(el, 'li[data-pending]'), 'the pending entry gives way to the timeline read again');
  });

  it('removes a refused touchpoint with a visible message', async () => {
    const el = await show('write-refused', 'practitioner');
    await fill(el, { flow: 'renewal', type: 'email' });
    let fired = 0;
    el.addEventListener('sk-touchpoint-logged', () => fired++);
    $<HTMLButtonElement>(el, '[part=log-submit]')!.click();
    await waitUntil(() => $(el, '[part=write-message][role=alert]'), 'refusal shown');
    expect($(el, '[part=write-message]')!.textContent).to.equal('Not saved: the server refused this write. The entry was removed.');
    expect(Boolean($(el, 'li[data-pending]'))).to.equal(false);
    expect(fired).to.equal(0);
  });

  it('sends a past day as noon UTC and leaves today to the server', () => {
    const form = document.createElement('form');
    form.innerHTML = '<input name="flow" value="a"><input name="type" value="call"><input name="date" value="2026-01-05">';
    expect(readTouchpointForm(form, '2026-03-01')).to.deep.equal({ body: { flow: 'a', type: 'call', at: '2026-01-05T12:00:00Z' } });
    expect(readTouchpointForm(form, '2026-01-05')).to.deep.equal({ body: { flow: 'a', type: 'call' } });
  });
});
