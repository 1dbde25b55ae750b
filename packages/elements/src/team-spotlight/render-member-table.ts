/**
 * The member table of `<team-spotlight>`: sortable column headers (aria-sort), one row per
 * member with the activity bar by flow, coverage, usage, the health mini-bar and the metric
 * columns, and the flow breakdown tooltip of the active row.
 *
 * Built for 500 rows: a row is one flat template filled from a precomputed view (member-view.ts)
 * — trends and bars (six flow slots, four bands) are written inline rather than nested — and the styles lay each row
 * out as its own grid with `content-visibility: auto`, so rows below the fold cost no style,
 * layout or paint until they are scrolled to (they stay in the DOM and in the accessibility tree).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MemberSortKey, SortOrder } from './member-sort.ts';
import { volumeSlots, type BarSegment, type MemberTable, type MemberView } from './member-view.ts';
import { barSegments, swatch } from './spotlight-charts.ts';
import { spotlightStrings as t } from './team-spotlight.strings.ts';

/** What the table shows besides the data. */
export interface MemberTableState {
  sortKey: MemberSortKey;
  sortOrder: SortOrder;
  /** The user id whose flow breakdown is shown, if any. */
  tip: string | null;
}

/** What the table calls back into the element (listeners are delegated on thead and tbody). */
export interface MemberTableHandlers {
  onSort: (event: Event) => void;
  onRowClick: (event: Event) => void;
  onTipEnter: (event: Event) => void;
  onTipLeave: (event: Event) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/** The heading, flow legend and member table. */
export function renderMemberTable(table: MemberTable, state: MemberTableState, handlers: MemberTableHandlers): TemplateResult {
  const data = table.data;
  const { sortKey, sortOrder, tip } = state;
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
      <table part="table" class="members">
        <caption class="visually-hidden">${t.membersCaption(data.role, data.members.length)}</caption>
        <thead @click=${handlers.onSort}>
          <tr>
            ${header('name', t.name, false)} ${header('activityVolume', t.activityVolume)} ${header('coverage', t.coverage)}
            ${header('activeDays', t.activeDaysShort)} ${header('activeUsers', t.activeUsersShort)} ${header('health', t.health)}
            ${data.metrics.map((m) => header(`metric:${m.id}`, m.label))}
          </tr>
        </thead>
        <tbody
          @click=${handlers.onRowClick}
          @mouseover=${handlers.onTipEnter}
          @mouseout=${handlers.onTipLeave}
          @focusin=${handlers.onTipEnter}
          @focusout=${handlers.onTipLeave}
          @keydown=${handlers.onKeyDown}
        >
          ${table.sorted(sortKey, sortOrder).map((v) => memberRow(v, tip === v.row.userId))}
        </tbody>
      </table>
    </div>
  `;
}

const empty: BarSegment = { className: '', x: 0, width: 0 };

/**
 * One member row: a single template, every value precomputed. Leaf texts are bound through
 * `.textContent` and the template has no whitespace between tags: fewer nodes to clone and
 * fewer parts to commit, 500 times over.
 */
function memberRow(v: MemberView, tipOpen: boolean): TemplateResult {
  const m = v.row;
  const [poor, average, good, none] = v.healthSegments;
  const [s0 = empty, s1 = empty, s2 = empty, s3 = empty, s4 = empty, s5 = empty] = v.volumeSegments;
  // prettier-ignore
  return html`<tr data-user=${m.userId} class=${tipOpen ? 'tip-open' : ''}
    ><th scope="row"><button type="button" class="member" aria-label=${v.openLabel} .textContent=${m.name}></button></th
    ><td class="num volume"
      ><span class="volume-chart" tabindex="0" role="img" aria-label=${v.volumeLabel}
        ><svg class="bar" width="120" height="12" viewBox="0 0 120 12" aria-hidden="true" focusable="false"
          ><rect class="track" width="120" height="12" rx="2"></rect
          ><rect class="flow-0" x=${s0.x} y="0" width=${s0.width} height="12" rx="1"></rect
          ><rect class="flow-1" x=${s1.x} y="0" width=${s1.width} height="12" rx="1"></rect
          ><rect class="flow-2" x=${s2.x} y="0" width=${s2.width} height="12" rx="1"></rect
          ><rect class="flow-3" x=${s3.x} y="0" width=${s3.width} height="12" rx="1"></rect
          ><rect class="flow-4" x=${s4.x} y="0" width=${s4.width} height="12" rx="1"></rect
          ><rect class="flow-5" x=${s5.x} y="0" width=${s5.width} height="12" rx="1"></rect
          >${v.volumeSegments.length > volumeSlots ? barSegments(v.volumeSegments.slice(volumeSlots), 12) : nothing}</svg></span
      > <span class="figure" .textContent=${String(v.volume)}></span><span class="trend ${v.volumeTrend.dir} compact" aria-hidden="true" .textContent=${v.volumeTrend.shown}></span
      ><span class="visually-hidden" .textContent=${v.volumeTrend.spoken}></span>${tipOpen ? tooltip(v) : nothing}</td
    ><td class="num"><span .textContent=${v.coverage}></span><span class="trend ${v.coverageTrend.dir} compact" aria-hidden="true" .textContent=${v.coverageTrend.shown}></span
      ><span class="visually-hidden" .textContent=${v.coverageTrend.spoken}></span></td
    ><td class="num"><span .textContent=${v.activeDays}></span><span class="trend ${v.activeDaysTrend.dir} compact" aria-hidden="true" .textContent=${v.activeDaysTrend.shown}></span
      ><span class="visually-hidden" .textContent=${v.activeDaysTrend.spoken}></span></td
    ><td class="num"><span .textContent=${v.activeUsers}></span><span class="trend ${v.activeUsersTrend.dir} compact" aria-hidden="true" .textContent=${v.activeUsersTrend.shown}></span
      ><span class="visually-hidden" .textContent=${v.activeUsersTrend.spoken}></span></td
    ><td class="num health"
      ><span role="img" aria-label=${v.healthLabel}
        ><svg class="bands" width="80" height="10" viewBox="0 0 80 10" aria-hidden="true" focusable="false"
          ><rect class="track" width="80" height="10"></rect
          ><rect class="band-poor" x=${poor.x} y="0" width=${poor.width} height="10"></rect
          ><rect class="band-average" x=${average.x} y="0" width=${average.width} height="10"></rect
          ><rect class="band-good" x=${good.x} y="0" width=${good.width} height="10"></rect
          ><rect class="band-none" x=${none.x} y="0" width=${none.width} height="10"></rect></svg></span
      ><span class="trend ${v.healthTrend.dir} compact" aria-hidden="true" .textContent=${v.healthTrend.shown}></span
      ><span class="visually-hidden" .textContent=${v.healthTrend.spoken}></span></td
    >${v.metrics.map((text) => html`<td class="num" .textContent=${text}></td>`)}</tr
  >`;
}

/** The flow breakdown of the active row (hover or keyboard focus on its bar). */
function tooltip(v: MemberView): TemplateResult {
  return html`<div class="tooltip" aria-hidden="true">
    <strong>${v.volume}</strong>
    ${v.breakdown.map((b) => html`<div>${swatch(b.index)} ${b.flow}: ${b.count}</div>`)}
  </div>`;
}
