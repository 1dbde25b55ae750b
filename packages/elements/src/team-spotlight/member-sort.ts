/**
 * Sorting of the member table: the value each column sorts by, and a stable sort that keeps
 * rows without a value last in either direction.
 */
import type { BandCounts, MemberRow } from '@successkit/core';

/** A sortable column: a fixed one, or `metric:<id>` for a metric column. */
export type MemberSortKey = 'name' | 'activityVolume' | 'coverage' | 'activeDays' | 'activeUsers' | 'health' | `metric:${string}`;

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Sort direction. */
export type SortOrder = 'asc' | 'desc';

/**
 * A 0–100 index of a member's health snapshot (good = 100, average = 60, poor = 0, as the
 * health scores weigh bands), or `null` when no account has health data.
 */
export function healthIndex(counts: BandCounts): number | null {
  const rated = counts.poor + counts.average + counts.good;
  return rated ? (counts.good * 100 + counts.average * 60) / rated : null;
}

/** The value a row sorts by for a column. */
function sortValue(row: MemberRow, key: MemberSortKey): string | number | null {
  switch (key) {
    case 'name':
      return row.name;
    case 'activityVolume':
      return row.activityVolume.value;
    case 'coverage':
      return row.coverage.value;
    case 'activeDays':
      return row.averageActiveDays.value;
    case 'activeUsers':
      return row.averageActiveUsers.value;
    case 'health':
      return healthIndex(row.health.now);
    default:
      return row.metrics[key.slice('metric:'.length)] ?? null;
  }
}

/**
 * The rows sorted by a column (a new array; ties keep the name order, `null` values last).
 *
 * @example
 * ```ts
 * const busiest = sortMembers(spotlight.members, 'activityVolume', 'desc');
 * ```
 */
export function sortMembers(rows: readonly MemberRow[], key: MemberSortKey, order: SortOrder): MemberRow[] {
  const sign = order === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, value: sortValue(row, key) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value === b.value) return collator.compare(a.row.name, b.row.name);
      return a.value === null ? 1 : -1;
    }
    const c = typeof a.value === 'string' ? collator.compare(a.value, String(b.value)) : a.value - Number(b.value);
    return c === 0 ? collator.compare(a.row.name, b.row.name) : sign * c;
  });
  return keyed.map((k) => k.row);
}
