/**
 * `<account-portfolio>`: the caller's accounts (by assignment, with the caller's roles) with
 * health, renewal, contract value, coverage in the last 30 days and open and overdue tasks;
 * sort by a column, filter by role and health band, and search by name as you type. Each row opens the account's profile: a link from `href-template` (`{id}` is
 * replaced), and in any case an `sk-account-open` event (cancel it to stop the link). The list
 * is loaded once (up to 5,000 accounts) and filtered in the page; above 60 rows only the rows
 * on screen are in the DOM (a virtual window), so 2,000 accounts render about as fast as 30.
 * For a contributor or practitioner (read from the token), each row's Tasks button opens that
 * account's `<account-tasks>` under the table — add, complete, reopen by seat — and the list is
 * read again after each accepted change (`sk-task-changed` bubbles on). The button shows when
 * the page defines `<account-tasks>` (`@successkit/elements/account-tasks`, or define-all): the
 * portfolio does not bundle it, to stay within its size budget.
 *
 * @tagname account-portfolio
 * @summary The caller's accounts with health, renewal, coverage and tasks; sort, filter, search.
 *
 * @event sk-account-open - The user opened an account (detail: `{ accountId, name }`); cancelable.
 * @event sk-token-expired - The embed token expired; set a fresh `token` to continue.
 * @event sk-task-changed - A task was added, completed or reopened from the task panel.
 *
 * @slot actions - Host buttons or links in the header.
 * @slot empty - What to show when no account is assigned to the caller.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The title and the actions slot.
 * @csspart filters - The search box and the filter pickers.
 * @csspart table - The table of accounts.
 * @csspart tasks-button - A row's Tasks button (contributors and practitioners).
 * @csspart tasks - The task panel of the chosen account.
 * @csspart empty - The empty state.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssproperty --sk-portfolio-height - Height of the scrolling table (default 32rem).
 * @cssproperty --sk-color-accent - Colour of the account links.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Portfolio, PortfolioItem, PortfolioSort } from '@successkit/core';
import { panelHeader, renderTaskStates } from '../shared/api-states.ts';
import { SkElement } from '../shared/sk-element.ts';
import { panelStyles, themeStyles } from '../shared/theme.ts';
import { tokenOf, writeRightsFromToken } from '../shared/write-rights.ts';
import { portfolioRowHeight, portfolioStyles } from './account-portfolio.styles.ts';
import { portfolioStrings as t } from './account-portfolio.strings.ts';
import { portfolioHeader, portfolioRow, portfolioColumns } from './portfolio-row.ts';
import { portfolioFigures, portfolioView, type PortfolioFilters } from './portfolio-view.ts';
import { VirtualWindowController } from './virtual-window.ts';

/** Detail of `sk-account-open`. */
export interface AccountOpenDetail {
  accountId: string;
  name: string;
}

const limit = 5000;
/** Up to this many rows are all in the DOM (find-in-page works); above it, only a window of them. */
const virtualFrom = 60;

export class AccountPortfolioElement extends SkElement {
  static override styles = [themeStyles, panelStyles, portfolioStyles];

  /** The profile URL of an account, with `{id}` for its id (e.g. `#/accounts/{id}`); empty: rows are buttons. */
  @property({ attribute: 'href-template' }) hrefTemplate = '';

  /** The search text (the user types into the search box). */
  @property() q = '';

  /** Only accounts where the caller has this role, e.g. `CSM` (empty: any). */
  @property({ attribute: 'assignment-role' }) assignmentRole = '';

  /** Only accounts of this health band: `poor`, `average`, `good`, `none` (empty: any). */
  @property() band = '';

  /** The sort column. */
  @property() sort: PortfolioSort = 'name';

  /** The sort order. */
  @property() order: 'asc' | 'desc' = 'asc';

  /** The account whose tasks are open under the table. */
  @state() private _tasksFor: { id: string; name: string } | null = null;

  readonly #window = new VirtualWindowController(this, portfolioRowHeight);
  #view: { items: readonly PortfolioItem[]; key: string; rows: PortfolioItem[] } | null = null;

  readonly #task = this.apiTask({
    args: () => [] as const,
    task: (_args, { call, signal }) => call((client) => client.getPortfolio({ limit }, { signal })),
  });

  protected override render(): TemplateResult {
    const texts = { idle: t.noApi, loading: t.loading, error: t.error, retry: t.retry, empty: t.empty };
    const body = renderTaskStates(this.#task, texts, { complete: (data) => this.#renderPortfolio(data), isEmpty: (data) => data.accounts === 0, keepWhilePending: true });
    return html`<section part="base" class="base" aria-labelledby="title">${panelHeader(t.title)} ${body}</section>`;
  }

  protected override updated(): void {
    this.#window.observe(this.renderRoot.querySelector<HTMLElement>('.scroll'));
  }

  /** The rows shown (memoised on the data and the filters). */
  #rows(items: readonly PortfolioItem[]): PortfolioItem[] {
    const filters: PortfolioFilters = { q: this.q, role: this.assignmentRole, band: this.band, type: '', sort: this.sort, order: this.order };
    const key = JSON.stringify(filters);
    if (this.#view?.items !== items || this.#view.key !== key) {
      if (this.#view) this.#window.reset();
      this.#view = { items, key, rows: portfolioView(items, filters) };
    }
    return this.#view.rows;
  }

  #renderPortfolio(data: Portfolio): TemplateResult {
    const rows = this.#rows(data.items);
    const { start, end } = rows.length <= virtualFrom ? { start: 0, end: rows.length } : this.#window.window(rows.length);
    const figures = portfolioFigures(rows);
    const rights = writeRightsFromToken(tokenOf(this, this.connection?.getToken()));
    // The panel is `<account-tasks>`, defined by the page (the portfolio does not bundle it).
    const tasks = (rights.addTasks || rights.completeOwnTasks) && customElements.get('account-tasks') ? { open: (row: PortfolioItem) => this.#showTasks(row), shownFor: this._tasksFor?.id ?? null } : undefined;
    const h = this.#window.rowHeight;
    const spacer = (count: number) =>
      count ? html`<tr class="spacer" aria-hidden="true"><td colspan=${portfolioColumns.length} style=${`height:${count * h}px`}></td></tr>` : html``;
    return html`${this.#renderFilters(data)}
      <p class="figures" role="status">${t.figures(rows.length, data.items.length, figures.covered, figures.overdue, figures.renewing)}</p>
      ${data.nextCursor ? html`<p class="figures">${t.truncated(data.items.length)}</p>` : html``}
      <div class="scroll" tabindex="0" role="region" aria-label=${t.region}>
        <table part="table" class="grid portfolio" aria-rowcount=${rows.length + 1}>
          <caption class="visually-hidden">${t.table}</caption>
          <thead>${portfolioHeader(this.sort, this.order, (sort) => this.#sortBy(sort))}</thead>
          <tbody>
            ${spacer(start)}
            ${rows.slice(start, end).map((row, i) => portfolioRow(row, start + i, this.hrefTemplate, (e, r) => this.#open(e, r), tasks))}
            ${spacer(rows.length - end)}
          </tbody>
        </table>
        ${rows.length ? html`` : html`<p class="state no-match">${t.noMatch}</p>`}
      </div>
      ${tasks ? this.#renderTasks() : nothing}`;
  }

  #renderTasks(): TemplateResult {
    const shown = this._tasksFor;
    return html`<div id="portfolio-tasks" part="tasks" class="tasks-panel" ?hidden=${!shown}>
      ${shown
        ? html`<account-tasks
            account-id=${shown.id}
            api-base=${this.apiBase || this.connection?.apiBase || ''}
            theme=${this.theme}
            .apiClient=${this.apiClient}
            .token=${this.token}
            aria-label=${t.tasksOf(shown.name)}
            @sk-task-changed=${() => void this.reload()}
          ></account-tasks>`
        : nothing}
    </div>`;
  }

  /** Opens the account's tasks, or closes them when they are open (the row's button toggles). */
  #showTasks(row: PortfolioItem): void {
    this._tasksFor = this._tasksFor?.id === row.account.id ? null : { id: row.account.id, name: row.account.name };
  }


  #renderFilters(data: Portfolio): TemplateResult {
    const pick = (label: string, value: string, options: Array<[string, string]>, set: (v: string) => void) => html`<label
      >${label}
      <select @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${t.any}</option>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select></label
    >`;
    return html`<div part="filters" class="filters">
      <label
        >${t.search}
        <input type="search" .value=${this.q} @input=${(e: Event) => (this.q = (e.target as HTMLInputElement).value)} />
      </label>
      ${pick(t.role, this.assignmentRole, data.roles.map((r) => [r, r]), (v) => (this.assignmentRole = v))}
      ${pick(t.band, this.band, ['good', 'average', 'poor', 'none'].map((b) => [b, t.bands[b]!]), (v) => (this.band = v))}
    </div>`;
  }

  #sortBy(sort: PortfolioSort): void {
    this.order = this.sort === sort && this.order === 'asc' ? 'desc' : 'asc';
    this.sort = sort;
  }

  #open(event: Event, row: PortfolioItem): void {
    const open = new CustomEvent<AccountOpenDetail>('sk-account-open', {
      detail: { accountId: row.account.id, name: row.account.name },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(open)) event.preventDefault();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'account-portfolio': AccountPortfolioElement;
  }
  interface GlobalEventHandlersEventMap {
    'sk-account-open': CustomEvent<AccountOpenDetail>;
  }
}
