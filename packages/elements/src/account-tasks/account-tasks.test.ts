import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AccountTasksElement } from './account-tasks.ts';
import './define.ts';

const base = (scenario: string) => `${location.origin}/stub-profile/${scenario}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const settled = (el: Element) => waitUntil(() => !$(el, '.state[role=status]') && $(el, '[aria-busy=false]'), 'still loading', { timeout: 4000 });

async function show(scenario: string): Promise<AccountTasksElement> {
  const el = await fixture<AccountTasksElement>(html`<account-tasks api-base=${base(scenario)} account-id="acme-1"></account-tasks>`);
  await settled(el);
  return el;
}

describe('<account-tasks>', () => {
  it('shows the counts at a glance, then overdue, open and done tasks', async () => {
    const el = await show('ok');
    expect($$(el, '.statuses button').map((b) => b.textContent!.trim())).to.deep.equal(['All (9)', 'Overdue (3)', 'Open (3)', 'Done (3)']);
    const statuses = $$(el, 'tbody tr').map((r) => r.dataset.status);
    expect(statuses).to.deep.equal(['overdue', 'overdue', 'overdue', 'open', 'open', 'open', 'done', 'done', 'done']);
    expect($(el, 'tbody tr[data-status=done] .completed')!.textContent).to.match(/^Completed /);
    await expect(el).to.be.accessible();
  });

  it('filters by status and flow through the server; the counts stay those of every task', async () => {
    const el = await show('ok');
    $<HTMLButtonElement>(el, 'button[data-status=overdue]')!.click();
    await waitUntil(() => $$(el, 'tbody tr').length === 3, 'status filter');
    await settled(el);
    expect($(el, 'button[data-status=overdue]')!.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, 'button[data-status=all]')!.textContent!.trim()).to.equal('All (9)');
    const select = $<HTMLSelectElement>(el, 'select[name=flow]')!;
    select.value = 'renewal';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => $$(el, 'tbody tr').length === 2, 'flow filter');
    expect($$(el, 'tbody tr').map((r) => r.dataset.status)).to.deep.equal(['overdue', 'overdue']);
    expect(el.getAttribute('status')).to.equal('overdue');
  });

  it('is accessible in the dark theme', async () => {
    const el = await show('ok');
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows the empty, loading and error states', async () => {
    const empty = await show('empty');
    expect($(empty, '.empty')!.textContent!.trim()).to.equal('No task matches.');
    await expect(empty).to.be.accessible();
    const loading = await fixture<AccountTasksElement>(html`<account-tasks api-base=${base('hang')} account-id="acme-1"></account-tasks>`);
    expect($(loading, '.state[role=status]')!.textContent).to.equal('Loading tasks…');
    const failed = await show('part-error');
    expect($(failed, '[role=alert]')!.textContent).to.contain('could not be loaded');
    await expect(failed).to.be.accessible();
  });
});
