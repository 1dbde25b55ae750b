/**
 * One row of `<account-portfolio>`'s table, and its header cells: the account (a link built from
 * `href-template`, or a button that only fires `sk-account-open`) with its type, the caller's
 * roles, health, renewal, contract value, coverage and open tasks. Every value is text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PortfolioItem, PortfolioSort } from '@successkit/core';
import { portfolioStrings as t } from './account-portfolio.strings.ts';

/** The columns, in order; `sort` is the API column a header sorts by (none: not sortable). */
export const portfolioColumns: ReadonlyArray<{ key: string; sort?: PortfolioSort; num?: boolean }> = [
  { key: 'name', sort: 'name' },
  { key: 'roles' },
  { key: 'healthScore', sort: 'healthScore', num: true },
  { key: 'renewalDate', sort: 'renewalDate' },
  { key: 'contractValue', sort: 'contractValue', num: true },
  { key: 'covered' },
  { key: 'openTasks', sort: 'openTasks', num: true },
];

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const money = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** The profile link of an account from a template (`{id}` is replaced by the encoded id). */
function profileHref(template: string, id: string): string {
  return template.replaceAll('{id}', encodeURIComponent(id));
}

/**
 * A row; `index` is its position in the whole list (for `aria-rowindex`). With `tasks`, the open
 * tasks cell also holds a "Tasks" button that opens the account's tasks (user writes).
 */
export function portfolioRow(
  row: PortfolioItem,
  index: number,
  hrefTemplate: string,
  open: (event: Event, row: PortfolioItem) => void,
  tasks?: { open: (row: PortfolioItem) => void; shownFor: string | null },
): TemplateResult {
  const { account, health } = row;
  const name = hrefTemplate
    ? html`<a href=${profileHref(hrefTemplate, account.id)} @click=${(e: Event) => open(e, row)}>${account.name}</a>`
    : html`<button type="button" class="link" @click=${(e: Event) => open(e, row)}>${account.name}</button>`;
  return html`<tr aria-rowindex=${index + 2} data-id=${account.id}>
    <th scope="row" class="name">${name} <span class="muted">${account.typeName}</span></th>
    <td>${row.roles.join(', ')}</td>
    <td class="num">${health?.band ? html`<span class="band-${health.band}">${t.bands[health.band]}</span> ${health.score === null ? nothing : Math.round(health.score)}` : html`<span class="muted">${t.bands.none}</span>`}</td>
    <td>${row.renewalDate ? html`${day.format(new Date(row.renewalDate))}${row.daysToRenewal === null ? nothing : html` <span class="muted">${t.inDays(row.daysToRenewal)}</span>`}` : t.noValue}</td>
    <td class="num">${row.contractValue === null ? t.noValue : money.format(row.contractValue)}</td>
    <td>${row.covered ? t.yes : html`<span class="not-covered">${t.no}</span>`}</td>
    <td class="num">${row.openTasks}${row.overdueTasks ? html` <span class="overdue">(${t.overdue(row.overdueTasks)})</span>` : nothing}${tasks
        ? html` <button type="button" class="link tasks" part="tasks-button" aria-label=${t.tasksOf(account.name)} aria-controls="portfolio-tasks" aria-expanded=${tasks.shownFor === account.id ? 'true' : 'false'} @click=${() => tasks.open(row)}>${t.tasksShort}</button>`
        : nothing}</td>
  </tr>`;
}

/** The header cells, sortable ones as buttons with `aria-sort` on the cell. */
export function portfolioHeader(sort: PortfolioSort, order: 'asc' | 'desc', sortBy: (sort: PortfolioSort) => void): TemplateResult {
  return html`<tr aria-rowindex="1">
    ${portfolioColumns.map((c) => {
      const label = t.columns[c.key]!;
      if (!c.sort) return html`<th scope="col" class=${c.key}>${label}</th>`;
      const current = c.sort === sort;
      const column = c.sort;
      return html`<th scope="col" class=${`${c.key}${c.num ? ' num' : ''}`} aria-sort=${current ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" class="sort" @click=${() => sortBy(column)}>${label}<span aria-hidden="true">${current ? (order === 'asc' ? ' ▲' : ' ▼') : ''}</span></button>
      </th>`;
    })}
  </tr>`;
}
