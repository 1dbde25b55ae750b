import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AccountChangesElement } from './account-changes.ts';
import { fixtureAsOf } from '../account-profile/__fixtures__/profile-parts.ts';
import './define.ts';

const base = (scenario: string) => `${location.origin}/stub-profile/${scenario}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const settled = (el: Element) => waitUntil(() => !$(el, '.state[role=status]'), 'still loading', { timeout: 4000 });
const callsOf = async (scenario: string) => ((await (await fetch(`${base(scenario)}/calls`)).json()) as { parts: Array<{ part: string; query: Record<string, string> }> }).parts;

async function show(scenario: string): Promise<AccountChangesElement> {
  const el = await fixture<AccountChangesElement>(html`<account-changes api-base=${base(scenario)} account-id="acme-1" as-of=${fixtureAsOf}></account-changes>`);
  await settled(el);
  return el;
}

describe('<account-changes>', () => {
  it('lists the changes of the last 30 days, newest first: old → new, who and when', async () => {
    const el = await show('ok');
    const rows = $$(el, 'tbody tr');
    expect(rows.map((r) => r.dataset.key)).to.deep.equal(['arr', 'contractStatus']);
    expect(rows[0]!.querySelector('.old')!.textContent).to.equal('120K');
    expect(rows[0]!.querySelector('.new')!.textContent).to.equal('150K');
    expect(rows[0]!.querySelector('td')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('from 120K→ to 150K');
    expect(rows[0]!.querySelector('.by')!.textContent).to.equal('Ana Ruiz');
    expect(rows[1]!.querySelector('.by')!.textContent).to.equal('CRM sync (integration)');
    expect(rows[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-28T12:00:00.000Z');
    await expect(el).to.be.accessible();
  });

  it('asks the server for the chosen period ending at as-of', async () => {
    const el = await show('ok');
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = '90';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => $$(el, 'tbody tr').length === 3, 'the 90-day period did not load');
    expect(el.period).to.equal(90);
    expect($(el, 'tbody tr:last-child .by')!.textContent).to.equal('Not recorded');
    expect($(el, 'tbody tr:last-child .old')!.textContent).to.equal('–');
    const last = (await callsOf('ok')).filter((c) => c.part === 'changes').at(-1)!;
    expect(last.query).to.deep.equal({ from: '2026-09-01T12:00:00.000Z', to: fixtureAsOf });
  });

  it('is accessible in the dark theme', async () => {
    const el = await show('ok');
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows the empty, loading and error states', async () => {
    const empty = await show('empty');
    expect($(empty, '.empty')!.textContent!.trim()).to.equal('Nothing changed in this period.');
    expect($(empty, 'select')).to.not.equal(null);
    await expect(empty).to.be.accessible();
    const loading = await fixture<AccountChangesElement>(html`<account-changes api-base=${base('hang')} account-id="acme-1"></account-changes>`);
    expect($(loading, '[role=status]')!.textContent).to.equal('Loading recent changes…');
    const failed = await show('part-error');
    expect($(failed, '[role=alert]')!.textContent).to.contain('could not be loaded');
    await expect(failed).to.be.accessible();
    failed.apiBase = base('ok');
    $<HTMLButtonElement>(failed, 'button.retry')!.click();
    await waitUntil(() => $$(failed, 'tbody tr').length === 2, 'retry did not load');
  });
});
