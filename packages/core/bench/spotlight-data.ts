/**
 * Deterministic Team Spotlight benchmark data (a tiny seeded PRNG, no dependency on the synthetic
 * generator): N accounts, M CSMs (5 % of accounts shared by two, 3 % without a CSM), `events`
 * touchpoints and tasks (70 / 30) over the 365 days before `asOf`, and daily usage rows for
 * 365 days (90 % of accounts, 85 % of days). Built as a `Dataset` directly: schema parsing of
 * millions of rows is not what the benchmark measures.
 */
import type { Dataset, Task, Touchpoint, UsageRow } from '../src/dataset/schema.ts';

/** mulberry32: a small deterministic PRNG returning [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The benchmark's `asOf`. */
export const benchAsOf = '2026-03-01T00:00:00.000Z';
const asOfMs = Date.parse(benchAsOf);
const dayMs = 86_400_000;
/** Flows of the benchmark's activity. */
export const benchFlows = ['Onboarding', 'Adoption', 'Renewal', 'Risk', 'Expansion', 'Support'];

/** Builds the benchmark dataset. */
export function spotlightBenchData({ accounts = 10_000, members = 200, events = 2_000_000, seed = 42 } = {}): Dataset {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // Shared id strings (as a data source would hand them out), so the rows stay light.
  const userIds = Array.from({ length: members }, (_, i) => `csm${i}`);
  const accountIds = Array.from({ length: accounts }, (_, i) => `acc${i}`);
  const csm = (i: number) => userIds[i % members]!;
  const users: Dataset['users'] = Array.from({ length: members }, (_, i) => ({
    id: userIds[i]!, name: `CSM ${String(i).padStart(3, '0')}`, email: `csm${i}@x.test`, seat: 'practitioner' as const,
    managerId: i < 10 ? null : `csm${i % 10}`, teamIds: [`team${i % 8}`],
  }));
  const accountRows: Dataset['accounts'] = [];
  const assignments: Dataset['assignments'] = [];
  const owner: string[] = [];
  for (let i = 0; i < accounts; i++) {
    const id = accountIds[i]!;
    accountRows.push({
      id, name: `Account ${i}`, typeId: 'company', parentId: null,
      attributes: { arr: Math.round(random() * 100_000), licenseUtilization: Math.round(random() * 100) / 100, contractStatus: random() < 0.05 ? 'cancelled' : 'active' },
    });
    owner.push(csm(i));
    if (random() < 0.03) continue;
    assignments.push({ accountId: id, userId: csm(i), role: 'CSM' });
    if (random() < 0.05) assignments.push({ accountId: id, userId: csm(i + 7), role: 'CSM' });
  }
  const time = () => new Date(asOfMs - Math.floor(random() * 365 * dayMs)).toISOString();
  const touchpoints: Touchpoint[] = [];
  const tasks: Task[] = [];
  for (let k = 0; k < events; k++) {
    const a = Math.floor(random() * accounts);
    const userId = random() < 0.8 ? owner[a]! : csm(Math.floor(random() * members));
    if (k % 10 < 7) {
      touchpoints.push({ id: `tp${k}`, accountId: accountIds[a]!, userId, flow: pick(benchFlows), type: 'call', at: time() });
    } else {
      const due = time();
      const done = random() < 0.85 ? new Date(Date.parse(due) + Math.floor((random() - 0.3) * 20 * dayMs)).toISOString() : null;
      tasks.push({ id: `k${k}`, accountId: accountIds[a]!, userId, flow: pick(benchFlows), dueAt: due, completedAt: done });
    }
  }
  const days = Array.from({ length: 365 }, (_, d) => new Date(asOfMs - (365 - d) * dayMs).toISOString().slice(0, 10));
  const usage: UsageRow[] = [];
  for (let i = 0; i < accounts; i++) {
    if (random() < 0.1) continue;
    const size = 1 + Math.floor(random() * 40);
    for (const date of days) if (random() < 0.85) usage.push({ accountId: accountIds[i]!, date, activeUsers: Math.floor(random() * size) });
  }
  return {
    version: 1,
    tenant: { id: 'bench', name: 'Bench' },
    accountTypes: [{ id: 'company', name: 'Company', parentTypeId: null }],
    attributes: [
      { key: 'arr', label: 'ARR', type: 'currency', category: 'valueMetrics' },
      { key: 'licenseUtilization', label: 'License utilization', type: 'percent', category: 'valueMetrics' },
      { key: 'contractStatus', label: 'Contract status', type: 'string', category: 'keyInfo' },
    ],
    accounts: accountRows,
    users,
    teams: Array.from({ length: 8 }, (_, i) => ({ id: `team${i}`, name: `Team ${i}` })),
    contacts: [],
    assignments,
    touchpoints,
    tasks,
    usage,
    healthProfiles: [
      {
        id: 'default', accountTypeId: 'company', bands: { poor: 40, good: 70 },
        dimensions: [
          { key: 'adoption', label: 'Adoption', weight: 2, measures: [{ key: 'lu', label: 'Utilization', weight: 1, source: { type: 'attribute', key: 'licenseUtilization' }, rule: { type: 'range', min: 0, max: 1 } }] },
          { key: 'usage', label: 'Usage', weight: 1, measures: [{ key: 'au', label: 'Active users', weight: 1, source: { type: 'usage', metric: 'activeUsers', days: 30 }, rule: { type: 'threshold', poor: 3, good: 10 } }] },
        ],
      },
    ],
    attributeHistory: [],
  };
}
