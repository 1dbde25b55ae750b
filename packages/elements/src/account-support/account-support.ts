/**
 * `<account-support>`: an account's support tickets — counts by status and unsolved tickets by
 * priority, then the tickets (unsolved first, most urgent and oldest first; then solved, newest
 * first, as the API orders them), filtered by status and priority. Subjects are text, never HTML.
 *
 * @tagname account-support
 * @summary An account's support tickets by status and priority.
 *
 * @event sk-token-expired - The embed token expired; set a fresh `token` to continue.
 *
 * @slot actions - Host buttons or links in the header (e.g. "Open in the help desk").
 * @slot empty - What to show when the account has no tickets.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The title, the filters and the actions slot.
 * @csspart counts - The count tiles by status and priority.
 * @csspart tickets - The ticket table.
 * @csspart empty - The empty state.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssproperty --sk-color-danger - Colour of urgent and high priorities.
 */
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AccountTickets } from '@successkit/core';
import { panelHeader, renderTaskStates } from '../shared/api-states.ts';
import { SkElement } from '../shared/sk-element.ts';
import { panelStyles, themeStyles } from '../shared/theme.ts';
import { supportStyles } from './account-support.styles.ts';
import { supportStrings as t } from './account-support.strings.ts';

type Status = AccountTickets['tickets'][number]['status'];
type Priority = AccountTickets['tickets'][number]['priority'];
const statuses: Status[] = ['open', 'pending', 'solved'];
const priorities: Priority[] = ['urgent', 'high', 'normal', 'low'];
const day = (iso: string) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));

export class AccountSupportElement extends SkElement {
  static override styles = [themeStyles, panelStyles, supportStyles];

  /** The account whose tickets are shown. */
  @property({ attribute: 'account-id', reflect: true }) accountId = '';

  /** Only tickets of this status (`open`, `pending`, `solved`; empty: any). The user can change it. */
  @property() status: Status | '' = '';

  /** Only tickets of this priority (`low` … `urgent`; empty: any). The user can change it. */
  @property() priority: Priority | '' = '';

  readonly #task = this.apiTask({
    args: () => [this.accountId, this.status, this.priority] as const,
    enabled: ([id]) => Boolean(id),
    task: ([id, status, priority], { call, signal }) =>
      call((client) => client.getTickets(id, { ...(status ? { status } : {}), ...(priority ? { priority } : {}) }, { signal })),
  });

  protected override render(): TemplateResult {
    const filters = html`${this.#select(t.statusFilter, statuses, t.status, this.status, (v) => (this.status = v as Status | ''))}
    ${this.#select(t.priorityFilter, priorities, t.priority, this.priority, (v) => (this.priority = v as Priority | ''))}`;
    const texts = { idle: t.noAccount, loading: t.loading, error: t.error, retry: t.retry, empty: t.empty };
    const body = renderTaskStates(this.#task, texts, {
      complete: (data) => this.#renderTickets(data),
      isEmpty: (data) => data.byStatus.open + data.byStatus.pending + data.byStatus.solved === 0,
      keepWhilePending: true,
    });
    return html`<section part="base" class="base" aria-labelledby="title" aria-busy=${this.#task.pending ? 'true' : 'false'}>
      ${panelHeader(t.title, filters)} ${body}
    </section>`;
  }

  #select(label: string, values: string[], names: Record<string, string>, current: string, set: (value: string) => void): TemplateResult {
    return html`<label
      >${label}
      <select @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!current}>${t.any}</option>
        ${values.map((v) => html`<option value=${v} ?selected=${v === current}>${names[v]}</option>`)}
      </select></label
    >`;
  }

  #renderTickets(data: AccountTickets): TemplateResult {
    const tile = (label: string, count: number, key: string) => html`<div class="tile" data-key=${key}><dt>${label}</dt><dd>${count}</dd></div>`;
    return html`<div part="counts" class="tiles">
        <div>
          <h3 id="by-status">${t.byStatus}</h3>
          <dl aria-labelledby="by-status">${statuses.map((s) => tile(t.status[s]!, data.byStatus[s], s))}</dl>
        </div>
        <div>
          <h3 id="by-priority">${t.byPriority}</h3>
          <dl aria-labelledby="by-priority">${priorities.map((p) => tile(t.priority[p]!, data.byPriority[p], p))}</dl>
        </div>
      </div>
      <p class="muted" role="status">${t.shown(data.tickets.length)}</p>
      ${data.tickets.length
        ? html`<table part="tickets" class="grid tickets">
            <caption class="visually-hidden">${t.tickets}</caption>
            <thead>
              <tr><th scope="col">${t.subject}</th><th scope="col">${t.priorityFilter}</th><th scope="col">${t.statusFilter}</th><th scope="col">${t.opened}</th><th scope="col">${t.solved}</th></tr>
            </thead>
            <tbody>
              ${data.tickets.map(
                (ticket) => html`<tr data-id=${ticket.id}>
                  <th scope="row">${ticket.subject ?? html`<span class="muted">${t.noSubject}</span>`}</th>
                  <td class="priority-${ticket.priority}">${t.priority[ticket.priority]}</td>
                  <td>${t.status[ticket.status]}</td>
                  <td>${day(ticket.openedAt)}</td>
                  <td>${ticket.solvedAt ? day(ticket.solvedAt) : t.notSolved}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p class="state">${t.noneMatch}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'account-support': AccountSupportElement;
  }
}
