/**
 * The drill-down dialog of `<team-spotlight>`: a member's accounts in three ARIA tabs
 * (Covered / Not covered / Has overdue tasks), sortable by health or activity volume, paged.
 * Tabs follow the WAI-ARIA tabs pattern: one tab in the tab order, arrows, Home and End move
 * and select.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DrilldownFilter, MemberDrilldown } from '@successkit/core';
import { drilldownFilters, drilldownPageSize, type DrilldownController, type DrilldownSort } from './drilldown-controller.ts';
import { formatDate } from './spotlight-format.ts';
import { spotlightStrings as t } from './team-spotlight.strings.ts';

const tabLabels: Record<DrilldownFilter, string> = { covered: t.covered, 'not-covered': t.notCovered, overdue: t.overdue };

/** What the dialog calls back into the element. */
export interface DrilldownHandlers {
  onTabKey: (event: KeyboardEvent) => void;
  onRetry: () => void;
}

/** The dialog's contents for the open member (nothing when none is open). */
export function renderDrilldown(ctrl: DrilldownController, handlers: DrilldownHandlers): TemplateResult | typeof nothing {
  const member = ctrl.member;
  if (!member) return nothing;
  return html`
    <div class="dialog-head">
      <h3 id="drilldown-title">${t.drilldownTitle(member.name)}</h3>
      <button type="button" class="close" part="close-button" @click=${() => ctrl.close()}>${t.close}</button>
    </div>
    <div role="tablist" aria-label=${t.drilldownTabs} class="tabs" @keydown=${handlers.onTabKey}>
      ${drilldownFilters.map(
        (filter) => html`<button
          type="button"
          role="tab"
          id="tab-${filter}"
          aria-selected=${filter === ctrl.filter ? 'true' : 'false'}
          aria-controls="drilldown-panel"
          tabindex=${filter === ctrl.filter ? 0 : -1}
          data-filter=${filter}
          @click=${() => ctrl.showList(filter)}
        >${tabLabels[filter]}</button>`,
      )}
    </div>
    <div role="tabpanel" id="drilldown-panel" aria-labelledby="tab-${ctrl.filter}" part="drilldown-panel">
      ${ctrl.task.render({
        initial: () => html`<p role="status">${t.drilldownLoading}</p>`,
        pending: () => (ctrl.task.value ? renderList(ctrl, ctrl.task.value, true) : html`<p role="status">${t.drilldownLoading}</p>`),
        complete: (data) => renderList(ctrl, data, false),
        error: () => html`<div role="alert" class="error">${t.drilldownError}</div>
          <button type="button" @click=${handlers.onRetry}>${t.retry}</button>`,
      })}
    </div>
  `;
}

function renderList(ctrl: DrilldownController, data: MemberDrilldown, busy: boolean): TemplateResult {
  if (data.total === 0) return html`<p class="empty">${t.drilldownEmpty}</p>`;
  const pages = Math.max(1, Math.ceil(data.total / drilldownPageSize));
  const sortHeader = (key: DrilldownSort, label: string) => html`<th
    scope="col"
    class="num"
    aria-sort=${ctrl.sort === key ? (ctrl.order === 'asc' ? 'ascending' : 'descending') : 'none'}
  >
    <button type="button" class="sort" data-sort=${key} @click=${() => ctrl.sortBy(key)}>${label}<span aria-hidden="true">${ctrl.sort === key ? (ctrl.order === 'asc' ? ' ↑' : ' ↓') : ''}</span></button>
  </th>`;
  return html`
    <table class="drilldown" aria-busy=${busy ? 'true' : 'false'}>
      <thead>
        <tr>
          <th scope="col">${t.account}</th>
          ${sortHeader('healthScore', t.health)} ${sortHeader('activityVolume', t.activityVolume)}
          <th scope="col">${t.lastActivity}</th>
          <th scope="col" class="num">${t.overdueTasks}</th>
        </tr>
      </thead>
      <tbody>
        ${data.items.map(
          (account) => html`<tr>
            <th scope="row">${account.name}</th>
            <td class="num">
              ${account.healthScore === null
                ? t.noHealth
                : html`<span class="dot band-${account.healthBand ?? 'none'}"></span>${Math.round(account.healthScore)}
                    ${account.healthBand ? t.bands[account.healthBand] : ''}`}
            </td>
            <td class="num">${account.activityVolume}</td>
            <td>${account.lastActivityAt ? formatDate(account.lastActivityAt) : t.never}</td>
            <td class="num">${account.overdueTasks}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <nav class="pager" aria-label=${t.pages}>
      <button type="button" data-page="previous" aria-disabled=${data.page <= 1 ? 'true' : 'false'} @click=${() => data.page > 1 && ctrl.goTo(data.page - 1)}>${t.previousPage}</button>
      <span>${t.pageOf(data.page, pages)}</span>
      <button type="button" data-page="next" aria-disabled=${data.page >= pages ? 'true' : 'false'} @click=${() => data.page < pages && ctrl.goTo(data.page + 1)}>${t.nextPage}</button>
    </nav>
  `;
}
