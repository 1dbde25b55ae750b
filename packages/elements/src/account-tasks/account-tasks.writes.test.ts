import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { seatToken } from '../shared/__fixtures__/seat-token.ts';
import type { AccountTasksElement } from './account-tasks.ts';
import './define.ts';

const base = (scenario: string) => `${location.origin}/stub-profile/${scenario}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const settled = (el: Element) => waitUntil(() => !$(el, '.state[role=status]') && $(el, '[aria-busy=false]'), 'still loading', { timeout: 4000 });
const writesOf = async (scenario: string) => (await fetch(`${base(scenario)}/writes`)).json();

async function show(scenario: string, seat: 'viewer' | 'contributor' | 'practitioner'): Promise<AccountTasksElement> {
  const el = await fixture<AccountTasksElement>(html`<account-tasks api-base=${base(scenario)} account-id="acme-1" .token=${seatToken(seat)}></account-tasks>`);
  await settled(el);
  return el;
}

describe('<account-tasks> writes', () => {
  it('shows a viewer no write control', async () => {
    const el = await show('ok', 'viewer');
    expect(Boolean($(el, 'form'))).to.equal(false);
    expect($$(el, '[part=task-button]')).to.have.length(0);
    expect($$(el, 'thead th').map((th) => th.textContent)).not.to.include('Actions');
  });

  it('offers a contributor Add and Complete on their own open tasks only, no Reopen', async () => {
    const el = await show('ok', 'contributor');
    expect(Boolean($(el, 'form[part=add-form]'))).to.equal(true);
    const buttons = $$(el, '[part=task-button]');
    expect(buttons.map((b) => b.dataset.action)).to.deep.equal(['complete', 'complete', 'complete']);
    expect(buttons.map((b) => b.closest('tr')!.dataset.id).sort()).to.deep.equal(['task-2', 'task-5', 'task-8']);
    await expect(el).to.be.accessible();
  });

  it('offers a practitioner Complete on every open task and Reopen on done ones', async () => {
    const el = await show('ok', 'practitioner');
    const actions = $$(el, '[part=task-button]').map((b) => b.dataset.action);
    expect(actions.filter((a) => a === 'complete')).to.have.length(6);
    expect(actions.filter((a) => a === 'reopen')).to.have.length(3);
  });

  it('completes a task with the keyboard: done at once, then sk-task-changed once the server accepts', async () => {
    const el = await show('tasks-complete', 'contributor');
    const button = $<HTMLButtonElement>(el, 'tr[data-id=task-2] [part=task-button]')!;
    button.focus();
    const changed = oneEvent(el, 'sk-task-changed');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, 'tr[data-id=task-2]')!.dataset.status).to.equal('done');
    const event = await changed;
    expect(event.detail.action).to.equal('completed');
    expect(event.detail.task.completedAt).to.be.a('string');
    expect(event.detail.dataVersion).to.be.greaterThan(100);
    expect(await writesOf('tasks-complete')).to.deep.equal([{ method: 'PATCH', path: '/v1/tasks/task-2', body: { completed: true }, seat: 'contributor' }]);
    await waitUntil(() => $(el, '[part=write-message]')?.textContent === 'Task completed.', 'done message');
  });

  it('rolls a refused completion back with a visible message, and fires nothing', async () => {
    const el = await show('write-refused', 'practitioner');
    let fired = 0;
    el.addEventListener('sk-task-changed', () => fired++);
    $<HTMLButtonElement>(el, 'tr[data-id=task-2] [part=task-button]')!.click();
    await el.updateComplete;
    expect($(el, 'tr[data-id=task-2]')!.dataset.status).to.equal('done');
    await waitUntil(() => $(el, '[part=write-message][role=alert]'), 'refusal shown');
    expect($(el, '[part=write-message]')!.textContent).to.match(/^Not saved: the server refused this write\. The change was undone\./);
    expect($(el, 'tr[data-id=task-2]')!.dataset.status).to.not.equal('done');
    expect(fired).to.equal(0);
  });

  it('refuses an incomplete form without sending it, marking the fields', async () => {
    const el = await show('tasks-invalid', 'contributor');
    $<HTMLButtonElement>(el, '[part=add-button]')!.click();
    await el.updateComplete;
    expect($(el, 'input[name=flow]')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, 'input[name=dueAt]')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[name=flow]'));
    expect(await writesOf('tasks-invalid')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('adds a task: shown while submitting, sent with the body the API takes', async () => {
    const el = await show('write-slow', 'contributor');
    $<HTMLInputElement>(el, 'input[name=flow]')!.value = 'renewal';
    $<HTMLInputElement>(el, 'input[name=title]')!.value = 'Send the quote';
    $<HTMLInputElement>(el, 'input[name=dueAt]')!.value = '2030-01-15';
    const changed = oneEvent(el, 'sk-task-changed');
    $<HTMLButtonElement>(el, '[part=add-button]')!.click();
    await el.updateComplete;
    expect($<HTMLButtonElement>(el, '[part=add-button]')!.disabled).to.equal(true);
    expect($<HTMLButtonElement>(el, '[part=add-button]')!.textContent).to.equal('Adding…');
    expect($(el, 'tbody tr[data-pending]')!.textContent).to.contain('Send the quote');
    const event = await changed;
    expect(event.detail).to.include({ action: 'added' });
    expect(event.detail.task).to.include({ flow: 'renewal', title: 'Send the quote', dueAt: '2030-01-15T00:00:00Z', userId: 'u-ben' });
    await waitUntil(() => !$(el, 'tbody tr[data-pending]'), 'pending row gone');
    expect($<HTMLInputElement>(el, 'input[name=title]')!.value).to.equal('');
  });
});
