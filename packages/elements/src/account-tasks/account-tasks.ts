/**
 * `<account-tasks>`: an account's tasks at a glance (`GET /v1/accounts/:id/tasks`): how many are
 * open, overdue and done, filter buttons for each status and a flow picker, then overdue tasks
 * (oldest due first), open ones (soonest due first) and done ones (newest first). Read-only here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AccountTasks } from '@successkit/core';
import { panelHeader, renderTaskStates } from '../shared/api-states.ts';
import { filterSelect } from '../shared/filter-select.ts';
import { formatDate } from '../shared/format-value.ts';
import { SkElement } from '../shared/sk-element.ts';
import { panelStyles, themeStyles } from '../shared/theme.ts';
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
 *
 * @slot actions - Buttons or links the host adds to the header.
 * @slot empty - What to show when no task matches (default: a sentence).
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The title and the `actions` slot.
 * @csspart filters - The status buttons and the flow picker.
 * @csspart table - The table of tasks.
 * @csspart empty - The empty state.
 * @csspart retry-button - The retry button of the error state.
 */
export class AccountTasksElement extends SkElement {
  static override styles = [themeStyles, panelStyles, tasksStyles];

  /** The account shown. */
  @property({ attribute: 'account-id', reflect: true }) accountId = '';
  /** Only tasks in this state (`open`, `overdue`, `done`); empty: all. */
  @property({ reflect: true }) status: Status | '' = '';
  /** Only tasks of this flow; empty: every flow. */
  @property({ reflect: true }) flow = '';
  /** The user-visible strings (replace for another language). */
  @property({ attribute: false }) strings = tasksStrings;

  #flows: string[] = [];

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
      isEmpty: (data) => data.tasks.length === 0,
      keepWhilePending: true,
    });
    return html`<section part="base" class="base" aria-labelledby="title" aria-busy=${this.#task.pending ? 'true' : 'false'}>
      ${panelHeader(t.title)} ${this.#task.enabled ? this.#renderFilters(this.#task.value) : nothing} ${body}
    </section>`;
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
    return html`<table class="grid" part="table">
      <thead>
        <tr><th scope="col">${t.task}</th><th scope="col">${t.status}</th><th scope="col">${t.due}</th><th scope="col">${t.flow}</th><th scope="col">${t.assignee}</th></tr>
      </thead>
      <tbody>
        ${data.tasks.map(
          (task) => html`<tr data-id=${task.id} data-status=${task.status}>
            <th scope="row">${task.title ?? t.untitled}</th>
            <td class="status status-${task.status}">${t.statuses[task.status] ?? task.status}</td>
            <td>
              <time datetime=${task.dueAt}>${formatDate(task.dueAt, lang)}</time>
              ${task.completedAt ? html`<span class="completed">${t.completed(formatDate(task.completedAt, lang))}</span>` : nothing}
            </td>
            <td>${t.flows[task.flow] ?? task.flow}</td>
            <td>${task.user.name}</td>
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
