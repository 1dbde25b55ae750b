/**
 * `SpotlightQuery`: a Team Spotlight request with every default applied and every name checked
 * against the data, built from the URL parameters of `GET /v1/team-spotlight` by
 * `spotlightQueryFromParams`. The computations take this, never raw parameters.
 */
import type { z } from 'zod';
import type { Period, SpotlightMetric, teamSpotlightQuerySchema } from '../api/spotlight-api.ts';
import type { DatasetModel } from '../model/dataset-model.ts';
import { availableMetrics, resolveMetric } from './spotlight-metrics.ts';
import { SpotlightQueryError } from './spotlight-query-error.ts';
import { dayMs } from './spotlight-index.ts';

/** The filters of a spotlight query (`null`: not filtered). */
export interface SpotlightFilters {
  /** A team id: only members in that team. */
  team: string | null;
  /** A manager's user id: only that manager and everyone reporting to them, directly or not. */
  manager: string | null;
  /** Only accounts of this type. */
  accountType: string | null;
  /** Only activity (touchpoints, tasks) of this flow. */
  flow: string | null;
  /** Leave out accounts whose contract status is cancelled or empty. */
  excludeInactive: boolean;
}

/** A resolved Team Spotlight query. */
export interface SpotlightQuery {
  /** The team role (as given at account assignment). */
  role: string;
  /** Snapshot time (ISO, UTC): overdue tasks and the health "now" are taken here; equals `period.to`. */
  asOf: string;
  /** `[from, to)` in UTC. */
  period: Period;
  /** The comparable period just before: same length, ending at `period.from`. */
  previousPeriod: Period;
  filters: SpotlightFilters;
  /** Metric columns, in order. */
  metrics: SpotlightMetric[];
}

/** The parameters of `GET /v1/team-spotlight`, as parsed by `teamSpotlightQuerySchema`. */
export type SpotlightParams = z.infer<typeof teamSpotlightQuerySchema>;

function instant(field: string, value: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new SpotlightQueryError(field, `"${value}" is not a date or time`);
  return ms;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** The `[from, to)` period of `days` days ending at `to`, and the one before it. */
function periodsEndingAt(fromMs: number, toMs: number): { period: Period; previousPeriod: Period } {
  const length = toMs - fromMs;
  return {
    period: { from: iso(fromMs), to: iso(toMs), days: length / dayMs },
    previousPeriod: { from: iso(fromMs - length), to: iso(fromMs), days: length / dayMs },
  };
}

/** The default role: `CSM` when some assignment has it, else the first role alphabetically. */
export function defaultRole(roles: readonly string[]): string {
  return roles.includes('CSM') || roles.length === 0 ? 'CSM' : roles[0]!;
}

/**
 * Resolves URL parameters into a `SpotlightQuery`. Defaults: role `CSM` if present (else the
 * first role alphabetically), period 30 days, `asOf` = `now`, the first two available metrics.
 * `from`/`to` take precedence over `period`: with only `to`, the period is `period` days ending
 * there; with only `from`, it ends at `asOf`. `asOf` is always the end of the period. Reads the
 * roles from the model's spotlight index, so the first call on a model pays the load.
 *
 * @throws {SpotlightQueryError} for an unknown role, team, manager, account type or metric, for
 *   `from` after `to`, or for an `asOf` that contradicts `to`.
 * @example
 * ```ts
 * const query = spotlightQueryFromParams({ period: 90, team: 'manager:u7' }, model, new Date().toISOString());
 * const spotlight = computeTeamSpotlight(model, query);
 * ```
 */
export function spotlightQueryFromParams(params: SpotlightParams, model: DatasetModel, now: string): SpotlightQuery {
  const { index, spotlight: si } = model;
  const role = params.role ?? defaultRole(si.roles);
  if (params.role !== undefined && !si.roles.includes(role)) {
    throw new SpotlightQueryError('role', `no account is assigned with role "${role}" (roles: ${si.roles.join(', ') || 'none'})`);
  }

  if (params.asOf !== undefined && params.to !== undefined && instant('asOf', params.asOf) !== instant('to', params.to)) {
    throw new SpotlightQueryError('asOf', 'asOf and to differ: the period ends at asOf');
  }
  const toMs = params.to !== undefined ? instant('to', params.to) : instant(params.asOf !== undefined ? 'asOf' : 'now', params.asOf ?? now);
  const fromMs = params.from !== undefined ? instant('from', params.from) : toMs - (params.period ?? 30) * dayMs;
  if (fromMs > toMs) throw new SpotlightQueryError('from', `from (${params.from}) is after to (${iso(toMs)})`);

  let team: string | null = null;
  let manager: string | null = null;
  if (params.team !== undefined) {
    if (params.team.startsWith('manager:')) {
      manager = params.team.slice('manager:'.length);
      if (!index.usersById.has(manager)) throw new SpotlightQueryError('team', `unknown manager "${manager}"`);
    } else {
      team = params.team;
      if (!index.teamsById.has(team)) throw new SpotlightQueryError('team', `unknown team "${team}"`);
    }
  }
  if (params.accountType !== undefined && !index.accountTypesById.has(params.accountType)) {
    throw new SpotlightQueryError('accountType', `unknown account type "${params.accountType}"`);
  }

  const ids = [...new Set((params.metrics ?? '').split(',').map((s) => s.trim()).filter(Boolean))];
  const metrics = ids.length > 0 ? ids.map((id) => resolveMetric(index, id)) : availableMetrics(index).slice(0, 2);

  return {
    role,
    asOf: iso(toMs),
    ...periodsEndingAt(fromMs, toMs),
    filters: {
      team,
      manager,
      accountType: params.accountType ?? null,
      flow: params.flow ?? null,
      excludeInactive: params.excludeInactive === 'true',
    },
    metrics,
  };
}
