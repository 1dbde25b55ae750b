/**
 * The rows `<account-portfolio>` shows: the caller's accounts filtered by role, band and type,
 * searched by name (case- and accent-insensitive, as the API does), and sorted by a column —
 * accounts without a value sort last in either direction, ties by name. Pure, so a keystroke
 * costs one pass over the rows and a sort, and tests call it directly.
 */
import type { PortfolioItem, PortfolioSort } from '@successkit/core';

/** What the user picked. */
export interface PortfolioFilters {
  q: string;
  role: string;
  /** `poor`, `average`, `good`, `none` (no health), or empty for any. */
  band: string;
  type: string;
  sort: PortfolioSort;
  order: 'asc' | 'desc';
}

/** Lower case without accents ("Zürich" → "zurich"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Folded names, once per row object (a keystroke then folds only the search text). */
const folded = new WeakMap<PortfolioItem, string>();
const nameOf = (row: PortfolioItem): string => {
  let name = folded.get(row);
  if (name === undefined) folded.set(row, (name = foldText(row.account.name)));
  return name;
};

const sortValue: Record<PortfolioSort, (row: PortfolioItem) => number | string | null> = {
  name: nameOf,
  healthScore: (r) => r.health?.score ?? null,
  renewalDate: (r) => r.renewalDate,
  contractValue: (r) => r.contractValue,
  openTasks: (r) => r.openTasks,
  overdueTasks: (r) => r.overdueTasks,
  lastActivityAt: (r) => r.lastActivityAt,
};

/** The rows to show, in order. */
export function portfolioView(items: readonly PortfolioItem[], filters: PortfolioFilters): PortfolioItem[] {
  const needle = foldText(filters.q.trim());
  const rows = items.filter(
    (r) =>
      (!filters.role || r.roles.includes(filters.role)) &&
      (!filters.type || r.account.typeId === filters.type) &&
      (!filters.band || (filters.band === 'none' ? !r.health?.band : r.health?.band === filters.band)) &&
      (!needle || nameOf(r).includes(needle)),
  );
  const value = sortValue[filters.sort] ?? sortValue.name;
  const direction = filters.order === 'desc' ? -1 : 1;
  const keyed = rows.map((row) => ({ row, key: value(row), name: nameOf(row) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? compare(a.name, b.name) : a.key === null ? 1 : -1;
    return compare(a.key, b.key) * direction || compare(a.name, b.name);
  });
  return keyed.map((k) => k.row);
}

function compare(a: number | string, b: number | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The figures of the rows shown. */
export function portfolioFigures(rows: readonly PortfolioItem[]): { covered: number; overdue: number; renewing: number } {
  let covered = 0;
  let overdue = 0;
  let renewing = 0;
  for (const r of rows) {
    if (r.covered) covered += 1;
    if (r.overdueTasks > 0) overdue += 1;
    if (r.daysToRenewal !== null && r.daysToRenewal >= 0 && r.daysToRenewal <= 90) renewing += 1;
  }
  return { covered, overdue, renewing };
}
