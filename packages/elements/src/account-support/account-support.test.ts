import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AccountSupportElement } from './account-support.ts';
import './define.ts';

const base = (scenario: string) => `${location.origin}/stub-parts/${scenario}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const tiles = (el: Element) => Object.fromEntries($$(el, '.tile').map((t) => [t.dataset.key, Number(t.querySelector('dd')!.textContent)]));
const calls = async (scenario: string) => (await (await fetch(`${base(scenario)}/calls`)).json()) as Array<{ query: Record<string, string> }>;

async function show(scenario: string, id = 'acc-1'): Promise<AccountSupportElement> {
  const el = await fixture<AccountSupportElement>(html`<account-support api-base=${base(scenario)} account-id=${id}></account-support>`);
  await waitUntil(() => $(el, '.tiles, .state.empty, [role=alert]'), 'still loading', { timeout: 4000 });
  return el;
}

describe('<account-support>', () => {
  it('counts tickets by status and unsolved tickets by priority, and lists them', async () => {
    const el = await show('ok');
    expect(tiles(el)).to.deep.equal({ open: 3, pending: 2, solved: 3, urgent: 1, high: 2, normal: 1, low: 1 });
    const rows = $$(el, 'table.tickets tbody tr').map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows).to.have.length(8);
    expect(rows[0]!.slice(0, 3)).to.deep.equal(['SSO login fails for EU users', 'Urgent', 'Open']);
    expect(rows[3]![0]).to.equal('(no subject)');
    expect(rows[6]![0]).to.equal('<b>Alert</b> emails delayed');
    expect($(el, 'table.tickets b')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('filters by status and priority through the API, keeping the counts', async () => {
    const el = await show('filter-support');
    const [status, priority] = $$<HTMLSelectElement>(el, 'select');
    status!.value = 'open';
    status!.dispatchEvent(new Event('change'));
    await waitUntil(() => $$(el, 'table.tickets tbody tr').length === 3, 'status filter not applied');
    priority!.value = 'high';
    priority!.dispatchEvent(new Event('change'));
    await waitUntil(() => $$(el, 'table.tickets tbody tr').length === 1, 'priority filter not applied');
    expect(tiles(el).open).to.equal(3);
    expect((await calls('filter-support')).at(-1)!.query).to.deep.equal({ status: 'open', priority: 'high' });
    priority!.value = 'urgent';
    priority!.dispatchEvent(new Event('change'));
    status!.value = 'solved';
    status!.dispatchEvent(new Event('change'));
    await waitUntil(() => $(el, 'p.state'), 'no "nothing matches"');
    expect($(el, 'p.state')!.textContent).to.equal('No ticket matches these filters.');
  });

  it('is accessible in the dark theme', async () => {
    const el = await show('ok');
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('says when the account has no tickets', async () => {
    const el = await show('empty');
    expect($(el, '.empty')!.textContent!.trim()).to.equal('This account has no support tickets.');
    await expect(el).to.be.accessible();
  });

  it('says it is loading, then shows an error with Retry that loads again', async () => {
    const loading = await fixture<AccountSupportElement>(html`<account-support api-base=${base('hang')} account-id="acc-1"></account-support>`);
    expect($(loading, '[role=status]')!.textContent).to.equal('Loading support tickets…');
    await expect(loading).to.be.accessible();
    const el = await show('fail-once-support');
    expect($(el, '[role=alert]')!.textContent).to.contain('could not be loaded');
    await expect(el).to.be.accessible();
    $(el, 'button.retry')!.click();
    await waitUntil(() => $(el, 'table.tickets'), 'retry did not load');
  });

  it('shows the API error for an unknown account, and asks for an account without account-id', async () => {
    const el = await show('unknown');
    expect($(el, '[role=alert]')!.textContent).to.contain('Account not found');
    const idle = await fixture<AccountSupportElement>(html`<account-support api-base=${base('ok')}></account-support>`);
    expect($(idle, '.state')!.textContent).to.contain('account-id');
  });
});
