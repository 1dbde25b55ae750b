/**
 * `<account-tasks>`: an account's tasks at a glance (`GET /v1/accounts/:id/tasks`): how many are
 * open, overdue and done, filter buttons for each status and a flow picker, then overdue tasks
 * (oldest due first), open ones (soonest due first) and done ones (newest first).
 *
 * Writes, by the token's seat (controls a seat may not use are not shown): a contributor adds
 * tasks and completes the tasks assigned to them; a practitioner also completes and reopens any
 * task. Each write shows at once (optimistic), is undone with a visible message when the server
 * refuses it, and fires `sk-task-changed` once accepted; the list is then read again.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AccountTask, AccountTasks, TaskPatch } from '@successkit/core';
import { errorReason, panelHeader, renderTaskStates } from '../shared/api-states.ts';
import { filterSelect } from '../shared/filter-select.ts';
import { formatDate } from '../shared/format-value.ts';
import { SkElement } from '../shared/sk-element.ts';
import { panelStyles, themeStyles } from '../shared/theme.ts';
import { fireWriteEvent } from '../shared/write-events.ts';
import { tokenOf, writeRightsFromToken, type WriteRights } from '../shared/write-rights.ts';
import { writeStyles } from '../shared/write-styles.ts';
import { readTaskForm, taskForm, type TaskFormState } from './task-form.ts';
import { tasksStyles } from './account-tasks.styles.ts';
import { tasksStrings } from './account-tasks.strings.ts';

type Status = 'open' | 'overdue' | 'done';
const statuses: Status[] = ['overdue', 'open', 'done'];

/**
 * Tasks of an account: open, overdue and done at a glance, filtered by status and flow.
 *
 * @tagname account-tasks
 * @summary Tasks of an account: open, overdue and done at a glance, filtered by status and flow.
 *
 * @event sk-token-expired - The embed token expired; set a fresh `token` to continue.
 * @event sk-task-changed - A task was added, completed or reopened (the server accepted it).
 *
 * @slot actions - Buttons or links the host adds to the header.
 * @slot empty - What to show when no task matches (default: a sentence).
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The title and the `actions` slot.
 * @csspart filters - The status buttons and the flow picker.
 * @csspart table - The table of tasks.
 * @csspart add-form - The "Add a task" form (contributors and practitioners).
 * @csspart add-button - Its submit button.
 * @csspart task-button - The Complete / Reopen button of a task.
 * @csspart write-message - What became of the last write (done, or refused and undone).
 * @csspart empty - The empty state.
 * @csspart retry-button - The retry button of the error state.
 */
export class AccountTasksElement extends SkElement {
  static override styles = [themeStyles, panelStyles, tasksStyles, writeStyles];

  /** The account shown. */
  @property({ attribute: 'account-id', reflect: true }) accountId = '';
  /** Only tasks in this state (`open`, `overdue`, `done`); empty: all. */
  @property({ reflect: true }) status: Status | '' = '';
  /** Only tasks of this flow; empty: every flow. */
  @property({ reflect: true }) flow = '';
  /** The user-visible strings (replace for another language). */
  @property({ attribute: false }) strings = tasksStrings;

  #flows: string[] = [];
  /** Optimistic changes by task id (rolled back when the server refuses). */
  @state() private _overrides = new Map<string, Pick<AccountTask, 'completedAt' | 'status'>>();
  /** Tasks added and not yet read back. */
  @state() private _added: AccountTask[] = [];
  @state() private _form: TaskFormState = { submitting: false, invalid: [] };
  @state() private _message: { refused: boolean; text: string } | null = null;

  readonly #task = this.apiTask({
    args: () => [this.accountId, this.status, this.flow] as const,
    enabled: ([id]) => Boolean(id),
    task: async ([id, status, flow], { call, signal }) => {
      const data = await call((client) => client.getTasks(id, { status: status || undefined, flow: flow || undefined }, { signal }));
      if (!flow) this.#flows = [...new Set(data.tasks.map((task) => task.flow))].sort();
      return data;
    },
  });

  protected override render(): TemplateResult {
    const t = this.strings;
    const body = renderTaskStates(this.#task, t, {
      complete: (data) => this.#renderTable(data),
      isEmpty: (data) => data.tasks.length === 0 && this._added.length === 0,
      keepWhilePending: true,
    });
    const rights = this.#rights;
    return html`<section part="base" class="base" aria-labelledby="title" aria-busy=${this.#task.pending ? 'true' : 'false'}>
      ${panelHeader(t.title)} ${this.#task.enabled ? this.#renderFilters(this.#task.value) : nothing}
      ${this.#task.enabled && rights.addTasks ? taskForm(t, this._form, this.#flows, (e) => void this.#add(e)) : nothing}
      ${this._message
        ? html`<p class="write-message ${this._message.refused ? 'refused' : 'done'}" part="write-message" role=${this._message.refused ? 'alert' : 'status'}>${this._message.text}</p>`
        : nothing}
      ${body}
    </section>`;
  }

  get #rights(): WriteRights {
    return writeRightsFromToken(tokenOf(this, this.connection?.getToken()));
  }

  async #add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const read = readTaskForm(form);
    if ('invalid' in read) {
      this._form = { submitting: false, invalid: read.invalid };
      this._message = { refused: true, text: this.strings.invalid };
      await this.updateComplete;
      form.querySelector<HTMLInputElement>('[aria-invalid=true]')?.focus();
      return;
    }
    const rights = this.#rights;
    const pending: AccountTask = {
      id: `pending-${Date.now()}`,
      flow: read.body.flow,
      title: read.body.title ?? null,
      dueAt: read.body.dueAt,
      completedAt: null,
      status: Date.parse(read.body.dueAt) < Date.now() ? 'overdue' : 'open',
      user: { id: rights.userId ?? '', name: '…' },
    };
    this._form = { submitting: true, invalid: [] };
    this._message = null;
    this._added = [pending, ...this._added];
    try {
      const written = await this.callApi((client) => client.addTask(this.accountId, read.body));
      form.reset();
      this._message = { refused: false, text: this.strings.added };
      fireWriteEvent(this, 'sk-task-changed', { ...written, action: 'added' });
      await this.reload();
    } catch (error) {
      this._message = { refused: true, text: this.strings.refused(errorReason(error)) };
    } finally {
      this._added = this._added.filter((task) => task !== pending);
      this._form = { submitting: false, invalid: [] };
    }
  }

  async #setCompleted(task: AccountTask, completed: boolean): Promise<void> {
    const overrides = new Map(this._overrides);
    overrides.set(task.id, completed ? { completedAt: new Date().toISOString(), status: 'done' } : { completedAt: null, status: Date.parse(task.dueAt) < Date.now() ? 'overdue' : 'open' });
    this._overrides = overrides;
    this._message = null;
    const patch: TaskPatch = { completed };
    try {
      const written = await this.callApi((client) => client.updateTask(task.id, patch));
      this._message = { refused: false, text: completed ? this.strings.completedDone : this.strings.reopenedDone };
      fireWriteEvent(this, 'sk-task-changed', { ...written, action: completed ? 'completed' : 'reopened' });
      await this.reload();
    } catch (error) {
      this._message = { refused: true, text: this.strings.refused(errorReason(error)) };
    } finally {
      const rest = new Map(this._overrides);
      rest.delete(task.id);
      this._overrides = rest;
    }
  }

  #taskButton(task: AccountTask, rights: WriteRights): TemplateResult | typeof nothing {
    const t = this.strings;
    const title = task.title ?? t.untitled;
    if (task.id.startsWith('pending-')) return nothing;
    if (task.status !== 'done' && (rights.manageTasks || (rights.completeOwnTasks && task.user.id === rights.userId))) {
      return html`<button type="button" class="button" part="task-button" data-action="complete" aria-label=${t.completeTask(title)} ?disabled=${this._overrides.has(task.id)} @click=${() => void this.#setCompleted(task, true)}>${t.complete}</button>`;
    }
    if (task.status === 'done' && rights.manageTasks) {
      return html`<button type="button" class="button" part="task-button" data-action="reopen" aria-label=${t.reopenTask(title)} ?disabled=${this._overrides.has(task.id)} @click=${() => void this.#setCompleted(task, false)}>${t.reopen}</button>`;
    }
    return nothing;
  }

  #renderFilters(data: AccountTasks | undefined): TemplateResult {
    const t = this.strings;
    const counts = data?.counts;
    const all = counts ? counts.open + counts.overdue + counts.done : null;
    const button = (value: Status | '', text: string) =>
      html`<button type="button" class="button" data-status=${value || 'all'} aria-pressed=${this.status === value ? 'true' : 'false'} @click=${() => (this.status = value)}>${text}</button>`;
    return html`<div class="filters" part="filters" role="group" aria-label=${t.filters}>
      <div class="statuses" role="group" aria-label=${t.status}>
        ${button('', all === null ? t.all : t.allCount(all))}
        ${statuses.map((s) => button(s, counts ? t.statusCount(t.statuses[s] ?? s, counts[s]) : (t.statuses[s] ?? s)))}
      </div>
      ${filterSelect({ name: 'flow', label: t.flow, all: t.allFlows, value: this.flow, values: this.#flows, text: (f) => t.flows[f] ?? f, onChange: (v) => (this.flow = v) })}
    </div>`;
  }

  #renderTable(data: AccountTasks): TemplateResult {
    const t = this.strings;
    const lang = document.documentElement.lang || undefined;
    const rights = this.#rights;
    const actions = rights.completeOwnTasks || rights.manageTasks;
    const tasks = [...this._added, ...data.tasks].map((task) => ({ ...task, ...this._overrides.get(task.id) }));
    return html`<table class="grid" part="table">
      <thead>
        <tr><th scope="col">${t.task}</th><th scope="col">${t.status}</th><th scope="col">${t.due}</th><th scope="col">${t.flow}</th><th scope="col">${t.assignee}</th>${actions ? html`<th scope="col">${t.actions}</th>` : nothing}</tr>
      </thead>
      <tbody>
        ${tasks.map(
          (task) => html`<tr data-id=${task.id} data-status=${task.status} ?data-pending=${task.id.startsWith('pending-') || this._overrides.has(task.id)}>
            <th scope="row">${task.title ?? t.untitled}</th>
            <td class="status status-${task.status}">${t.statuses[task.status] ?? task.status}</td>
            <td>
              <time datetime=${task.dueAt}>${formatDate(task.dueAt, lang)}</time>
              ${task.completedAt ? html`<span class="completed">${t.completed(formatDate(task.completedAt, lang))}</span>` : nothing}
            </td>
            <td>${t.flows[task.flow] ?? task.flow}</td>
            <td>${task.user.name}</td>
            ${actions ? html`<td>${this.#taskButton(task, rights)}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'account-tasks': AccountTasksElement;
  }
}
