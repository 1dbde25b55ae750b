/**
 * `memberDrilldown`: the accounts behind a member's row — Covered, Not Covered or Has Overdue
 * Tasks — each with its health band and score at `asOf`, activity volume in the period (by
 * anyone, as coverage counts it), last activity before `asOf` and overdue task count; sorted by
 * any column and paged. Same load/query split as `computeTeamSpotlight`.
 */
import type { DrilldownAccount, DrilldownFilter, MemberDrilldown, drilldownSortSchema } from '../api/spotlight-api.ts';
import type { z } from 'zod';
import type { DatasetModel } from '../model/dataset-model.ts';
import { accountActivity, boundsOf, lastActivityBefore, overdueTasks } from './account-figures.ts';
import { defaultHealth, HealthAt, type SpotlightOptions } from './spotlight-health.ts';
import type { SpotlightQuery } from './spotlight-query.ts';
import { SpotlightQueryError } from './spotlight-query-error.ts';
import { selectSpotlight } from './spotlight-selection.ts';

/** A drill-down column. */
export type DrilldownSort = z.infer<typeof drilldownSortSchema>;

/** A spotlight query plus the list, order and page of a drill-down (defaults: covered, name, asc, 1, 50). */
export type DrilldownQuery = SpotlightQuery & {
  filter?: DrilldownFilter;
  sort?: DrilldownSort;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
};

const bandRank = { poor: 0, average: 1, good: 2 } as const;

function sortKey(row: DrilldownAccount, sort: DrilldownSort): string | number | null {
  switch (sort) {
    case 'name':
      return row.name;
    case 'healthScore':
      return row.healthScore;
    case 'healthBand':
      return row.healthBand === null ? null : bandRank[row.healthBand];
    case 'activityVolume':
      return row.activityVolume;
    case 'lastActivityAt':
      return row.lastActivityAt;
    case 'overdueTasks':
      return row.overdueTasks;
  }
}

function compare(x: string | number, y: string | number, sort: DrilldownSort): number {
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (sort === 'name') return String(x).localeCompare(String(y));
  return x < y ? -1 : x > y ? 1 : 0; // ISO times order as strings
}

/**
 * One page of a member's accounts in the chosen list. Empty values (no health, no activity) sort
 * last in either order; ties are broken by name, then id.
 *
 * @throws {SpotlightQueryError} (`field: "userId"`) when the user is unknown.
 * @example
 * ```ts
 * const query = spotlightQueryFromParams({ period: 30 }, model, now);
 * const page = memberDrilldown(model, 'u1', { ...query, filter: 'not-covered', sort: 'healthScore' });
 * ```
 */
export function memberDrilldown(model: DatasetModel, userId: string, query: DrilldownQuery, options: SpotlightOptions = {}): MemberDrilldown {
  const { index, spotlight: si } = model;
  if (!index.usersById.has(userId) && !index.assignmentsByUser.has(userId)) {
    throw new SpotlightQueryError('userId', `unknown user "${userId}"`);
  }
  const filter = query.filter ?? 'covered';
  const sort = query.sort ?? 'name';
  const order = query.order ?? 'asc';
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const pageSize = Math.max(1, Math.floor(query.pageSize ?? 50));

  // The member's accounts under the account filters; team/manager filters do not apply to one member.
  const sel = selectSpotlight(index, si, query.role, { ...query.filters, team: null, manager: null });
  const member = sel.members.find((m) => m.userId === userId);
  const cur = boundsOf(query.period);
  const asOf = Date.parse(query.asOf);
  const health = new HealthAt(options.health ?? defaultHealth(model), si.accountIds, query.asOf);

  const rows: DrilldownAccount[] = [];
  for (const a of member?.accounts ?? []) {
    const activityVolume = accountActivity(si, a, cur.from, cur.to, sel.flow);
    const overdue = overdueTasks(si, a, asOf, sel.flow);
    const keep = filter === 'covered' ? activityVolume > 0 : filter === 'not-covered' ? activityVolume === 0 : overdue > 0;
    if (!keep) continue;
    const account = index.accountsById.get(si.accountIds[a]!)!;
    const last = lastActivityBefore(si, a, asOf, sel.flow);
    rows.push({
      accountId: account.id,
      name: account.name,
      typeId: account.typeId,
      healthScore: health.score(a),
      healthBand: health.band(a),
      activityVolume,
      lastActivityAt: last === null ? null : new Date(last).toISOString(),
      overdueTasks: overdue,
    });
  }

  const sign = order === 'asc' ? 1 : -1;
  rows.sort((x, y) => {
    const kx = sortKey(x, sort);
    const ky = sortKey(y, sort);
    if (kx === null || ky === null) {
      if (kx !== ky) return kx === null ? 1 : -1;
    } else {
      const c = compare(kx, ky, sort);
      if (c !== 0) return sign * c;
    }
    return x.name.localeCompare(y.name) || (x.accountId < y.accountId ? -1 : x.accountId > y.accountId ? 1 : 0);
  });

  return {
    userId,
    filter,
    sort,
    order,
    page,
    pageSize,
    total: rows.length,
    items: rows.slice((page - 1) * pageSize, page * pageSize),
  };
}
