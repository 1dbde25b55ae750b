import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type DatasetInput } from '../dataset/schema.ts';
import { createDatasetModel } from '../model/dataset-model.ts';
import { computeTeamSpotlight } from './team-spotlight.ts';
import { spotlightQueryFromParams } from './spotlight-query.ts';

const asOfMs = Date.parse('2026-03-01T00:00:00Z');
const hour = 3_600_000;
const at = (hours: number) => new Date(asOfMs + hours * hour).toISOString();
const flows = ['A', 'B', 'C'] as const;
// Hours from asOf, often right on a period boundary (asOf, −7/−14/−30/−60 days) or one hour off it.
const boundaries = [0, -7, -14, -28, -30, -60].flatMap((d) => [d * 24 - 1, d * 24, d * 24 + 1]);
const hours = fc.oneof(fc.integer({ min: -24 * 70, max: 24 * 5 }), fc.constantFrom(...boundaries));

const arbitraryCase = fc
  .record({
    accounts: fc.array(fc.record({ region: fc.boolean(), status: fc.constantFrom('active', 'cancelled', null) }), { minLength: 1, maxLength: 8 }),
    users: fc.integer({ min: 1, max: 5 }),
    assignments: fc.array(fc.record({ a: fc.nat(), u: fc.nat(), role: fc.constantFrom('CSM', 'AE') }), { maxLength: 16 }),
    touchpoints: fc.array(fc.record({ a: fc.nat(), u: fc.nat(), flow: fc.constantFrom(...flows), h: hours }), { maxLength: 30 }),
    tasks: fc.array(
      fc.record({ a: fc.nat(), u: fc.nat(), flow: fc.constantFrom(...flows), due: hours, done: fc.option(hours) }),
      { maxLength: 20 },
    ),
    usage: fc.uniqueArray(fc.record({ a: fc.nat({ max: 7 }), d: fc.integer({ min: -70, max: 3 }), users: fc.nat({ max: 5 }) }), {
      selector: (u) => `${u.a}/${u.d}`,
      maxLength: 60,
    }),
    period: fc.constantFrom(7, 14, 30),
    flow: fc.option(fc.constantFrom(...flows)),
    accountType: fc.option(fc.constantFrom('company', 'region')),
    excludeInactive: fc.boolean(),
  })
  .map((c) => {
    const n = c.accounts.length;
    const input: DatasetInput = {
      version: 1,
      tenant: { id: 't', name: 'T' },
      accountTypes: [{ id: 'company', name: 'Company', parentTypeId: null }, { id: 'region', name: 'Region', parentTypeId: null }],
      attributes: [{ key: 'contractStatus', label: 'Status', type: 'string', category: 'keyInfo' }],
      accounts: c.accounts.map((a, i) => ({ id: `a${i}`, name: `A${i}`, typeId: a.region ? 'region' : 'company', parentId: null, attributes: { contractStatus: a.status } })),
      users: Array.from({ length: c.users }, (_, i) => ({ id: `u${i}`, name: `U${i}`, email: `u${i}@x.test`, seat: 'practitioner' as const })),
      assignments: c.assignments.map((x) => ({ accountId: `a${x.a % n}`, userId: `u${x.u % c.users}`, role: x.role })),
      touchpoints: c.touchpoints.map((t, i) => ({ id: `tp${i}`, accountId: `a${t.a % n}`, userId: `u${t.u % c.users}`, flow: t.flow, type: 'call', at: at(t.h) })),
      usage: c.usage.filter((u) => u.a < n).map((u) => ({ accountId: `a${u.a}`, date: at(u.d * 24).slice(0, 10), activeUsers: u.users })),
      tasks: c.tasks.map((t, i) => ({ id: `k${i}`, accountId: `a${t.a % n}`, userId: `u${t.u % c.users}`, flow: t.flow, dueAt: at(t.due), completedAt: t.done === null ? null : at(t.done) })),
    };
    return { input, params: { period: c.period, asOf: at(0), flow: c.flow ?? undefined, accountType: c.accountType ?? undefined, excludeInactive: c.excludeInactive ? ('true' as const) : undefined } };
  });

describe('computeTeamSpotlight properties', () => {
  it('covered ≤ accounts, the flow breakdown sums to the volume, the team covers the union of the members’ accounts (and matches a naive count)', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ input, params }) => {
        const dataset = datasetSchema.parse(input);
        const index = createDatasetModel(dataset);
        const query = spotlightQueryFromParams(params, index, at(0));
        const result = computeTeamSpotlight(index, query, { health: () => null });
        const from = Date.parse(query.period.from);
        const rows = [result.team, ...result.members];
        for (const row of rows) {
          expect(row.covered).toBeLessThanOrEqual(row.accounts);
          expect(row.covered + row.notCovered).toBe(row.accounts);
          expect(Object.values(row.volumeByFlow).reduce((s, v) => s + v, 0)).toBe(row.activityVolume.value);
        }
        expect(result.members.reduce((s, m) => s + m.activityVolume.value, 0)).toBe(result.team.activityVolume.value);

        // Naive reference straight from the rows.
        const passes = (id: string) => {
          const a = dataset.accounts.find((x) => x.id === id)!;
          if (params.accountType && a.typeId !== params.accountType) return false;
          return !(params.excludeInactive && (a.attributes.contractStatus === null || a.attributes.contractStatus === 'cancelled'));
        };
        const inPeriod = (iso: string | null) => iso !== null && Date.parse(iso) >= from && Date.parse(iso) < asOfMs;
        const flowOk = (flow: string) => !params.flow || flow === params.flow;
        const union = new Set(dataset.assignments.filter((x) => x.role === query.role && passes(x.accountId)).map((x) => x.accountId));
        const covered = [...union].filter(
          (id) =>
            dataset.touchpoints.some((t) => t.accountId === id && flowOk(t.flow) && inPeriod(t.at)) ||
            dataset.tasks.some((t) => t.accountId === id && flowOk(t.flow) && inPeriod(t.completedAt)),
        ).length;
        expect(result.team.accounts).toBe(union.size);
        expect(result.team.covered).toBe(covered);
        expect(result.team.coverage.value).toBe(union.size === 0 ? 0 : covered / union.size);
        const members = new Set(dataset.assignments.filter((x) => x.role === query.role).map((x) => x.userId));
        const volume =
          dataset.touchpoints.filter((t) => members.has(t.userId) && passes(t.accountId) && flowOk(t.flow) && inPeriod(t.at)).length +
          dataset.tasks.filter((t) => members.has(t.userId) && passes(t.accountId) && flowOk(t.flow) && inPeriod(t.completedAt)).length;
        expect(result.team.activityVolume.value).toBe(volume);
        const overdue = [...union].filter((id) =>
          dataset.tasks.some((t) => t.accountId === id && flowOk(t.flow) && Date.parse(t.dueAt) < asOfMs && (t.completedAt === null || Date.parse(t.completedAt) >= asOfMs)),
        ).length;
        expect(result.team.overdueAccounts).toBe(overdue);
        const rowsIn = (id: string, start: number, end: number) =>
          dataset.usage.filter((u) => u.accountId === id && Date.parse(u.date) >= start && Date.parse(u.date) < end);
        const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length);
        const previousFrom = Date.parse(query.previousPeriod.from);
        const days = params.period;
        expect(result.team.averageActiveDays.value).toBeCloseTo(mean([...union].map((id) => rowsIn(id, from, asOfMs).filter((u) => u.activeUsers > 0).length)), 9);
        expect(result.team.averageActiveDays.previous).toBeCloseTo(mean([...union].map((id) => rowsIn(id, previousFrom, from).filter((u) => u.activeUsers > 0).length)), 9);
        expect(result.team.averageActiveUsers.value).toBeCloseTo(mean([...union].map((id) => rowsIn(id, from, asOfMs).reduce((s, u) => s + u.activeUsers, 0) / days)), 9);
        expect(result.team.averageActiveUsers.previous).toBeCloseTo(mean([...union].map((id) => rowsIn(id, previousFrom, from).reduce((s, u) => s + u.activeUsers, 0) / days)), 9);
      }),
      { numRuns: 300 },
    );
  });
});
