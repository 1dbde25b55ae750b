/**
 * The member table of `<team-spotlight>`: sortable column headers (aria-sort), one row per
 * member with the activity bar by flow, coverage, usage, the health mini-bar and the metric
 * columns, and ONE flow breakdown tooltip shared by the table, placed under the active bar.
 *
 * Built for 500 rows, every one of them in the DOM and the accessibility tree:
 * - a row is a clone of one static row filled from a precomputed view (member-rows.ts,
 *   member-view.ts), built once per answer and moved when the sort changes; each bar is an
 *   SVG whose rects are in the static row, so a row only sets their `x` and `width`
 *   (spotlight-charts.ts): no markup parsed, no Lit part, no `style` per bar;
 * - rows come in `<tbody>` blocks of 10 with `content-visibility: auto`: the browser lays out
 *   the blocks on (or near) the screen, and a block further away costs one placeholder box —
 *   no style, layout or paint of its rows until it is scrolled near (or searched with
 *   Ctrl+F); its rows stay in the DOM and the accessibility tree. Several `<tbody>` are plain
 *   table markup: screen readers count the rows as one table;
 * - the tooltip is not part of any row, so hovering a bar re-renders nothing but the tooltip;
 * - a new answer builds new rows: the element puts the keyboard focus back on the member's
 *   control it was on (team-spotlight.ts, `#restoreRowFocus`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MemberSortKey, SortOrder } from './member-sort.ts';
import type { MemberTable, MemberView } from './member-view.ts';
import { memberRows } from './member-rows.ts';
import { swatch } from './spotlight-charts.ts';
import { spotlightStrings as t } from './team-spotlight.strings.ts';

/** What the table shows besides the data. */
export interface MemberTableState {
  sortKey: MemberSortKey;
  sortOrder: SortOrder;
  /** The flow breakdown shown, if any. */
  tip: MemberTip | null;
}

/** The open flow breakdown: whose, and where (px from the top-left of the scroll area's content). */
export interface MemberTip {
  userId: string;
  top: number;
  left: number;
}

/** Rows per `<tbody>` block (the unit the browser lays out or skips). */
const blockRows = 10;
/** Blocks whose bars are sized at once: more rows than a tall screen shows (member-rows.ts). */
const eagerBlocks = 5;

/** What the table calls back into the element (listeners are delegated on the table and thead). */
export interface MemberTableHandlers {
  onSort: (event: Event) => void;
  onRowClick: (event: Event) => void;
  onTipEnter: (event: Event) => void;
  onTipLeave: (event: Event) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/** The sorted views cut into `<tbody>` blocks. */
function blocks(views: readonly MemberView[]): MemberView[][] {
  const out: MemberView[][] = [];
  for (let i = 0; i < views.length; i += blockRows) out.push(views.slice(i, i + blockRows));
  return out;
}

/** The heading, flow legend and member table. */
export function renderMemberTable(table: MemberTable, state: MemberTableState, handlers: MemberTableHandlers): TemplateResult {
  const data = table.data;
  const { sortKey, sortOrder, tip } = state;
  const tipView = tip ? table.view(tip.userId) : undefined;
  const header = (key: MemberSortKey, label: string, numeric = true) => html`<th
    scope="col"
    class=${numeric ? 'num' : ''}
    aria-sort=${sortKey === key ? (sortOrder === 'asc' ? 'ascending' : 'descending') : 'none'}
  >
    <button type="button" class="sort" data-sort=${key} aria-label=${t.sortBy(label)}>
      ${label}<span aria-hidden="true" class="sort-mark">${sortKey === key ? (sortOrder === 'asc' ? '↑' : '↓') : ''}</span>
    </button>
  </th>`;
  return html`
    <h3 class="members-title">${t.members}</h3>
    <ul class="legend" aria-label=${t.flowLegend}>
      ${data.options.flows.map((flow, i) => html`<li>${swatch(i)} ${flow}</li>`)}
    </ul>
    <div class="scroll">
      <table
        part="table"
        class="members"
        @click=${handlers.onRowClick}
        @mouseover=${handlers.onTipEnter}
        @mouseout=${handlers.onTipLeave}
        @focusin=${handlers.onTipEnter}
        @focusout=${handlers.onTipLeave}
        @keydown=${handlers.onKeyDown}
      >
        <caption class="visually-hidden">${t.membersCaption(data.role, data.members.length)}</caption>
        <thead @click=${handlers.onSort}>
          <tr>
            ${header('name', t.name, false)} ${header('activityVolume', t.activityVolume)} ${header('coverage', t.coverage)}
            ${header('activeDays', t.activeDaysShort)} ${header('activeUsers', t.activeUsersShort)} ${header('health', t.health)}
            ${data.metrics.map((m) => header(`metric:${m.id}`, m.label))}
          </tr>
        </thead>
        ${blocks(table.sorted(sortKey, sortOrder)).map(
          (rows, i) => html`<tbody ${memberRows(rows, i < eagerBlocks)}></tbody>`,
        )}
      </table>
      ${tipView ? tooltip(tipView, tip!) : nothing}
    </div>
  `;
}

/**
 * The flow breakdown of the active bar (hover or keyboard focus). The bar's own label says the
 * same in words, so the tooltip is hidden from assistive technology rather than read twice.
 */
function tooltip(v: MemberView, at: MemberTip): TemplateResult {
  return html`<div class="tooltip" aria-hidden="true" .style=${`top:${at.top}px;left:${at.left}px`}>
    <strong>${v.volume}</strong>
    ${v.breakdown.map((b) => html`<div>${swatch(b.index)} ${b.flow}: ${b.count}</div>`)}
  </div>`;
}
