import { describe, expect, it } from 'vitest';
import { memberDrilldownSchema } from '../api/spotlight-api.ts';
import { asOf, handBuiltHealth, handBuiltModel } from './__fixtures__/hand-built.ts';
import { memberDrilldown, type DrilldownQuery } from './member-drilldown.ts';
import { spotlightQueryFromParams, type SpotlightParams } from './spotlight-query.ts';
import { SpotlightQueryError } from './spotlight-query-error.ts';

const index = handBuiltModel();
const drill = (userId: string, extra: Omit<DrilldownQuery, keyof ReturnType<typeof spotlightQueryFromParams>> = {}, params: SpotlightParams = {}) =>
  memberDrilldown(index, userId, { ...spotlightQueryFromParams({ period: 7, asOf, ...params }, index, asOf), ...extra }, { health: handBuiltHealth });

// Alice's accounts (7 days to 2026-03-01):
//   a1 Acme: tp1 + tp2 in the period → volume 2; last activity tp2 02-28T23:59:59; k3 overdue → 1; good 80
//   a2 Beta: k1 done 02-24T08:00 → volume 1; tp3 at asOf is not before asOf, so last = k1; k6 due at asOf → 0; poor 20
const acme = { accountId: 'a1', name: 'Acme', typeId: 'company', healthScore: 80, healthBand: 'good', activityVolume: 2, lastActivityAt: '2026-02-28T23:59:59.000Z', overdueTasks: 1 };
const beta = { accountId: 'a2', name: 'Beta', typeId: 'company', healthScore: 20, healthBand: 'poor', activityVolume: 1, lastActivityAt: '2026-02-24T08:00:00.000Z', overdueTasks: 0 };
// Bob's a3 Gamma: tp6 by Alice (02-23) + tp4 by Xavier (02-25T10:00) → volume 2, last 02-25T10:00 (k7 is done at asOf,
// not before); overdue k2 (never done) and k7 (done at asOf, not before it) → 2; no health
const gamma = { accountId: 'a3', name: 'Gamma', typeId: 'company', healthScore: null, healthBand: null, activityVolume: 2, lastActivityAt: '2026-02-25T10:00:00.000Z', overdueTasks: 2 };

describe('memberDrilldown', () => {
  it('lists the covered accounts of a member, by name by default', () => {
    const page = drill('m1');
    expect(memberDrilldownSchema.parse(page)).toEqual(page);
    expect(page).toEqual({ userId: 'm1', filter: 'covered', sort: 'name', order: 'asc', page: 1, pageSize: 50, total: 2, items: [acme, beta] });
  });

  it('lists not-covered accounts with their last activity before the period', () => {
    // Carol's a5: only tp7 on 02-10 → not covered; k4 due after asOf → 0 overdue; average 50
    expect(drill('m3', { filter: 'not-covered' }).items).toEqual([
      { accountId: 'a5', name: 'Epsilon', typeId: 'region', healthScore: 50, healthBand: 'average', activityVolume: 0, lastActivityAt: '2026-02-10T09:00:00.000Z', overdueTasks: 0 },
    ]);
    expect(drill('m2', { filter: 'not-covered' }).total).toBe(0);
  });

  it('lists accounts with overdue tasks, sorts by any column and pages', () => {
    expect(drill('m2', { filter: 'overdue' }).items).toEqual([acme, gamma]);
    expect(drill('m2', { filter: 'overdue', sort: 'lastActivityAt', order: 'desc' }).items.map((r) => r.accountId)).toEqual(['a1', 'a3']);
    expect(drill('m2', { filter: 'overdue', sort: 'lastActivityAt', order: 'asc' }).items.map((r) => r.accountId)).toEqual(['a3', 'a1']);
    // no health sorts last in both orders
    expect(drill('m2', { filter: 'overdue', sort: 'healthScore', order: 'desc' }).items.map((r) => r.accountId)).toEqual(['a1', 'a3']);
    expect(drill('m2', { filter: 'overdue', sort: 'healthBand', order: 'asc' }).items.map((r) => r.accountId)).toEqual(['a1', 'a3']);
    expect(drill('m1', { sort: 'healthScore' }).items.map((r) => r.accountId)).toEqual(['a2', 'a1']);
    expect(drill('m1', { sort: 'healthBand', order: 'desc' }).items.map((r) => r.accountId)).toEqual(['a1', 'a2']);
    expect(drill('m1', { sort: 'activityVolume' }).items.map((r) => r.accountId)).toEqual(['a2', 'a1']);
    expect(drill('m2', { filter: 'overdue', sort: 'overdueTasks', order: 'desc' }).items.map((r) => r.accountId)).toEqual(['a3', 'a1']);
    expect(drill('m1', { sort: 'overdueTasks', order: 'desc' }).items.map((r) => r.accountId)).toEqual(['a1', 'a2']);
    expect(drill('m1', { sort: 'name', order: 'desc' }).items.map((r) => r.accountId)).toEqual(['a2', 'a1']);
    const second = drill('m2', { filter: 'overdue', pageSize: 1, page: 2 });
    expect([second.total, second.items.map((r) => r.accountId)]).toEqual([2, ['a3']]);
    expect(drill('m2', { filter: 'overdue', pageSize: 1, page: 3 }).items).toEqual([]);
  });

  it('applies the account and flow filters', () => {
    // excludeInactive drops a2 (cancelled)
    expect(drill('m1', {}, { excludeInactive: 'true' }).items.map((r) => r.accountId)).toEqual(['a1']);
    // Onboarding flow: a1 has tp2 (and k3 overdue); a2 has nothing Onboarding
    const onboarding = drill('m1', { filter: 'not-covered' }, { flow: 'Onboarding' });
    expect(onboarding.items).toEqual([{ ...beta, activityVolume: 0, lastActivityAt: null }]);
  });

  it('is empty for a user without accounts in the role, and throws for an unknown user', () => {
    expect(drill('x').total).toBe(0);
    expect(() => drill('ghost')).toThrow(SpotlightQueryError);
  });
});
