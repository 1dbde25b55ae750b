import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AccountAttributesElement } from './account-attributes.ts';
import './define.ts';

const base = (scenario: string) => `${location.origin}/stub-profile/${scenario}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const visibleKeys = (el: Element) => $$(el, 'tbody tr:not([hidden])').map((r) => r.dataset.key);

async function show(scenario: string): Promise<AccountAttributesElement> {
  const el = await fixture<AccountAttributesElement>(html`<account-attributes api-base=${base(scenario)} account-id="acme-1"></account-attributes>`);
  await waitUntil(() => !$(el, '.state[role=status]'), 'still loading', { timeout: 4000 });
  return el;
}

describe('<account-attributes>', () => {
  it('groups every attribute by category in order, with own and rolled-up values', async () => {
    const el = await show('full');
    expect($$(el, '.group').map((g) => g.dataset.category)).to.deep.equal(['keyInfo', 'valueMetrics', 'health', 'custom', 'system']);
    expect($$(el, '.group h3').map((h) => h.textContent)).to.deep.equal(['Key information', 'Value metrics', 'Health', 'Custom', 'System']);
    const util = $(el, 'tr[data-key=licenseUtilization]')!;
    expect(util.querySelector('.own')!.textContent).to.equal('82%');
    expect(util.querySelector('.rolled')!.textContent).to.equal('74%');
    expect($(el, 'tr[data-key=executiveSponsor] .own')!.textContent).to.equal('Yes');
    expect($(el, 'tr[data-key=discount] .restricted')!.textContent).to.equal('Restricted');
    expect($(el, '.count')!.textContent).to.equal('12 attributes');
    await expect(el).to.be.accessible();
  });

  it('filters as you type by label, key and value, and hides empty groups', async () => {
    const el = await show('full');
    $<HTMLInputElement>(el, 'input[type=search]')!.focus();
    await sendKeys({ type: 'renew' });
    await el.updateComplete;
    expect(visibleKeys(el)).to.deep.equal(['renewalDate']);
    expect($$(el, '.group:not([hidden])').map((g) => g.dataset.category)).to.deep.equal(['keyInfo']);
    expect($(el, '.count')!.textContent).to.equal('1 of 12 attributes match');

    el.search = 'crmid';
    await el.updateComplete;
    expect(visibleKeys(el)).to.deep.equal(['crmId']);
    el.search = 'premier';
    await el.updateComplete;
    expect(visibleKeys(el)).to.deep.equal(['supportTier']);
    el.search = 'zzz';
    await el.updateComplete;
    expect(visibleKeys(el)).to.deep.equal([]);
    expect($(el, '.no-match')!.textContent).to.equal('No attribute matches “zzz”.');
    await expect(el).to.be.accessible();
  });

  it('keeps the typed text and the rows while typing (rows are hidden, not rebuilt)', async () => {
    const el = await show('attrs-300');
    const first = $(el, 'tr[data-key=metric000]');
    const input = $<HTMLInputElement>(el, 'input[type=search]')!;
    input.focus();
    await sendKeys({ type: 'field 1' });
    await el.updateComplete;
    expect(input.value).to.equal('field 1');
    expect($(el, 'tr[data-key=metric000]')).to.equal(first);
    expect($$(el, 'tbody tr')).to.have.length(300);
    const shown = visibleKeys(el);
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.every((key) => /^Field 1/.test($(el, `tr[data-key=${key}] th`)!.textContent!.trim()))).to.equal(true);
  });

  it('is accessible in the dark theme', async () => {
    const el = await show('full');
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows the empty, loading and error states', async () => {
    const empty = await show('empty');
    expect($(empty, '.empty')!.textContent!.trim()).to.equal('This account has no attribute you may see.');
    await expect(empty).to.be.accessible();
    const loading = await fixture<AccountAttributesElement>(html`<account-attributes api-base=${base('hang')} account-id="acme-1"></account-attributes>`);
    expect($(loading, '[role=status]')!.textContent).to.equal('Loading attributes…');
    const failed = await show('error');
    expect($(failed, '[role=alert]')!.textContent).to.contain('could not be loaded');
    await expect(failed).to.be.accessible();
    failed.apiBase = base('full');
    $<HTMLButtonElement>(failed, 'button.retry')!.click();
    await waitUntil(() => $$(failed, 'tbody tr').length === 12, 'retry did not load');
  });

  it('renders attribute text as text, never as markup', async () => {
    const el = await show('full');
    const cell = $(el, 'tr[data-key=supportTier] .own')!;
    expect(cell.textContent).to.equal('Premier <b>plus</b>');
    expect(cell.querySelector('b')).to.equal(null);
  });
});
