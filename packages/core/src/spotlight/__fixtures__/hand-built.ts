/**
 * A small hand-built dataset for Team Spotlight tests. Every figure the tests expect is worked
 * out by hand from the rows below (see team-spotlight.test.ts).
 *
 * asOf 2026-03-01T00:00Z, period 7 days: current [02-22, 03-01), previous [02-15, 02-22).
 *
 * Users: m1 Alice (team t1, reports to boss), m2 Bob (team t2, reports to m1), m3 Carol,
 * boss Zed (no assignment), o1 Olga (Onboarding), x Xavier (logs one touchpoint, no role).
 * CSM assignments: m1 {a1, a2}, m2 {a1, a3}, m3 {a5}; a4 has no CSM.
 */
import type { HealthScore } from '../../api/account-view.ts';
import { datasetSchema, type DatasetInput } from '../../dataset/schema.ts';
import { createDatasetModel, type DatasetModel } from '../../model/dataset-model.ts';

const company = { typeId: 'company', parentId: null };

/** The raw document. */
export const handBuiltInput: DatasetInput = {
  version: 1,
  tenant: { id: 't', name: 'Tenant' },
  accountTypes: [
    { id: 'company', name: 'Company', parentTypeId: null },
    { id: 'region', name: 'Region', parentTypeId: null },
  ],
  attributes: [
    { key: 'arr', label: 'ARR', type: 'currency', category: 'valueMetrics' },
    { key: 'licenseUtilization', label: 'License utilization', type: 'percent', category: 'valueMetrics' },
    { key: 'contractStatus', label: 'Contract status', type: 'string', category: 'keyInfo' },
    { key: 'seats', label: 'Seats', type: 'number', category: 'custom' },
    { key: 'segment', label: 'Segment', type: 'string', category: 'custom' },
  ],
  accounts: [
    { id: 'a1', name: 'Acme', ...company, attributes: { arr: 1000, licenseUtilization: 0.5, contractStatus: 'active', seats: 10 } },
    { id: 'a2', name: 'Beta', ...company, attributes: { arr: 2000, licenseUtilization: 0.9, contractStatus: 'cancelled', seats: 20 } },
    { id: 'a3', name: 'Gamma', ...company, attributes: { arr: 500, licenseUtilization: null, contractStatus: 'active' } },
    { id: 'a4', name: 'Delta', ...company, attributes: { arr: 50, contractStatus: 'active' } },
    { id: 'a5', name: 'Epsilon', typeId: 'region', parentId: null, attributes: { arr: 300, licenseUtilization: 0.2, contractStatus: '' } },
  ],
  users: [
    { id: 'm1', name: 'Alice', email: 'a@x.test', seat: 'practitioner', managerId: 'boss', teamIds: ['t1'] },
    { id: 'm2', name: 'Bob', email: 'b@x.test', seat: 'practitioner', managerId: 'm1', teamIds: ['t2'] },
    { id: 'm3', name: 'Carol', email: 'c@x.test', seat: 'practitioner', managerId: null, teamIds: ['t2'] },
    { id: 'boss', name: 'Zed', email: 'z@x.test', seat: 'viewer' },
    { id: 'o1', name: 'Olga', email: 'o@x.test', seat: 'contributor' },
    { id: 'x', name: 'Xavier', email: 'x@x.test', seat: 'contributor' },
  ],
  teams: [
    { id: 't2', name: 'Team Two' },
    { id: 't1', name: 'Team One' },
  ],
  assignments: [
    { accountId: 'a1', userId: 'm1', role: 'CSM' },
    { accountId: 'a2', userId: 'm1', role: 'CSM' },
    { accountId: 'a1', userId: 'm2', role: 'CSM' },
    { accountId: 'a3', userId: 'm2', role: 'CSM' },
    { accountId: 'a5', userId: 'm3', role: 'CSM' },
    { accountId: 'a1', userId: 'o1', role: 'Onboarding' },
  ],
  touchpoints: [
    { id: 'tp1', accountId: 'a1', userId: 'm1', flow: 'Renewal', type: 'call', at: '2026-02-22T00:00:00Z' }, // first ms of current
    { id: 'tp2', accountId: 'a1', userId: 'm2', flow: 'Onboarding', type: 'email', at: '2026-02-28T23:59:59Z' }, // last second of current
    { id: 'tp3', accountId: 'a2', userId: 'm1', flow: 'Renewal', type: 'call', at: '2026-03-01T00:00:00Z' }, // = asOf: excluded
    { id: 'tp4', accountId: 'a3', userId: 'x', flow: 'Risk', type: 'call', at: '2026-02-25T10:00:00Z' }, // by a non-member
    { id: 'tp5', accountId: 'a2', userId: 'm1', flow: 'Risk', type: 'call', at: '2026-02-21T23:59:59Z' }, // previous period
    { id: 'tp6', accountId: 'a3', userId: 'm1', flow: 'Renewal', type: 'meeting', at: '2026-02-23T12:00:00Z' }, // m1 on m2's account
    { id: 'tp7', accountId: 'a5', userId: 'm3', flow: 'Risk', type: 'call', at: '2026-02-10T09:00:00Z' }, // before both periods
  ],
  tasks: [
    { id: 'k1', accountId: 'a2', userId: 'm1', flow: 'Renewal', dueAt: '2026-02-20', completedAt: '2026-02-24T08:00:00Z' }, // late, done in current
    { id: 'k2', accountId: 'a3', userId: 'm2', flow: 'Risk', dueAt: '2026-02-26', completedAt: null }, // overdue
    { id: 'k3', accountId: 'a1', userId: 'm2', flow: 'Onboarding', dueAt: '2026-02-27', completedAt: '2026-03-02T00:00:00Z' }, // overdue at asOf
    { id: 'k4', accountId: 'a5', userId: 'm3', flow: 'Risk', dueAt: '2026-03-05', completedAt: null }, // not yet due
    { id: 'k5', accountId: 'a1', userId: 'm1', flow: 'Renewal', dueAt: '2026-02-10', completedAt: '2026-02-16T00:00:00Z' }, // done in previous
    { id: 'k6', accountId: 'a2', userId: 'm1', flow: 'Renewal', dueAt: '2026-03-01T00:00:00Z', completedAt: null }, // due = asOf: not overdue
    { id: 'k7', accountId: 'a3', userId: 'm2', flow: 'Risk', dueAt: '2026-02-20', completedAt: '2026-03-01T00:00:00Z' }, // done at asOf: overdue, not in period
  ],
  usage: [
    { accountId: 'a1', date: '2026-02-21', activeUsers: 3 }, // previous
    { accountId: 'a1', date: '2026-02-22', activeUsers: 4 },
    { accountId: 'a1', date: '2026-02-23', activeUsers: 0 },
    { accountId: 'a1', date: '2026-02-28', activeUsers: 2 },
    { accountId: 'a1', date: '2026-03-01', activeUsers: 9 }, // = asOf: excluded
    { accountId: 'a2', date: '2026-02-25', activeUsers: 7 },
    { accountId: 'a4', date: '2026-02-24', activeUsers: 100 },
    { accountId: 'a5', date: '2026-02-16', activeUsers: 5 }, // previous
    { accountId: 'a5', date: '2026-02-17', activeUsers: 5 }, // previous
    // a3 has no usage rows
  ],
};

/** The model of the parsed dataset. */
export function handBuiltModel(): DatasetModel {
  return createDatasetModel(datasetSchema.parse(handBuiltInput));
}

/** The end of the current period. */
export const asOf = '2026-03-01T00:00:00.000Z';
/** The start of the current period (7 days). */
const periodStart = '2026-02-22T00:00:00.000Z';

const bandOf = (score: number): HealthScore['band'] => (score < 40 ? 'poor' : score >= 70 ? 'good' : 'average');
const score = (value: number): HealthScore => ({ profileId: 'p', score: value, band: bandOf(value), coverage: 1, dimensions: [], source: 'own' });

/**
 * Injected health: at asOf a1 good 80, a2 poor 20, a5 average 50; at the period start a1 average
 * 55, a2 poor 10, a5 average 50; a3 and a4 have none.
 */
export function handBuiltHealth(accountId: string, at: string): HealthScore | null {
  const table: Record<string, Record<string, number>> = {
    [asOf]: { a1: 80, a2: 20, a5: 50 },
    [periodStart]: { a1: 55, a2: 10, a5: 50 },
  };
  const value = table[at]?.[accountId];
  return value === undefined ? null : score(value);
}
