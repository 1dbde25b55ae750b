import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AccountHealthElement } from './account-health.ts';
import './define.ts';

const base = (scenario: string) => `${location.origin}/stub-profile/${scenario}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

async function show(scenario: string, id = 'acme-1-1-1'): Promise<AccountHealthElement> {
  const el = await fixture<AccountHealthElement>(html`<account-health api-base=${base(scenario)} account-id=${id}></account-health>`);
  await waitUntil(() => !$(el, '[role=status]'), 'still loading', { timeout: 4000 });
  return el;
}

describe('<account-health>', () => {
  it('shows the overall score, band, coverage and trend', async () => {
    const el = await show('ok');
    expect($(el, 'h2')!.textContent).to.contain('Acme Cloud EMEA Core');
    const score = Number($(el, '.score .number')!.textContent);
    expect(score).to.be.within(0, 100);
    const band = score < 40 ? 'Poor' : score < 70 ? 'Average' : 'Good';
    expect($(el, '.badge')!.textContent).to.equal(band);
    expect($(el, '.meta')!.textContent).to.contain('Data coverage 80%');
    expect($(el, '.meta')!.textContent).to.contain('Improving over the last 4 weeks');
    await expect(el).to.be.accessible();
  });

  it('lists each dimension with its score, band, weight and coverage', async () => {
    const el = await show('ok');
    const rows = $$(el, 'table.dimensions tbody tr').map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows).to.have.length(3);
    expect(rows[0]![0]).to.equal('Product usage');
    expect(rows[0]![3]).to.equal('50%');
    expect(rows[0]![4]).to.equal('63%');
    expect(rows[2]).to.deep.equal(['Sentiment', 'No data', 'No data', '20%', '0%', '0%']);
  });

  it('shows the child accounts by band instead of dimensions when the health comes from them', async () => {
    const el = await show('from-children', 'acme-1');
    expect($(el, '.meta')!.textContent).to.contain('From the health of its child accounts');
    expect($(el, 'table.child-bands caption')!.textContent).to.equal('Child accounts by band (weighted by their value)');
    const rows = $$(el, 'table.child-bands tbody tr').map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows).to.deep.equal([['Good', '40%'], ['Average', '35%'], ['Poor', '25%']]);
    await expect(el).to.be.accessible();
  });

  it('draws 52 weekly boxes coloured by band with upsell markers, and the same weeks as a table', async () => {
    const el = await show('ok');
    const boxes = $$(el, 'svg.weeks rect');
    expect(boxes).to.have.length(52);
    expect(boxes.slice(0, 3).every((b) => b.classList.contains('band-none'))).to.equal(true);
    expect(boxes.slice(3).every((b) => /band-(poor|average|good)/.test(b.getAttribute('class')!))).to.equal(true);
    expect($$(el, 'svg.weeks .upsell')).to.have.length(2);
    expect($(el, 'svg.weeks')!.getAttribute('aria-hidden')).to.equal('true');
    const rows = $$(el, 'table.weeks-table tbody tr');
    expect(rows).to.have.length(52);
    expect(rows.filter((r) => r.lastElementChild!.textContent === 'Yes')).to.have.length(2);
    const fill = getComputedStyle($(el, 'svg.weeks rect.band-good, svg.weeks rect.band-average, svg.weeks rect.band-poor')!).fill;
    expect(fill).to.match(/^rgb/);
  });

  it('is accessible in the dark theme', async () => {
    const el = await show('ok');
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('says when the account has no health score', async () => {
    const el = await show('no-health');
    expect($(el, '.empty')!.textContent).to.equal('This account has no health score yet.');
    await expect(el).to.be.accessible();
  });

  it('says it is loading, then shows an error with Retry', async () => {
    const loading = await fixture<AccountHealthElement>(html`<account-health api-base=${base('hang')} account-id="acme"></account-health>`);
    expect($(loading, '[role=status]')!.textContent).to.equal('Loading account health…');
    await expect(loading).to.be.accessible();

    const el = await show('error');
    expect($(el, '[role=alert]')!.textContent).to.contain('could not be loaded');
    await expect(el).to.be.accessible();
    el.apiBase = base('ok');
    $(el, 'button.retry')!.click();
    await waitUntil(() => $(el, 'table.dimensions'), 'retry did not load');
  });

  it('asks for an account when account-id is missing', async () => {
    const el = await fixture<AccountHealthElement>(html`<account-health api-base=${base('ok')}></account-health>`);
    expect($(el, '.state')!.textContent).to.contain('account-id');
    await expect(el).to.be.accessible();
  });
});
