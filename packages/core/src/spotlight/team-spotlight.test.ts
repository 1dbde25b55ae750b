import { describe, expect, it } from 'vitest';
import { teamSpotlightSchema, type MemberRow } from '../api/spotlight-api.ts';
import { datasetSchema } from '../dataset/schema.ts';
import { createDatasetModel } from '../model/dataset-model.ts';
import { computeAccountHealth } from '../health/account-health.ts';
import { asOf, handBuiltHealth, handBuiltModel, handBuiltInput } from './__fixtures__/hand-built.ts';
import { computeTeamSpotlight } from './team-spotlight.ts';
import { spotlightQueryFromParams, type SpotlightParams } from './spotlight-query.ts';

const index = handBuiltModel();
const run = (params: SpotlightParams = {}) =>
  computeTeamSpotlight(index, spotlightQueryFromParams({ period: 7, asOf, ...params }, index, '2030-01-01T00:00:00Z'), {
    health: handBuiltHealth,
  });
const member = (rows: MemberRow[], userId: string): MemberRow => rows.find((m) => m.userId === userId)!;
const fig = (value: number, previous: number) => ({ value, previous, change: value - previous });

describe('computeTeamSpotlight on the hand-built dataset (CSM, 7 days to 2026-03-01)', () => {
  const result = run();

  it('matches the response schema and resolves the period in UTC', () => {
    expect(teamSpotlightSchema.parse(result)).toEqual(result);
    expect(result.role).toBe('CSM');
    expect(result.period).toEqual({ from: '2026-02-22T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z', days: 7 });
    expect(result.previousPeriod).toEqual({ from: '2026-02-15T00:00:00.000Z', to: '2026-02-22T00:00:00.000Z', days: 7 });
    expect(result.members.map((m) => m.name)).toEqual(['Alice', 'Bob', 'Carol']);
  });

  it('Alice (m1: a1, a2)', () => {
    const m1 = member(result.members, 'm1');
    expect(m1.accounts).toBe(2);
    // current: a1 by tp1 (first ms) and tp2; a2 by k1 (done 02-24, late) → 2 of 2
    expect(m1.covered).toBe(2);
    expect(m1.notCovered).toBe(0);
    // previous: a1 by k5 (done 02-16), a2 by tp5 (02-21T23:59:59) → 2/2
    expect(m1.coverage).toEqual(fig(1, 1));
    // a1 has k3 (due 02-27, done 03-02 after asOf); a2's k6 is due exactly at asOf → 1
    expect(m1.overdueAccounts).toBe(1);
    // logged by m1 now: tp1, tp6 (on a3, not hers), k1 → 3 Renewal; tp3 at asOf is out. Before: tp5 Risk + k5 Renewal = 2
    expect(m1.activityVolume).toEqual(fig(3, 2));
    expect(m1.volumeByFlow).toEqual({ Onboarding: 0, Renewal: 3, Risk: 0 });
    // active days: a1 {02-22, 02-28} = 2, a2 {02-25} = 1 → 1.5; before: a1 {02-21} = 1, a2 0 → 0.5
    expect(m1.averageActiveDays).toEqual(fig(1.5, 0.5));
    // active users: a1 (4+0+2)/7 = 6/7, a2 7/7 = 1 → (6/7 + 1)/2 = 13/14; before: a1 3/7, a2 0 → 3/14
    expect(m1.averageActiveUsers.value).toBeCloseTo(13 / 14, 12);
    expect(m1.averageActiveUsers.previous).toBeCloseTo(3 / 14, 12);
    expect(m1.averageActiveUsers.change).toBeCloseTo(10 / 14, 12);
    // health now: a1 good, a2 poor; at start: a1 average, a2 poor
    expect(m1.health).toEqual({
      now: { poor: 1, average: 0, good: 1, none: 0 },
      atStart: { poor: 1, average: 1, good: 0, none: 0 },
      change: { poor: 0, average: -1, good: 1, none: 0 },
    });
    // license utilization avg(0.5, 0.9) = 0.7; contract value 1000 + 2000 = 3000
    expect(m1.metrics.licenseUtilization).toBeCloseTo(0.7, 12);
    expect(m1.metrics.contractValue).toBe(3000);
  });

  it('Bob (m2: a1 shared with Alice, a3 without usage)', () => {
    const m2 = member(result.members, 'm2');
    expect(m2.accounts).toBe(2);
    // current: a1 yes, a3 by tp4 (Xavier, a non-member) → 2/2; before: a1 (k5) only → 1/2
    expect([m2.covered, m2.notCovered]).toEqual([2, 0]);
    expect(m2.coverage).toEqual(fig(1, 0.5));
    // a1 (k3) and a3 (k2, never done)
    expect(m2.overdueAccounts).toBe(2);
    // tp2 Onboarding; k2 not done, k3 done after the period → 1; before: nothing
    expect(m2.activityVolume).toEqual(fig(1, 0));
    expect(m2.volumeByFlow).toEqual({ Onboarding: 1, Renewal: 0, Risk: 0 });
    // a1 2 days, a3 (no usage rows) 0 → 1; before: a1 1, a3 0 → 0.5
    expect(m2.averageActiveDays).toEqual(fig(1, 0.5));
    // (6/7 + 0)/2 = 3/7; before (3/7 + 0)/2 = 3/14
    expect(m2.averageActiveUsers.value).toBeCloseTo(3 / 7, 12);
    expect(m2.averageActiveUsers.previous).toBeCloseTo(3 / 14, 12);
    // a1 good now / average at start; a3 no health
    expect(m2.health.now).toEqual({ poor: 0, average: 0, good: 1, none: 1 });
    expect(m2.health.atStart).toEqual({ poor: 0, average: 1, good: 0, none: 1 });
    // a3 has no utilization → avg over a1 only = 0.5; 1000 + 500 = 1500
    expect(m2.metrics).toEqual({ licenseUtilization: 0.5, contractValue: 1500 });
  });

  it('Carol (m3: a5, activity only before both periods)', () => {
    const m3 = member(result.members, 'm3');
    expect([m3.accounts, m3.covered, m3.notCovered, m3.overdueAccounts]).toEqual([1, 0, 1, 0]);
    expect(m3.coverage).toEqual(fig(0, 0));
    expect(m3.activityVolume).toEqual(fig(0, 0));
    // before: 02-16 and 02-17 with 5 users → 2 days, 10/7 users
    expect(m3.averageActiveDays).toEqual(fig(0, 2));
    expect(m3.averageActiveUsers.previous).toBeCloseTo(10 / 7, 12);
    expect(m3.health.change).toEqual({ poor: 0, average: 0, good: 0, none: 0 });
    expect(m3.metrics).toEqual({ licenseUtilization: 0.2, contractValue: 300 });
  });

  it('the team row counts a1 once and sums the members’ volume', () => {
    const { team } = result;
    // distinct accounts a1, a2, a3, a5
    expect(team.accounts).toBe(4);
    // now a1, a2, a3 covered → 3/4; before a1, a2 → 2/4
    expect([team.covered, team.notCovered]).toEqual([3, 1]);
    expect(team.coverage).toEqual(fig(0.75, 0.5));
    expect(team.overdueAccounts).toBe(2); // a1, a3
    // 3 + 1 + 0 now; 2 + 0 + 0 before
    expect(team.activityVolume).toEqual(fig(4, 2));
    expect(team.volumeByFlow).toEqual({ Onboarding: 1, Renewal: 3, Risk: 0 });
    // days (2 + 1 + 0 + 0)/4 = 0.75; before (1 + 0 + 0 + 2)/4 = 0.75
    expect(team.averageActiveDays).toEqual(fig(0.75, 0.75));
    // users (6/7 + 1 + 0 + 0)/4 = 13/28; before (3/7 + 0 + 0 + 10/7)/4 = 13/28
    expect(team.averageActiveUsers.value).toBeCloseTo(13 / 28, 12);
    expect(team.averageActiveUsers.previous).toBeCloseTo(13 / 28, 12);
    expect(team.averageActiveUsers.change).toBeCloseTo(0, 12);
    // now: a1 good, a2 poor, a3 none, a5 average; start: a1 average, a2 poor, a3 none, a5 average
    expect(team.health).toEqual({
      now: { poor: 1, average: 1, good: 1, none: 1 },
      atStart: { poor: 1, average: 2, good: 0, none: 1 },
      change: { poor: 0, average: -1, good: 1, none: 0 },
    });
  });

  it('warns about accounts with no CSM, and lists the options from the data', () => {
    expect(result.warnings).toEqual([{ code: 'accounts-without-role', message: expect.stringContaining('CSM'), count: 1 }]); // a4
    expect(result.options).toEqual({
      roles: ['CSM', 'Onboarding'],
      teams: [{ id: 't1', name: 'Team One' }, { id: 't2', name: 'Team Two' }],
      managers: [{ id: 'm1', name: 'Alice' }, { id: 'boss', name: 'Zed' }],
      accountTypes: [{ id: 'company', name: 'Company' }, { id: 'region', name: 'Region' }],
      flows: ['Onboarding', 'Renewal', 'Risk'],
    });
    expect(result.metrics.map((m) => m.id)).toEqual(['licenseUtilization', 'contractValue']);
  });
});

describe('filters', () => {
  it('team t1 keeps Alice only; the team row is hers', () => {
    const r = run({ team: 't1' });
    expect(r.filters.team).toBe('t1');
    expect(r.members.map((m) => m.userId)).toEqual(['m1']);
    expect(r.team.accounts).toBe(2);
    expect(r.team.activityVolume).toEqual(fig(3, 2));
  });

  it('manager:boss keeps everyone reporting to Zed, directly (Alice) or not (Bob)', () => {
    const r = run({ team: 'manager:boss' });
    expect(r.filters).toMatchObject({ team: null, manager: 'boss' });
    expect(r.members.map((m) => m.userId)).toEqual(['m1', 'm2']);
    // a1, a2, a3 all covered now; before a1, a2 → 2/3
    expect(r.team.accounts).toBe(3);
    expect(r.team.coverage.value).toBe(1);
    expect(r.team.coverage.previous).toBeCloseTo(2 / 3, 12);
  });

  it('accountType=company leaves Carol as a member without accounts', () => {
    const r = run({ accountType: 'company' });
    const m3 = member(r.members, 'm3');
    expect([m3.accounts, m3.covered, m3.notCovered]).toEqual([0, 0, 0]);
    expect(m3.coverage).toEqual(fig(0, 0));
    expect(m3.averageActiveDays).toEqual(fig(0, 0));
    expect(m3.metrics).toEqual({ licenseUtilization: null, contractValue: null });
    expect(m3.health.now).toEqual({ poor: 0, average: 0, good: 0, none: 0 });
    expect(r.team.accounts).toBe(3);
    expect(r.warnings[0]?.count).toBe(1); // a4 is a company without CSM
  });

  it('excludeInactive drops a2 (cancelled) and a5 (empty status), and their activity', () => {
    const r = run({ excludeInactive: 'true' });
    const m1 = member(r.members, 'm1');
    expect(m1.accounts).toBe(1);
    // tp1 (a1) and tp6 (a3) remain; k1 on a2 is left out. Before: tp5 on a2 out, k5 on a1 → 1
    expect(m1.activityVolume).toEqual(fig(2, 1));
    expect(member(r.members, 'm3').accounts).toBe(0);
    expect(r.team.accounts).toBe(2); // a1, a3
  });

  it('flow=Renewal counts only Renewal activity and Renewal overdue tasks', () => {
    const r = run({ flow: 'Renewal' });
    // a1 (tp1), a2 (k1), a3 (tp6) covered; a5 not
    expect(r.team.covered).toBe(3);
    // k3 (Onboarding) and k2 (Risk) are not Renewal → no overdue account
    expect(r.team.overdueAccounts).toBe(0);
    expect(r.team.volumeByFlow).toEqual({ Renewal: 3 });
    expect(member(r.members, 'm2').activityVolume).toEqual(fig(0, 0));
    // before: k5 (Renewal) only
    expect(r.team.activityVolume).toEqual(fig(3, 1));
  });

  it('a flow nobody used covers nothing', () => {
    const r = run({ flow: 'Expansion' });
    expect([r.team.covered, r.team.activityVolume.value]).toEqual([0, 0]);
  });
});

describe('period edge cases', () => {
  it('is UTC: an asOf with an offset is the same instant', () => {
    const r = run({ asOf: '2026-03-01T01:00:00+01:00' });
    expect(r.period.to).toBe(asOf);
    expect(r.team).toEqual(run().team);
  });

  it('a mid-day asOf: start inclusive, end exclusive, days by their UTC midnight', () => {
    // [02-22T12:00, 03-01T12:00): tp1 (02-22T00:00) moves to the previous period; day 03-01 (9 users) enters
    const r = run({ asOf: '2026-03-01T12:00:00Z' });
    const m1 = member(r.members, 'm1');
    // now: tp6, k1, tp3 (03-01T00:00) → 3; before: tp5, tp1 → 2 (k5 on 02-16 is before 02-15T12:00? no: inside)
    // previous = [02-15T12:00, 02-22T12:00): tp5, tp1, k5 (02-16) → 3
    expect(m1.activityVolume).toEqual(fig(3, 3));
    // a1 days with midnight inside: 02-23 (0), 02-28 (2), 03-01 (9) → 2 active; a2: 02-25 → 1
    expect(m1.averageActiveDays.value).toBe(1.5);
    // a1 (2 + 9)/7 = 11/7, a2 1 → (11/7 + 1)/2 = 9/7
    expect(m1.averageActiveUsers.value).toBeCloseTo(9 / 7, 12);
  });

  it('a period longer than the data counts the days without rows as 0', () => {
    const r = run({ period: 365 });
    const m1 = member(r.members, 'm1');
    // a1: 02-21 (3), 02-22 (4), 02-28 (2) → 3 days, 9/365 users; a2: 1 day, 7/365
    expect(m1.averageActiveDays).toEqual(fig(2, 0));
    expect(m1.averageActiveUsers.value).toBeCloseTo((9 / 365 + 7 / 365) / 2, 12);
    // tp1, tp5, tp6, k1, k5 → 5
    expect(m1.activityVolume).toEqual(fig(5, 0));
  });

  it('from/to give the period and asOf', () => {
    const r = run({ asOf: undefined, from: '2026-02-22', to: '2026-03-01' });
    expect(r.asOf).toBe(asOf);
    expect(r.team).toEqual(run().team);
  });
});

describe('default health', () => {
  it('scores with computeAccountHealth when no health function is injected', () => {
    const withProfile = createDatasetModel(
      datasetSchema.parse({
        ...handBuiltInput,
        healthProfiles: [
          {
            id: 'p',
            accountTypeId: 'company',
            dimensions: [{ key: 'adoption', label: 'Adoption', weight: 1, measures: [{ key: 'lu', label: 'Utilization', weight: 1, source: { type: 'attribute', key: 'licenseUtilization' }, rule: { type: 'range', min: 0, max: 1 } }] }],
            bands: { poor: 40, good: 70 },
          },
        ],
      }),
    );
    const r = computeTeamSpotlight(withProfile, spotlightQueryFromParams({ period: 7, asOf }, withProfile, asOf));
    // a1 utilization 0.5 → 50 average, a2 0.9 → 90 good; a3 (no utilization) and a5 (region, no profile) have no band
    expect(member(r.members, 'm1').health.now).toEqual({ poor: 0, average: 1, good: 1, none: 0 });
    expect(r.team.health.now).toEqual({ poor: 0, average: 1, good: 1, none: 2 });
    expect(computeAccountHealth(withProfile, 'a2', asOf)?.band).toBe('good');
  });
});
