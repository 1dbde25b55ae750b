/**
 * Deterministic Team Spotlight responses for tests, stories and benchmarks: the stub HTTP
 * routes (test/stub-routes-spotlight.mjs), the stories' mocked client and the render benchmark
 * all answer from these builders, so every consumer sees the same members and figures.
 */
import type { BandCounts, DrilldownAccount, MemberDrilldown, MemberRow, TeamSpotlight } from '@successkit/core';

/** The query the builders understand (strings as in a URL, like the real route). */
export interface SpotlightFixtureQuery {
  role?: string | null;
  period?: string | number | null;
  team?: string | null;
  accountType?: string | null;
  flow?: string | null;
  metrics?: string | null;
  /** How many members the CSM role has (default 12). */
  memberCount?: number;
}

const firstNames = ['Ada', 'Bruno', 'Chen', 'Dalia', 'Emeka', 'Fatima', 'Goran', 'Hana', 'Ivan', 'Jun', 'Kira', 'Luis'];
const lastNames = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Silva', 'Novak', 'Haddad', 'Kowalski'];
const flows = ['onboarding', 'adoption', 'renewal', 'support'];
const metricLabels: Record<string, string> = { licenseUtilization: 'License utilization', contractValue: 'Contract value' };

/** A small deterministic pseudo-random number in [0, 1) for a seed. */
function rand(seed: number): number {
  const x = Math.sin(seed * 12.9898 + 78.233) * 43758.5453;
  return x - Math.floor(x);
}

function compared(value: number, previous: number) {
  return { value, previous, change: value - previous };
}

function bands(seed: number, accounts: number): BandCounts {
  const poor = Math.floor(rand(seed) * accounts * 0.3);
  const good = Math.floor(rand(seed + 1) * (accounts - poor));
  const none = accounts > 4 ? 1 : 0;
  return { poor, average: Math.max(0, accounts - poor - good - none), good, none };
}

function minus(a: BandCounts, b: BandCounts): BandCounts {
  return { poor: a.poor - b.poor, average: a.average - b.average, good: a.good - b.good, none: a.none - b.none };
}

/** The member's display name for index `i`. */
function memberName(i: number): string {
  const name = `${firstNames[i % firstNames.length]} ${lastNames[(i * 5) % lastNames.length]}`;
  return i < firstNames.length ? name : `${name} ${Math.floor(i / firstNames.length) + 1}`;
}

function memberRow(i: number, q: SpotlightFixtureQuery, metricIds: string[]): MemberRow {
  const days = Number(q.period ?? 30);
  const scale = days / 30;
  const accounts = 4 + Math.floor(rand(i) * 16) - (q.accountType ? 2 : 0);
  const covered = Math.min(accounts, Math.floor(rand(i + 100) * (accounts + 1)));
  const volumeByFlow: Record<string, number> = {};
  for (const [k, flow] of flows.entries()) {
    if (q.flow && q.flow !== flow) continue;
    volumeByFlow[flow] = Math.round(rand(i * 7 + k) * 12 * scale);
  }
  const volume = Object.values(volumeByFlow).reduce((a, b) => a + b, 0);
  const now = bands(i * 3, accounts);
  const atStart = bands(i * 3 + 11, accounts);
  const metrics: Record<string, number | null> = {};
  for (const id of metricIds) metrics[id] = i % 5 === 4 ? null : Math.round(rand(i + id.length) * (id === 'contractValue' ? 250_000 : 100));
  return {
    userId: `u-${i + 1}`,
    name: memberName(i),
    accounts,
    covered,
    notCovered: accounts - covered,
    overdueAccounts: Math.floor(rand(i + 200) * 3),
    coverage: compared(accounts ? covered / accounts : 0, rand(i + 300)),
    activityVolume: compared(volume, Math.round(rand(i + 400) * 40 * scale)),
    volumeByFlow,
    averageActiveDays: compared(Math.round(rand(i + 500) * days * 10) / 10, Math.round(rand(i + 600) * days * 10) / 10),
    averageActiveUsers: compared(Math.round(rand(i + 700) * 300) / 10, Math.round(rand(i + 800) * 300) / 10),
    health: { now, atStart, change: minus(now, atStart) },
    metrics,
  };
}

function sum(rows: MemberRow[], pick: (row: MemberRow) => number): number {
  return rows.reduce((total, row) => total + pick(row), 0);
}

function mean(rows: MemberRow[], pick: (row: MemberRow) => number): number {
  return rows.length ? Math.round((sum(rows, pick) / rows.length) * 10) / 10 : 0;
}

/**
 * A `GET /v1/team-spotlight` answer for a query.
 *
 * @example
 * ```ts
 * const data = mockTeamSpotlight({ role: 'CSM', period: '30', memberCount: 500 });
 * ```
 */
export function mockTeamSpotlight(q: SpotlightFixtureQuery = {}): TeamSpotlight {
  const role = q.role || 'CSM';
  const days = Number(q.period ?? 30);
  const metricIds = (q.metrics ?? '').split(',').filter(Boolean);
  const count = role === 'CSM' ? (q.memberCount ?? 12) : role === 'Onboarding Manager' ? 3 : 0;
  let members = Array.from({ length: count }, (_, i) => memberRow(role === 'CSM' ? i : i + 40, q, metricIds));
  if (q.team === 't-east') members = members.filter((_, i) => i % 2 === 0);
  if (q.team === 't-west') members = members.filter((_, i) => i % 2 === 1);
  const accounts = sum(members, (m) => m.accounts);
  const covered = sum(members, (m) => m.covered);
  const volumeByFlow: Record<string, number> = {};
  for (const m of members) for (const [flow, n] of Object.entries(m.volumeByFlow)) volumeByFlow[flow] = (volumeByFlow[flow] ?? 0) + n;
  const now = { poor: sum(members, (m) => m.health.now.poor), average: sum(members, (m) => m.health.now.average), good: sum(members, (m) => m.health.now.good), none: sum(members, (m) => m.health.now.none) };
  const atStart = { poor: sum(members, (m) => m.health.atStart.poor), average: sum(members, (m) => m.health.atStart.average), good: sum(members, (m) => m.health.atStart.good), none: sum(members, (m) => m.health.atStart.none) };
  const asOf = '2026-03-01T00:00:00.000Z';
  const back = (n: number) => new Date(Date.parse(asOf) - n * 86_400_000).toISOString();
  return {
    role,
    asOf,
    period: { from: back(days), to: asOf, days },
    previousPeriod: { from: back(2 * days), to: back(days), days },
    filters: { team: q.team || null, manager: null, accountType: q.accountType || null, flow: q.flow || null, excludeInactive: false },
    team: {
      accounts,
      covered,
      notCovered: accounts - covered,
      overdueAccounts: sum(members, (m) => m.overdueAccounts),
      coverage: compared(accounts ? covered / accounts : 0, members.length ? 0.55 : 0),
      activityVolume: compared(sum(members, (m) => m.activityVolume.value), sum(members, (m) => m.activityVolume.previous)),
      volumeByFlow,
      averageActiveDays: compared(mean(members, (m) => m.averageActiveDays.value), mean(members, (m) => m.averageActiveDays.previous)),
      averageActiveUsers: compared(mean(members, (m) => m.averageActiveUsers.value), mean(members, (m) => m.averageActiveUsers.previous)),
      health: { now, atStart, change: minus(now, atStart) },
    },
    members,
    metrics: metricIds.map((id) => ({
      id,
      label: metricLabels[id] ?? id.replace(/:(sum|avg)$/, ' ($1)'),
      attributeKey: id.split(':')[0] ?? id,
      aggregate: id.endsWith(':avg') || id === 'licenseUtilization' ? ('avg' as const) : ('sum' as const),
    })),
    warnings: role === 'CSM' && members.length ? [{ code: 'unassigned-accounts', message: '4 accounts have no CSM assigned.', count: 4 }] : [],
    options: {
      roles: ['CSM', 'Onboarding Manager', 'Account Executive'],
      teams: [{ id: 't-east', name: 'East' }, { id: 't-west', name: 'West' }],
      managers: [],
      accountTypes: [{ id: 'product', name: 'Product' }, { id: 'region', name: 'Region' }],
      flows,
    },
  };
}

/** The query of the drill-down builder. */
export interface DrilldownFixtureQuery {
  filter?: string | null;
  sort?: string | null;
  order?: string | null;
  page?: string | number | null;
  pageSize?: string | number | null;
}

const drilldownTotals: Record<string, number> = { covered: 23, 'not-covered': 7, overdue: 0 };

/**
 * A `GET /v1/team-spotlight/members/:userId/accounts` answer: 23 covered, 7 not covered and no
 * account with overdue tasks, sorted and paged like the real route.
 */
export function mockDrilldown(userId: string, q: DrilldownFixtureQuery = {}): MemberDrilldown {
  const filter = (q.filter ?? 'covered') as MemberDrilldown['filter'];
  const sort = (q.sort ?? 'healthScore') as MemberDrilldown['sort'];
  const order = q.order === 'asc' ? 'asc' : 'desc';
  const page = Number(q.page ?? 1);
  const pageSize = Number(q.pageSize ?? 10);
  const total = drilldownTotals[filter] ?? 0;
  const all: DrilldownAccount[] = Array.from({ length: total }, (_, i) => {
    const score = i % 6 === 5 ? null : Math.round(rand(i + filter.length * 31) * 100);
    return {
      accountId: `${filter}-${i + 1}`,
      name: `${filter === 'covered' ? 'Covered' : 'Quiet'} Account ${String(i + 1).padStart(2, '0')}`,
      typeId: 'product',
      healthScore: score,
      healthBand: score === null ? null : score < 40 ? 'poor' : score < 70 ? 'average' : 'good',
      activityVolume: filter === 'not-covered' ? 0 : Math.round(rand(i + 900) * 30),
      lastActivityAt: filter === 'not-covered' ? null : '2026-02-20T10:00:00.000Z',
      overdueTasks: 0,
    };
  });
  const key = sort === 'activityVolume' ? 'activityVolume' : sort === 'name' ? 'name' : 'healthScore';
  all.sort((a, b) => {
    const x = a[key] ?? -1;
    const y = b[key] ?? -1;
    const c = x < y ? -1 : x > y ? 1 : a.name.localeCompare(b.name);
    return order === 'asc' ? c : -c;
  });
  return { userId, filter, sort, order, page, pageSize, total, items: all.slice((page - 1) * pageSize, page * pageSize) };
}
