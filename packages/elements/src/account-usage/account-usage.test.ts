import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AccountUsageElement } from './account-usage.ts';
import './define.ts';

const base = (scenario: string) => `${location.origin}/stub-parts/${scenario}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const calls = async (scenario: string) => (await (await fetch(`${base(scenario)}/calls`)).json()) as Array<{ query: Record<string, string> }>;

async function show(scenario: string, to = '2026-11-30'): Promise<AccountUsageElement> {
  const el = await fixture<AccountUsageElement>(html`<account-usage api-base=${base(scenario)} account-id="acc-1" to=${to}></account-usage>`);
  await waitUntil(() => !$(el, '[role=status].state'), 'still loading', { timeout: 4000 });
  return el;
}

describe('<account-usage>', () => {
  it('shows the figures, two charts with the same series as a table, top modules and top users', async () => {
    const el = await show('ok');
    expect($(el, '[data-figure=active-users]')!.textContent).to.equal((47.3).toLocaleString());
    expect($(el, '[data-figure=active-days]')!.textContent).to.match(/^\d+ of 90$/);
    expect($(el, '.scope')!.textContent).to.contain('sub-accounts (3 with usage)');
    const rows = $$(el, 'table.series-table tbody tr');
    expect(rows).to.have.length(13);
    expect($$(el, 'figure.active-users circle.point')).to.have.length(13);
    expect($$(el, 'figure.active-days circle.point')).to.have.length(13);
    expect($(el, 'figure.active-users svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect($(el, 'figure.active-users figcaption')!.textContent).to.equal('Active users, week by week');
    const line = $(el, 'figure.active-users path.line')!.getAttribute('d')!;
    expect(line.split('L')).to.have.length(13);
    const modules = $$(el, 'table.top-modules tbody tr').map((tr) => tr.querySelector('th')!.textContent);
    expect(modules).to.deep.equal(['Dashboards', 'Reports', 'Alerts', 'Integrations', 'Admin']);
    const users = $$(el, 'table.top-users tbody tr th').map((th) => th.textContent!.trim());
    expect(users[0]).to.contain('Ada Ramos');
    expect(users[3]).to.equal('Unnamed user');
    expect(getComputedStyle($(el, 'path.line')!).stroke).to.match(/^rgb/);
    await expect(el).to.be.accessible();
  });

  it('asks for the period picked, ending at `to`, and shows days when the period is short', async () => {
    const el = await show('period-usage');
    expect((await calls('period-usage'))[0]!.query).to.deep.equal({ from: '2026-09-01', to: '2026-11-30', scope: 'subtree' });
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = '30';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => $$(el, 'table.series-table tbody tr').length === 30, 'not a daily series');
    expect((await calls('period-usage')).at(-1)!.query).to.deep.equal({ from: '2026-10-31', to: '2026-11-30', scope: 'subtree' });
    expect($(el, 'figure.active-users figcaption')!.textContent).to.equal('Active users, day by day');
  });

  it('is accessible in the dark theme', async () => {
    const el = await show('ok');
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('says when there is no usage in the period', async () => {
    const el = await show('empty');
    expect($(el, '.empty')!.textContent!.trim()).to.equal('No usage in this period.');
    expect($(el, 'select')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says it is loading, then shows an error with Retry that loads again', async () => {
    const loading = await fixture<AccountUsageElement>(html`<account-usage api-base=${base('hang')} account-id="acc-1"></account-usage>`);
    expect($(loading, '[role=status]')!.textContent).to.equal('Loading usage…');
    await expect(loading).to.be.accessible();
    const el = await show('fail-once-usage');
    expect($(el, '[role=alert]')!.textContent).to.contain('could not be loaded');
    await expect(el).to.be.accessible();
    $(el, 'button.retry')!.click();
    await waitUntil(() => $(el, 'figure.active-users'), 'retry did not load');
  });

  it('asks for an account when account-id is missing', async () => {
    const el = await fixture<AccountUsageElement>(html`<account-usage api-base=${base('ok')}></account-usage>`);
    expect($(el, '.state')!.textContent).to.contain('account-id');
  });
});
