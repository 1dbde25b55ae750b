import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AccountCollectionsElement } from './account-collections.ts';
import { formatValue, humanize } from './collection-values.ts';
import './define.ts';

const base = (scenario: string) => `${location.origin}/stub-parts/${scenario}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const cells = (table: Element) => [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));

async function show(scenario: string, extra: Partial<AccountCollectionsElement> = {}): Promise<AccountCollectionsElement> {
  const el = await fixture<AccountCollectionsElement>(html`<account-collections api-base=${base(scenario)} account-id="acc-1" collection=${extra.collection ?? ''}></account-collections>`);
  await waitUntil(() => !$(el, '[role=status].state'), 'still loading', { timeout: 4000 });
  return el;
}

describe('<account-collections>', () => {
  it('shows one table per collection with a column per field, values as text', async () => {
    const el = await show('ok');
    const blocks = $$(el, '.collection');
    expect(blocks.map((b) => b.querySelector('h3')!.textContent!.trim())).to.deep.equal(['Licences 2 records', 'Opportunities 3 records']);
    const opportunities = blocks[1]!.querySelector('table')!;
    expect([...opportunities.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['Name', 'Stage', 'Amount', 'Close date', 'Probability']);
    const rows = cells(opportunities);
    expect(rows[0]).to.deep.equal(['Expansion: 100 seats', 'Negotiation', formatValue(48000), formatValue('2027-01-15'), formatValue(0.6)]);
    expect(rows[2]).to.deep.equal(['<script>alert(1)</script>', 'Qualification', '—', '—', '—']);
    expect(opportunities.querySelector('script')).to.equal(null);
    expect(cells(blocks[0]!.querySelector('table')!)[1]).to.deep.equal(['Alerts Add-on', 'Alerts', '40', 'No']);
    expect(opportunities.querySelector('thead th:nth-child(3)')!.classList.contains('num')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows one collection when asked, titled by it', async () => {
    const el = await show('ok', { collection: 'opportunities' });
    expect($(el, 'h2')!.textContent).to.equal('Opportunities');
    expect($$(el, '.collection')).to.have.length(1);
    el.collection = 'projects';
    await el.updateComplete;
    expect($(el, '.empty')!.textContent!.trim()).to.equal('This account has no “Projects” records.');
  });

  it('names keys and formats values', () => {
    expect(humanize('closeDate')).to.equal('Close date');
    expect(humanize('support_plans')).to.equal('Support plans');
    expect(formatValue(true)).to.equal('Yes');
    expect(formatValue(null)).to.equal('—');
    expect(formatValue('2027-13-99')).to.equal('2027-13-99');
  });

  it('is accessible in the dark theme', async () => {
    const el = await show('ok');
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('says when the account has no records', async () => {
    const el = await show('empty');
    expect($(el, '.empty')!.textContent!.trim()).to.equal('This account has no records.');
    await expect(el).to.be.accessible();
  });

  it('says it is loading, then shows an error with Retry that loads again', async () => {
    const loading = await fixture<AccountCollectionsElement>(html`<account-collections api-base=${base('hang')} account-id="acc-1"></account-collections>`);
    expect($(loading, '[role=status]')!.textContent).to.equal('Loading records…');
    const el = await show('fail-once-collections');
    expect($(el, '[role=alert]')!.textContent).to.contain('could not be loaded');
    await expect(el).to.be.accessible();
    $(el, 'button.retry')!.click();
    await waitUntil(() => $(el, '.collection'), 'retry did not load');
  });

  it('asks for an account when account-id is missing', async () => {
    const el = await fixture<AccountCollectionsElement>(html`<account-collections api-base=${base('ok')}></account-collections>`);
    expect($(el, '.state')!.textContent).to.contain('account-id');
  });
});
