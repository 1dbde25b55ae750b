/**
 * An account's usage (`GET /v1/accounts/:id/usage?from=&to=`) over the UTC days `[from, to)`:
 * by default the account and its whole subtree summed per day (products carry the usage rows;
 * a company shows all of them), per day or per ISO week. A bucket's active users is the mean of
 * the daily active users over its days (a day without a row counts as 0, as in Team Spotlight);
 * its active days the days with anyone active. Top modules and top end users (version-2
 * `usage[].users`) are summed over the range.
 */
import type { AccountUsage, UsagePoint } from '../api/profile-api.ts';
import type { EndUser, UsageRow } from '../dataset/schema.ts';
import type { DatasetModel } from '../model/dataset-model.ts';
import { ProfileQueryError } from './profile-query-error.ts';
import { dayMs } from './view-parts.ts';

/** Query of `buildAccountUsage` (times as ISO strings). */
export interface AccountUsageOptions {
  asOf: string;
  /** First day (default: 90 days before `to`). */
  from?: string;
  /** The day after the last (default: the day of `asOf`, so the range ends with yesterday; a time not at midnight includes its day). */
  to?: string;
  granularity?: 'day' | 'week';
  scope?: 'account' | 'subtree';
}

/** The longest range, in days. */
export const maxUsageDays = 731;

const dayOf = (ms: number) => Math.floor(ms / dayMs);
const isoDay = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);

/** First index of a date-sorted row list with `date >= day`. */
function firstFrom(rows: readonly UsageRow[], day: string): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.date.slice(0, 10) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function range(options: AccountUsageOptions): { from: number; to: number } {
  const toMs = Date.parse(options.to ?? options.asOf);
  const to = options.to === undefined ? dayOf(toMs) : Math.ceil(toMs / dayMs);
  const from = options.from === undefined ? to - 90 : dayOf(Date.parse(options.from));
  if (from >= to) throw new ProfileQueryError('from', `from (${isoDay(from)}) must be before to (${isoDay(to)})`);
  if (to - from > maxUsageDays) throw new ProfileQueryError('from', `the range is ${to - from} days; at most ${maxUsageDays}`);
  return { from, to };
}

/**
 * The usage view of one account.
 *
 * @throws {ProfileQueryError} when `from` is not before `to`, or the range is longer than 731 days.
 * @example
 * ```ts
 * const usage = buildAccountUsage(model, 'acme', { asOf, from: '2026-01-01', to: '2026-02-01' });
 * usage.series.map((p) => p.activeUsers);
 * ```
 */
export function buildAccountUsage(model: DatasetModel, accountId: string, options: AccountUsageOptions): AccountUsage {
  const { index, hierarchy } = model;
  const { from, to } = range(options);
  const days = to - from;
  const granularity = options.granularity ?? (days <= 62 ? 'day' : 'week');
  const scope = options.scope ?? 'subtree';
  const ids = scope === 'subtree' ? hierarchy.subtree(accountId) : [accountId];
  const active = new Float64Array(days);
  const events = new Float64Array(days);
  const modules = new Map<string, number>();
  const users = new Map<string, number>();
  const endUsers = new Map<string, EndUser>();
  const fromText = isoDay(from);
  const toText = isoDay(to);
  let accounts = 0;
  for (const id of ids) {
    for (const user of index.endUsersByAccount.get(id) ?? []) endUsers.set(user.id, user);
    const rows = index.usageByAccount.get(id) ?? [];
    let seen = false;
    for (let i = firstFrom(rows, fromText); i < rows.length; i++) {
      const row = rows[i]!;
      if (row.date.slice(0, 10) >= toText) break;
      seen = true;
      const d = dayOf(Date.parse(row.date.slice(0, 10))) - from;
      active[d]! += row.activeUsers;
      events[d]! += row.events ?? 0;
      for (const [name, count] of Object.entries(row.modules ?? {})) modules.set(name, (modules.get(name) ?? 0) + count);
      for (const [user, count] of Object.entries(row.users ?? {})) users.set(user, (users.get(user) ?? 0) + count);
    }
    if (seen) accounts++;
  }
  const series: UsagePoint[] = [];
  let bucket: UsagePoint | null = null;
  for (let d = 0; d < days; d++) {
    const day = from + d;
    // ISO weeks start on Monday; 1970-01-01 was a Thursday.
    const start = granularity === 'day' ? day : day - ((day + 3) % 7);
    if (!bucket || bucket.start !== isoDay(start)) {
      bucket = { start: isoDay(start), days: 0, activeUsers: 0, activeDays: 0, events: 0 };
      series.push(bucket);
    }
    bucket.days++;
    bucket.activeUsers += active[d]!;
    bucket.events += events[d]!;
    if (active[d]! > 0) bucket.activeDays++;
  }
  for (const point of series) point.activeUsers = round(point.activeUsers / point.days);
  const total = { active: 0, activeDays: 0, events: 0 };
  for (let d = 0; d < days; d++) {
    total.active += active[d]!;
    total.events += events[d]!;
    if (active[d]! > 0) total.activeDays++;
  }
  const top = <T>(map: Map<string, number>, make: (key: string, count: number) => T): T[] =>
    [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10).map(([key, count]) => make(key, count));
  return {
    dataVersion: model.dataVersion,
    accountId,
    from: fromText,
    to: toText,
    granularity,
    scope,
    accounts,
    series,
    totals: { days, activeDays: total.activeDays, averageActiveUsers: round(total.active / days), events: total.events },
    topModules: top(modules, (module, count) => ({ module, count })),
    topUsers: top(users, (id, count) => {
      const user = endUsers.get(id);
      return { id, name: user?.name ?? null, email: user?.email ?? null, events: count, lastSeenAt: user?.lastSeenAt ?? null };
    }),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
