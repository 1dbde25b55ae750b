/**
 * `<team-spotlight>`: how a team covers its accounts over a period (DESIGN.md "Team
 * Spotlight"): filters, the team summary with trends, one row per member with activity by
 * flow, coverage, usage and a health snapshot, and a drill-down of each member's accounts.
 */
import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ComparedFigure, DrilldownFilter, MemberRow, TeamSpotlight } from '@successkit/core';
import type { TeamSpotlightQuery } from '@successkit/core/client';
import { SkElement } from '../shared/sk-element.ts';
import { emptyState, errorState, loadingState } from '../shared/api-states.ts';
import { panelStyles, themeStyles } from '../shared/theme.ts';
import { DrilldownController, drilldownFilters } from './drilldown-controller.ts';
import type { MemberSortKey, SortOrder } from './member-sort.ts';
import { MemberTable, trendView } from './member-view.ts';
import { RefreshController } from './refresh-controller.ts';
import { RowFocusController } from './row-focus-controller.ts';
import { renderDrilldown } from './render-drilldown.ts';
import { renderMemberTable, type MemberTableHandlers, type MemberTip } from './render-member-table.ts';
import { formatDate, formatNumber, formatPercent } from './spotlight-format.ts';
import { spotlightStyles } from './team-spotlight.styles.ts';
import { spotlightStrings as t } from './team-spotlight.strings.ts';

/**
 * `detail` of `sk-filter-change`: every filter as the element's properties name them (the
 * server-side resolved filters are core's `SpotlightFilters`).
 */
export interface SpotlightFilterChangeDetail {
  teamRole: string | undefined;
  period: number;
  team: string | undefined;
  accountType: string | undefined;
  flow: string | undefined;
  metrics: string | undefined;
}

/** `detail` of `sk-member-select`. */
export interface MemberSelectDetail {
  userId: string;
  name: string;
}

const periods = [7, 14, 30, 90, 180, 365];

/**
 * Team coverage dashboard: team summary, member table and per-member drill-down.
 *
 * @tagname team-spotlight
 * @summary Team coverage dashboard: team summary, member table and per-member drill-down.
 *
 * @event sk-filter-change - The user changed a filter; `detail` holds every filter.
 * @event sk-member-select - The user opened a member's drill-down; `detail` is `{ userId, name }`.
 * @event sk-token-expired - The embed token expired; set a fresh `token` to continue.
 *
 * @slot actions - Buttons or links the host adds to the header.
 * @slot empty - What to show when no member has the role (default: a sentence).
 *
 * @csspart base - The wrapper of everything.
 * @csspart empty - The empty state.
 * @csspart filters - The filter bar.
 * @csspart summary - The list of team summary cards.
 * @csspart card - One summary card.
 * @csspart warning - A warning about the selection (e.g. accounts without an assignment).
 * @csspart table - The member table.
 * @csspart drilldown - The drill-down dialog.
 * @csspart drilldown-panel - The account list inside the drill-down.
 * @csspart close-button - The drill-down's close button.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssproperty --sk-color-flow-1 - Colour of the first flow (up to `--sk-color-flow-6`).
 * @cssproperty --sk-color-poor - Colour of the poor band (also average, good, none).
 * @cssproperty --sk-spotlight-max-height - Height of the member table before it scrolls.
 */
export class TeamSpotlightElement extends SkElement {
  static override styles = [themeStyles, panelStyles, spotlightStyles];

  /** The team role (e.g. `CSM`); empty: the server's default. `team-role`, since `role` is ARIA's. */
  @property({ attribute: 'team-role', reflect: true }) teamRole: string | undefined;
  /** Period length in days: 7, 14, 30, 90, 180 or 365. */
  @property({ type: Number, reflect: true }) period = 30;
  /** A team id, or `manager:<userId>`. */
  @property({ reflect: true }) team: string | undefined;
  /** An account type id. */
  @property({ attribute: 'account-type', reflect: true }) accountType: string | undefined;
  /** A flow (e.g. `onboarding`). */
  @property({ reflect: true }) flow: string | undefined;
  /** Comma-separated metric column ids (`licenseUtilization`, `contractValue`, `<attributeKey>:sum|avg`). */
  @property({ reflect: true }) metrics: string | undefined;
  /** Metric ids the user can swap into the metric column. */
  @property({ attribute: 'available-metrics' }) availableMetrics = 'licenseUtilization,contractValue';
  /** TV mode: larger type, and the data refreshes every `refresh-interval` seconds. */
  @property({ attribute: 'tv-mode', type: Boolean, reflect: true }) tvMode = false;
  /** Seconds between refreshes in TV mode. */
  @property({ attribute: 'refresh-interval', type: Number }) refreshInterval = 60;

  @state() private sortKey: MemberSortKey = 'name';
  @state() private sortOrder: SortOrder = 'asc';
  @state() private tip: MemberTip | null = null;
  @state() private tick = 0;

  #options: TeamSpotlight['options'] | undefined;
  #lastOpener: string | null = null;
  /** Keeps focus on a member's control when a new answer replaces the rows. */
  readonly #rowFocus = new RowFocusController(this, () => this.shadowRoot);
  /** Row views of the current answer, rebuilt only when a new answer arrives. */
  #table: MemberTable | undefined;
  readonly #tableHandlers: MemberTableHandlers = {
    onSort: (e) => this.#onSort(e),
    onRowClick: (e) => this.#onRowClick(e),
    onTipEnter: (e) => this.#onTipEnter(e),
    onTipLeave: (e) => this.#onTipLeave(e),
    onKeyDown: (e) => this.#onTableKey(e),
  };

  readonly #task = this.apiTask({
    args: () => [this.teamRole, this.period, this.team, this.accountType, this.flow, this.metrics, this.tick] as const,
    task: async (_args, { call, signal }) => {
      const data = await call((client) => client.getTeamSpotlight(this.#query(), { signal }));
      this.#options = data.options;
      return data;
    },
  });

  readonly #drill = new DrilldownController(this, (options) => this.apiTask(options), () => this.#query());

  constructor() {
    super();
    new RefreshController(this, () => ({ enabled: this.tvMode, seconds: this.refreshInterval }), () => this.refresh());
  }

  /** Loads the data again (TV mode calls this on its interval). */
  refresh(): void {
    this.tick += 1;
  }

  #query(): TeamSpotlightQuery {
    return {
      role: this.teamRole || undefined,
      period: this.period,
      team: this.team || undefined,
      accountType: this.accountType || undefined,
      flow: this.flow || undefined,
      metrics: this.metrics ? this.metrics.split(',').filter(Boolean) : undefined,
    };
  }

  #onFilter(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const value = select.value || undefined;
    switch (select.name) {
      case 'teamRole':
        this.teamRole = value;
        break;
      case 'period':
        this.period = Number(value);
        break;
      case 'team':
        this.team = value;
        break;
      case 'accountType':
        this.accountType = value;
        break;
      case 'flow':
        this.flow = value;
        break;
      case 'metrics':
        this.metrics = value;
        break;
    }
    const detail: SpotlightFilterChangeDetail = {
      teamRole: this.teamRole,
      period: this.period,
      team: this.team,
      accountType: this.accountType,
      flow: this.flow,
      metrics: this.metrics,
    };
    this.dispatchEvent(new CustomEvent('sk-filter-change', { detail, bubbles: true, composed: true }));
  }

  #onSort(event: Event): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-sort]');
    if (!button) return;
    const key = button.dataset.sort as MemberSortKey;
    this.sortOrder = key === this.sortKey && this.sortOrder === 'asc' ? 'desc' : key === this.sortKey ? 'asc' : key === 'name' ? 'asc' : 'desc';
    this.sortKey = key;
  }

  #rowOf(event: Event): MemberRow | undefined {
    const row = (event.target as Element).closest<HTMLElement>('[data-user]');
    return row?.dataset.user ? this.#table?.member(row.dataset.user) : undefined;
  }

  #onRowClick(event: Event): void {
    const member = this.#rowOf(event);
    if (!member) return;
    this.#lastOpener = member.userId;
    this.#drill.open({ userId: member.userId, name: member.name });
    const detail: MemberSelectDetail = { userId: member.userId, name: member.name };
    this.dispatchEvent(new CustomEvent('sk-member-select', { detail, bubbles: true, composed: true }));
  }

  /** Opens the shared flow breakdown under the bar hovered or focused. */
  #onTipEnter(event: Event): void {
    const chart = (event.target as Element).closest('.volume-chart');
    const userId = chart?.closest<HTMLElement>('[data-user]')?.dataset.user;
    const scroll = chart?.closest('.scroll');
    if (!chart || !userId || !scroll) return;
    const bar = chart.getBoundingClientRect();
    const area = scroll.getBoundingClientRect();
    const top = bar.bottom - area.top + scroll.scrollTop + 4;
    const left = bar.left - area.left + scroll.scrollLeft;
    // the pointer moving between a bar's rects, or focus coming back to it, changes nothing
    if (this.tip?.userId !== userId || this.tip.top !== top || this.tip.left !== left) this.tip = { userId, top, left };
  }

  #onTipLeave(event: Event): void {
    // a focused bar removed with its row (a new answer) is not the user leaving it
    if (this.#rowFocus.committing) return;
    const chart = (event.target as Element).closest('.volume-chart');
    const to = (event as MouseEvent | FocusEvent).relatedTarget;
    if (chart && !(to instanceof Node && chart.contains(to))) this.tip = null;
  }

  #onTableKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.tip) {
      this.tip = null;
      event.stopPropagation();
    }
  }

  async #onTabKey(event: KeyboardEvent): Promise<void> {
    const i = drilldownFilters.indexOf(this.#drill.filter);
    const n = drilldownFilters.length;
    const moves: Record<string, number> = { ArrowRight: (i + 1) % n, ArrowLeft: (i + n - 1) % n, Home: 0, End: n - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const filter = drilldownFilters[next] as DrilldownFilter;
    this.#drill.showList(filter);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${filter}`)?.focus();
  }

  #onDialogClose(event: Event): void {
    // A late `close` (it comes a task after the dialog closed) of a drill-down already opened
    // again for another member must not close that one.
    if ((event.currentTarget as HTMLDialogElement).open) return;
    if (this.#drill.member) this.#drill.close();
    const opener = this.#lastOpener;
    this.#lastOpener = null;
    if (opener) this.renderRoot.querySelector<HTMLElement>(`tr[data-user="${CSS.escape(opener)}"] button.member`)?.focus();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // a new answer without the member whose breakdown is open closes it
    const data = this.#task.value;
    const tip = this.tip;
    if (tip && data && data !== this.#table?.data && !data.members.some((m) => m.userId === tip.userId)) this.tip = null;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (this.#drill.member && !dialog.open) dialog.showModal();
    else if (!this.#drill.member && dialog.open) dialog.close();
  }

  protected override render(): TemplateResult {
    const status = this.#task.status;
    const data = this.#task.value;
    const busy = status === TaskStatus.PENDING;
    let body: TemplateResult;
    if (!this.#task.enabled) body = html`<p class="state idle">${t.noConnection}</p>`;
    else if (status === TaskStatus.ERROR) body = errorState(t.error, this.#task.error, t.retry, () => void this.#task.run());
    else if (!data) body = loadingState(t.loading);
    else if (data.members.length === 0) body = emptyState(t.empty(data.role));
    else body = html`${this.#renderSummary(data)}${this.#renderTable(data)}`;
    return html`
      <section part="base" class="base" aria-labelledby="title" aria-busy=${busy ? 'true' : 'false'}>
        <header class="head">
          <h2 id="title">${t.title}</h2>
          ${data ? html`<p class="period">${data.role} · ${t.periodRange(formatDate(data.period.from), formatDate(data.asOf))}</p>` : nothing}
          ${busy && data ? html`<span class="updating" role="status">${t.updating}</span>` : nothing}
          <slot name="actions"></slot>
        </header>
        ${this.#renderFilters(data)} ${body}
        <dialog part="drilldown" aria-labelledby="drilldown-title" @close=${this.#onDialogClose}>
          ${renderDrilldown(this.#drill, { onTabKey: (e) => void this.#onTabKey(e), onRetry: () => void this.#drill.task.run() })}
        </dialog>
      </section>
    `;
  }

  #renderFilters(data: TeamSpotlight | undefined): TemplateResult {
    const o = this.#options;
    const role = this.teamRole ?? data?.role ?? '';
    const roles = o?.roles.includes(role) || !role ? (o?.roles ?? []) : [role, ...(o?.roles ?? [])];
    const select = (name: string, label: string, value: string | undefined, all: string | null, items: { id: string; name: string }[]) => html`
      <label>
        <span>${label}</span>
        <select name=${name} @change=${this.#onFilter}>
          ${all === null ? nothing : html`<option value="" ?selected=${!value}>${all}</option>`}
          ${items.map((item) => html`<option value=${item.id} ?selected=${item.id === value}>${item.name}</option>`)}
        </select>
      </label>
    `;
    const metricIds = [...new Set([...this.availableMetrics.split(','), ...(this.metrics?.split(',') ?? [])].filter(Boolean))];
    const metricLabel = (id: string) => data?.metrics.find((m) => m.id === id)?.label ?? t.metricNames[id] ?? id;
    return html`
      <form part="filters" class="filters" aria-label=${t.filters} @submit=${(e: Event) => e.preventDefault()}>
        ${select('teamRole', t.role, role, roles.length ? null : '', roles.map((r) => ({ id: r, name: r })))}
        ${select('period', t.period, String(this.period), null, periods.map((d) => ({ id: String(d), name: t.periodOption(d) })))}
        ${select('team', t.team, this.team, t.allTeams, o?.teams ?? [])}
        ${select('accountType', t.accountType, this.accountType, t.allAccountTypes, o?.accountTypes ?? [])}
        ${select('flow', t.flow, this.flow, t.allFlows, (o?.flows ?? []).map((f) => ({ id: f, name: f })))}
        ${select('metrics', t.metricColumn, this.metrics, t.noMetric, metricIds.map((id) => ({ id, name: metricLabel(id) })))}
      </form>
    `;
  }

  #renderSummary(data: TeamSpotlight): TemplateResult {
    const team = data.team;
    return html`
      <ul part="summary" class="cards" aria-label=${t.summary}>
        ${card(t.activityVolume, formatNumber(team.activityVolume.value), null, team.activityVolume, 'number')}
        ${card(t.coverage, formatPercent(team.coverage.value), t.coverageValue(team.covered, team.accounts), team.coverage, 'share')}
        ${card(t.activeDays, formatNumber(team.averageActiveDays.value), null, team.averageActiveDays, 'number')}
        ${card(t.activeUsers, formatNumber(team.averageActiveUsers.value), null, team.averageActiveUsers, 'number')}
      </ul>
      ${data.warnings.map((w) => html`<p part="warning" class="warning" data-code=${w.code}><span aria-hidden="true">⚠</span> ${w.message}</p>`)}
    `;
  }

  #renderTable(data: TeamSpotlight): TemplateResult {
    if (this.#table?.data !== data) this.#table = new MemberTable(data);
    return renderMemberTable(this.#table, { sortKey: this.sortKey, sortOrder: this.sortOrder, tip: this.tip }, this.#tableHandlers);
  }
}

function trend(figure: ComparedFigure, kind: 'number' | 'share'): TemplateResult {
  const v = trendView(figure, kind);
  return html`<span class="trend ${v.dir}"><span aria-hidden="true">${v.shown}</span><span class="visually-hidden">${v.spoken}</span></span>`;
}

function card(label: string, value: string, sub: string | null, figure: ComparedFigure, kind: 'number' | 'share'): TemplateResult {
  return html`<li part="card" class="card">
    <h3>${label}</h3>
    <p class="value">${value}</p>
    ${sub ? html`<p class="sub">${sub}</p>` : nothing} ${trend(figure, kind)}
  </li>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'team-spotlight': TeamSpotlightElement;
  }
  interface GlobalEventHandlersEventMap {
    'sk-filter-change': CustomEvent<SpotlightFilterChangeDetail>;
    'sk-member-select': CustomEvent<MemberSelectDetail>;
  }
}
