/**
 * `computeTeamSpotlight`: the team summary and one row per member of a role over a period, as
 * defined in DESIGN.md "Definitions — Team Spotlight".
 *
 * Load vs query: the model's `SpotlightIndex` is the "load" (O(rows · log rows), built on the
 * first spotlight query and kept current by `apply`). Every call is the "query": one pass over
 * the selected members' accounts (binary searches in their events, a scan of their day buckets
 * and due tasks) and over the members' own events in the two periods, plus the health function
 * for each distinct account at `asOf` and at the period's start.
 */
import type { MemberRow, TeamSpotlight } from '../api/spotlight-api.ts';
import type { DatasetModel } from '../model/dataset-model.ts';
import { boundsOf, lowerBound, type Bounds } from './account-figures.ts';
import { PeriodFigures } from './period-figures.ts';
import { defaultHealth, HealthAt, healthSnapshot, type SpotlightOptions } from './spotlight-health.ts';
import { metricValue } from './spotlight-metrics.ts';
import type { SpotlightIndex } from './spotlight-index.ts';
import type { SpotlightQuery } from './spotlight-query.ts';
import { accountsWithoutRole, selectSpotlight, type SpotlightSelection } from './spotlight-selection.ts';

/** A member's touchpoints and completed tasks in both periods, on accounts passing the filters. */
function memberVolume(si: SpotlightIndex, sel: SpotlightSelection, userId: string, cur: Bounds, prev: Bounds, flowKeys: readonly string[]) {
  const byFlow: Record<string, number> = Object.fromEntries(flowKeys.map((f) => [f, 0]));
  let volume = 0;
  let before = 0;
  const count = (t: number, account: number, f: number): void => {
    if (sel.accountMask[account] !== 1 || (sel.flow >= 0 && f !== sel.flow)) return;
    if (t >= cur.from && t < cur.to) {
      volume++;
      byFlow[si.flows[f]!]!++;
    } else if (t >= prev.from && t < prev.to) before++;
  };
  const u = si.userIndex.get(userId);
  if (u !== undefined) {
    const { start, time, flow, other } = si.byUser;
    const patch = si.userPatches.get(u);
    const removed = patch && patch.removed.size > 0 ? patch.removed : null;
    // Users interned after the build have no CSR segment.
    if (u + 1 < start.length) {
      const lo = lowerBound(time, start[u]!, start[u + 1]!, Math.min(prev.from, cur.from));
      const hi = lowerBound(time, lo, start[u + 1]!, Math.max(prev.to, cur.to));
      for (let i = lo; i < hi; i++) if (removed === null || !removed.has(i)) count(time[i]!, other[i]!, flow[i]!);
    }
    if (patch) for (const event of patch.added) count(event.time, event.account, event.flow);
  }
  return { volume, before, byFlow };
}

/**
 * Team Spotlight of `query.role` over `query.period`: the team row (distinct accounts of every
 * selected member, and all their activity), one row per member sorted by name, the metric
 * columns, warnings, and the filter options the data offers.
 *
 * @example
 * ```ts
 * const model = createDatasetModel(parseDataset(json));
 * const query = spotlightQueryFromParams({ role: 'CSM', period: 30 }, model, new Date().toISOString());
 * const { team, members } = computeTeamSpotlight(model, query);
 * ```
 */
export function computeTeamSpotlight(model: DatasetModel, query: SpotlightQuery, options: SpotlightOptions = {}): TeamSpotlight {
  const { index, spotlight: si } = model;
  const sel = selectSpotlight(index, si, query.role, query.filters);
  const cur = boundsOf(query.period);
  const prev = boundsOf(query.previousPeriod);
  const figures = new PeriodFigures(si, { cur, prev, asOf: Date.parse(query.asOf), flow: sel.flow });
  const health = options.health ?? defaultHealth(model);
  const healthNow = new HealthAt(health, si.accountIds, query.asOf);
  const healthStart = new HealthAt(health, si.accountIds, query.period.from);
  const flowKeys = query.filters.flow === null ? [...si.flows].sort() : [query.filters.flow];

  const seen = new Uint8Array(si.accountIds.length);
  const union: number[] = [];
  let teamVolume = 0;
  let teamBefore = 0;
  const teamByFlow: Record<string, number> = Object.fromEntries(flowKeys.map((f) => [f, 0]));
  const members: MemberRow[] = sel.members.map((member) => {
    for (const a of member.accounts) {
      if (seen[a] === 0) {
        seen[a] = 1;
        union.push(a);
      }
    }
    const { volume, before, byFlow } = memberVolume(si, sel, member.userId, cur, prev, flowKeys);
    teamVolume += volume;
    teamBefore += before;
    for (const f of flowKeys) teamByFlow[f]! += byFlow[f]!;
    const accountIds = Array.from(member.accounts, (a) => si.accountIds[a]!);
    return {
      userId: member.userId,
      name: index.usersById.get(member.userId)?.name ?? member.userId,
      ...figures.summarise(member.accounts, volume, before, byFlow),
      health: healthSnapshot(healthNow, healthStart, member.accounts),
      metrics: Object.fromEntries(query.metrics.map((m) => [m.id, metricValue(index, m, accountIds)])),
    };
  });
  members.sort((x, y) => x.name.localeCompare(y.name) || (x.userId < y.userId ? -1 : x.userId > y.userId ? 1 : 0));

  const warnings: TeamSpotlight['warnings'] = [];
  const unassigned = accountsWithoutRole(si, query.role, sel.accountMask);
  if (unassigned > 0) {
    warnings.push({
      code: 'accounts-without-role',
      message: `${unassigned} account(s) of the selection have no ${query.role} assigned`,
      count: unassigned,
    });
  }
  if (sel.inactiveIgnored) {
    warnings.push({ code: 'no-contract-status', message: 'the data has no contract-status attribute: excludeInactive was ignored', count: 0 });
  }

  const byName = <T extends { name: string }>(x: T, y: T): number => x.name.localeCompare(y.name);
  return {
    role: query.role,
    asOf: query.asOf,
    period: query.period,
    previousPeriod: query.previousPeriod,
    filters: { ...query.filters },
    team: { ...figures.summarise(union, teamVolume, teamBefore, teamByFlow), health: healthSnapshot(healthNow, healthStart, union) },
    members,
    metrics: query.metrics,
    warnings,
    options: {
      roles: [...si.roles],
      teams: index.dataset.teams.map((t) => ({ id: t.id, name: t.name })).sort(byName),
      managers: [...si.reportsByManager.keys()]
        .flatMap((id) => {
          const user = index.usersById.get(id);
          return user ? [{ id, name: user.name }] : [];
        })
        .sort(byName),
      accountTypes: index.dataset.accountTypes.map((t) => ({ id: t.id, name: t.name })),
      flows: [...si.flows].sort(),
    },
  };
}
