/**
 * The caller's portfolio (`GET /v1/portfolio`): every account assigned to the user, in any role,
 * with the roles, health, renewal (own value, else rolled up), contract value (rolled up over
 * the subtree), coverage over the 30 days before `asOf` (a touchpoint or a completed task by
 * anyone, as in Team Spotlight), the latest activity and the tasks not done (`openTasks`, overdue
 * included) and overdue at `asOf`; filtered by name, role, band and type, sorted, paged. Every
 * row is at the caller's working level, so its key info shows restricted attributes too.
 */
import type { Portfolio, PortfolioItem, PortfolioSort } from '../api/profile-api.ts';
import { findAttributeByMeaning } from '../dataset/attribute-meaning.ts';
import type { DatasetModel } from '../model/dataset-model.ts';
import { accountRef } from './account-profile.ts';
import { taskStatusAt } from './account-tasks.ts';
import { ProfileQueryError } from './profile-query-error.ts';
import { compareText, dayMs, foldedName, foldText, healthBrief, keyAttributes, keyInfoOf, pageOf, timeOfRecord, type KeyInfo } from './view-parts.ts';

/** Query of `buildPortfolio`. */
export interface PortfolioOptions {
  asOf: string;
  q?: string;
  role?: string;
  band?: 'poor' | 'average' | 'good' | 'none';
  type?: string;
  sort?: PortfolioSort;
  order?: 'asc' | 'desc';
  /** Page size (default 500). */
  limit?: number;
  cursor?: string;
}

/** Days of the coverage period. */
export const portfolioCoverageDays = 30;

interface MeaningKeys {
  keyInfo: KeyInfo;
  renewal: string | undefined;
  renewalRolls: boolean;
  value: string | undefined;
  valueRolls: boolean;
}

function row(model: DatasetModel, accountId: string, roles: string[], t: number, keys: MeaningKeys): PortfolioItem {
  const { index, rollups } = model;
  const account = index.accountsById.get(accountId)!;
  const start = t - portfolioCoverageDays * dayMs;
  let last = Number.NEGATIVE_INFINITY;
  let covered = false;
  for (const tp of index.touchpointsByAccount.get(accountId) ?? []) {
    const at = timeOfRecord(tp, 'at');
    if (at > t) continue;
    last = Math.max(last, at);
    if (at >= start && at < t) covered = true;
  }
  let openTasks = 0;
  let overdueTasks = 0;
  for (const task of index.tasksByAccount.get(accountId) ?? []) {
    const done = timeOfRecord(task, 'completedAt');
    if (done <= t) {
      last = Math.max(last, done);
      if (done >= start && done < t) covered = true;
    } else {
      openTasks++;
      if (taskStatusAt(task, t) === 'overdue') overdueTasks++;
    }
  }
  const renewalValue = keys.renewal ? (rollups.own(accountId, keys.renewal) ?? (keys.renewalRolls ? rollups.rolledUp(accountId, keys.renewal) : null)) : null;
  const renewalDate = typeof renewalValue === 'string' ? renewalValue.slice(0, 10) : null;
  const value = keys.value ? (keys.valueRolls ? rollups.rolledUp(accountId, keys.value) : rollups.own(accountId, keys.value)) : null;
  return {
    account: { ...accountRef(index, accountId), parentId: account.parentId },
    roles,
    health: healthBrief(model, accountId, t),
    renewalDate,
    daysToRenewal: renewalDate === null ? null : Math.floor((Date.parse(renewalDate) - Math.floor(t / dayMs) * dayMs) / dayMs),
    contractValue: typeof value === 'number' ? value : null,
    covered,
    lastActivityAt: Number.isFinite(last) ? new Date(last).toISOString() : null,
    openTasks,
    overdueTasks,
    keyAttributes: keyAttributes(model, keys.keyInfo, accountId, true),
  };
}

const numeric = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);
const sorters: Record<PortfolioSort, (a: PortfolioItem, b: PortfolioItem) => number> = {
  name: () => 0,
  healthScore: (a, b) => numeric(a.health?.score ?? null, b.health?.score ?? null),
  renewalDate: (a, b) => compareText(a.renewalDate, b.renewalDate),
  contractValue: (a, b) => numeric(a.contractValue, b.contractValue),
  openTasks: (a, b) => a.openTasks - b.openTasks,
  overdueTasks: (a, b) => a.overdueTasks - b.overdueTasks,
  lastActivityAt: (a, b) => compareText(a.lastActivityAt, b.lastActivityAt),
};
const missing = (item: PortfolioItem, sort: PortfolioSort): boolean =>
  (sort === 'healthScore' && (item.health?.score ?? null) === null) || (sort === 'renewalDate' && item.renewalDate === null) ||
  (sort === 'contractValue' && item.contractValue === null) || (sort === 'lastActivityAt' && item.lastActivityAt === null);

/**
 * The portfolio of `userId`.
 *
 * @throws {ProfileQueryError} for an unknown `type` or a cursor past the end.
 * @example
 * ```ts
 * const page = buildPortfolio(model, 'user-7', { asOf, sort: 'renewalDate' });
 * page.items.filter((i) => !i.covered).map((i) => i.account.name);
 * ```
 */
export function buildPortfolio(model: DatasetModel, userId: string, options: PortfolioOptions): Portfolio {
  const { index } = model;
  if (options.type !== undefined && !index.accountTypesById.has(options.type)) throw new ProfileQueryError('type', `unknown account type "${options.type}"`);
  const t = Date.parse(options.asOf);
  const rolesByAccount = new Map<string, Set<string>>();
  for (const a of index.assignmentsByUser.get(userId) ?? []) {
    if (!index.accountsById.has(a.accountId)) continue;
    const roles = rolesByAccount.get(a.accountId) ?? new Set<string>();
    roles.add(a.role);
    rolesByAccount.set(a.accountId, roles);
  }
  const renewal = findAttributeByMeaning(index.dataset.attributes, 'renewalDate');
  const value = findAttributeByMeaning(index.dataset.attributes, 'contractValue');
  const rolls = new Set(model.rollups.rolledUpKeys);
  const keys: MeaningKeys = { keyInfo: keyInfoOf(model), renewal: renewal?.key, renewalRolls: rolls.has(renewal?.key ?? ''), value: value?.key, valueRolls: rolls.has(value?.key ?? '') };
  const all = [...rolesByAccount].map(([id, roles]) => row(model, id, [...roles].sort(), t, keys));
  const q = foldText((options.q ?? '').trim());
  const chosen = all.filter((item) =>
    (q === '' || foldedName(index.accountsById.get(item.account.id)!).includes(q)) && (!options.role || item.roles.includes(options.role)) &&
    (!options.type || item.account.typeId === options.type) && (!options.band || (item.health?.band ?? 'none') === options.band));
  const sort = options.sort ?? 'name';
  const order = options.order ?? 'asc';
  const sign = order === 'asc' ? 1 : -1;
  const byName = (a: PortfolioItem, b: PortfolioItem) => (a.account.name < b.account.name ? -1 : a.account.name > b.account.name ? 1 : a.account.id < b.account.id ? -1 : 1);
  chosen.sort((a, b) => {
    const gone = Number(missing(a, sort)) - Number(missing(b, sort));
    if (gone !== 0) return gone; // rows without the value last, in either order
    return sign * sorters[sort](a, b) || (sort === 'name' ? sign * byName(a, b) : byName(a, b));
  });
  const page = pageOf(chosen, options.cursor, options.limit ?? 500);
  const asOfDay = Math.floor(t / dayMs) * dayMs;
  const types = [...new Set(all.map((item) => item.account.typeId))].sort().map((id) => ({ id, name: index.accountTypesById.get(id)?.name ?? id }));
  return {
    dataVersion: model.dataVersion,
    userId,
    asOf: options.asOf,
    coveragePeriod: { from: new Date(t - portfolioCoverageDays * dayMs).toISOString(), to: new Date(t).toISOString(), days: portfolioCoverageDays },
    filters: { q: options.q ?? null, role: options.role ?? null, band: options.band ?? null, type: options.type ?? null },
    sort,
    order,
    roles: [...new Set(all.flatMap((item) => item.roles))].sort(),
    types,
    total: chosen.length,
    accounts: all.length,
    summary: {
      covered: all.filter((item) => item.covered).length,
      overdueAccounts: all.filter((item) => item.overdueTasks > 0).length,
      renewingIn90Days: all.filter((item) => item.renewalDate !== null && Date.parse(item.renewalDate) >= asOfDay && Date.parse(item.renewalDate) <= asOfDay + 90 * dayMs).length,
    },
    items: page.items,
    nextCursor: page.nextCursor,
  };
}
