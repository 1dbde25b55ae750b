import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AccountContactsElement } from './account-contacts.ts';
import './define.ts';

const base = (scenario: string) => `${location.origin}/stub-profile/${scenario}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

async function show(scenario: string): Promise<AccountContactsElement> {
  const el = await fixture<AccountContactsElement>(html`<account-contacts api-base=${base(scenario)} account-id="acme-1"></account-contacts>`);
  await waitUntil(() => !$(el, '.state[role=status]'), 'still loading', { timeout: 4000 });
  return el;
}

describe('<account-contacts>', () => {
  it('shows one card per person with NPS, and names as text', async () => {
    const el = await show('ok');
    const cards = $$(el, '.contact');
    expect(cards.map((c) => c.querySelector('h3')!.textContent)).to.deep.equal(['Lena Novak', 'Maria Gomez', 'Priya Shah', 'Sam <script>Smith</script>', 'Tom Becker']);
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    expect($(el, '[data-id=c-1] .nps')!.textContent).to.equal('NPS 60');
    expect($(el, '[data-id=c-4] .nps')!.textContent).to.equal('No NPS');
    expect($(el, '[data-id=c-1] a')!.getAttribute('href')).to.equal('mailto:contact1@example.com');
    expect($(el, '[data-id=c-1] .also')!.textContent).to.equal('Also a contact of: Acme Devices');
    await expect(el).to.be.accessible();
  });

  it('shows the NPS distribution of several contacts: average, range and counts per bin', async () => {
    const el = await show('ok');
    expect($(el, '.distribution .summary')!.textContent).to.equal('Average 35 over 4 contacts, from -20 to 90');
    const bins = $$(el, '.bins li').map((li) => li.lastElementChild!.textContent);
    expect(bins).to.have.length(10);
    expect(bins.filter((b) => b !== '0 contacts')).to.deep.equal(['1 contact', '1 contact', '1 contact', '1 contact']);
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('leaves the distribution out for a single contact', async () => {
    const el = await show('few-contacts-1');
    expect($$(el, '.contact')).to.have.length(1);
    expect($(el, '.distribution')).to.equal(null);
  });

  it('shows the empty, loading and error states', async () => {
    const empty = await show('empty');
    expect($(empty, '.empty')!.textContent!.trim()).to.equal('No contact is linked to this account.');
    await expect(empty).to.be.accessible();
    const loading = await fixture<AccountContactsElement>(html`<account-contacts api-base=${base('hang')} account-id="acme-1"></account-contacts>`);
    expect($(loading, '[role=status]')!.textContent).to.equal('Loading contacts…');
    const failed = await show('part-error');
    expect($(failed, '[role=alert]')!.textContent).to.contain('could not be loaded');
    await expect(failed).to.be.accessible();
  });
});
