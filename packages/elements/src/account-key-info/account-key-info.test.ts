import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AccountKeyInfoElement } from './account-key-info.ts';
import './define.ts';

const base = (scenario: string) => `${location.origin}/stub-profile/${scenario}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

async function show(scenario: string, keys = ''): Promise<AccountKeyInfoElement> {
  const el = await fixture<AccountKeyInfoElement>(html`<account-key-info api-base=${base(scenario)} account-id="acme-1" keys=${keys}></account-key-info>`);
  await waitUntil(() => !$(el, '.state[role=status]'), 'still loading', { timeout: 4000 });
  return el;
}

describe('<account-key-info>', () => {
  it('shows the keyInfo attributes with own and rolled-up values, and marks nothing restricted', async () => {
    const el = await show('full');
    const items = $$(el, '.item');
    expect(items.map((i) => i.dataset.key)).to.deep.equal(['industry', 'renewalDate', 'contractStatus', 'customerSince']);
    const renewal = $(el, '[data-key=renewalDate]')!;
    expect(renewal.querySelector('.own')!.textContent).to.contain('Mar 31, 2027');
    expect(renewal.querySelector('.rolled')!.textContent).to.equal('With child accounts: Jan 15, 2027');
    expect($(el, '[data-key=industry] .rolled')).to.equal(null);
    expect($$(el, '.restricted')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows the keys the host lists, in its order, restricted ones marked', async () => {
    const el = await show('full', 'discount, arr, missing');
    expect($$(el, '.item').map((i) => i.dataset.key)).to.deep.equal(['discount', 'arr']);
    expect($(el, '[data-key=discount] .restricted')!.textContent).to.equal('Restricted');
    expect($(el, '[data-key=discount] .own')!.textContent).to.contain('15%');
  });

  it('is accessible in the dark theme', async () => {
    const el = await show('full');
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows the empty state, which the host can replace through the empty slot', async () => {
    const el = await show('empty');
    expect($(el, '.empty')!.textContent!.trim()).to.equal('No key information is set for this account.');
    await expect(el).to.be.accessible();
    const custom = await fixture<AccountKeyInfoElement>(
      html`<account-key-info api-base=${base('empty')} account-id="acme-1"><p slot="empty">Ask your admin</p></account-key-info>`,
    );
    await waitUntil(() => $(custom, '.empty'), 'no empty state');
    const slot = $<HTMLSlotElement>(custom, 'slot[name=empty]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Ask your admin');
  });

  it('says it is loading, then shows an error with Retry that loads again', async () => {
    const loading = await fixture<AccountKeyInfoElement>(html`<account-key-info api-base=${base('hang')} account-id="acme-1"></account-key-info>`);
    expect($(loading, '[role=status]')!.textContent).to.equal('Loading key information…');
    await expect(loading).to.be.accessible();
    const el = await show('error');
    expect($(el, '[role=alert]')!.textContent).to.contain('could not be loaded. (Stub failure)');
    await expect(el).to.be.accessible();
    el.apiBase = base('full');
    $<HTMLButtonElement>(el, 'button.retry')!.click();
    await waitUntil(() => $$(el, '.item').length === 4, 'retry did not load');
  });

  it('says an account is missing, and shows a 404 as an error', async () => {
    const idle = await fixture<AccountKeyInfoElement>(html`<account-key-info api-base=${base('full')}></account-key-info>`);
    expect($(idle, '.state')!.textContent).to.contain('account-id');
    const el = await fixture<AccountKeyInfoElement>(html`<account-key-info api-base=${base('full')} account-id="nope"></account-key-info>`);
    await waitUntil(() => $(el, '[role=alert]'), 'no error');
    expect($(el, '[role=alert]')!.textContent).to.contain('Account not found');
  });
});
