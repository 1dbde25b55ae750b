/**
 * Small, valid datasets for the HTTP tests: two tenants (`alpha`, `beta`) with the same shape
 * and some *shared ids* (`acc-root`, `u-csm`) but names marked with the tenant (`ALPHA…`,
 * `BETA…`), so a leak across tenants shows up as the other marker in a response.
 */
import type { Dataset, DatasetInput } from '@successkit/core';
import { datasetSchema } from '@successkit/core';

/** The fixed clock of the tests. */
export const testNow = new Date('2026-03-02T12:00:00Z');

const day = (offset: number) => new Date(testNow.getTime() + offset * 86_400_000).toISOString();

/** A two-level dataset for `tenant` (marker = upper-cased tenant id in every name). */
export function testDataset(tenant: string, accounts = 6): Dataset {
  const mark = tenant.toUpperCase();
  const children = Array.from({ length: accounts - 1 }, (_, i) => `acc-${tenant}-${i + 1}`);
  const input: DatasetInput = {
    version: 1,
    tenant: { id: tenant, name: `${mark} Corp` },
    accountTypes: [
      { id: 'company', name: 'Company', parentTypeId: null },
      { id: 'product', name: 'Product', parentTypeId: 'company' },
    ],
    attributes: [
      { key: 'arr', label: 'ARR', type: 'currency', category: 'valueMetrics', rollup: 'sum', meaning: 'contractValue' },
      { key: 'licenses', label: 'Licenses', type: 'number', category: 'keyInfo', rollup: 'sum' },
      { key: 'renewalDate', label: 'Renewal date', type: 'date', category: 'keyInfo', rollup: 'latest', meaning: 'renewalDate' },
      { key: 'nps', label: 'NPS', type: 'number', category: 'health', rollup: 'avg' },
      { key: 'ownerEmail', label: 'Owner email', type: 'string', category: 'custom', pii: true },
      { key: 'discountNotes', label: 'Discount notes', type: 'string', category: 'custom', restricted: true },
    ],
    accounts: [
      {
        id: 'acc-root',
        name: `${mark} Holdings`,
        typeId: 'company',
        parentId: null,
        attributes: { arr: 1000, licenses: 10, renewalDate: '2026-09-01', nps: 30, ownerEmail: `${tenant}@example.com`, discountNotes: `${mark} secret discount` },
        lifecycle: { journey: 'Adopt' },
      },
      ...children.map((id, i) => ({
        id,
        name: `${mark} Product ${i + 1}`,
        typeId: 'product',
        parentId: 'acc-root',
        attributes: { arr: 500 + i * 100, licenses: 5 + i, renewalDate: `2026-0${(i % 8) + 2}-15`, nps: 10 * i, ownerEmail: null, discountNotes: null },
      })),
    ],
    users: [
      { id: 'u-lead', name: `${mark} Lead`, email: `lead@${tenant}.example`, seat: 'practitioner', managerId: null, teamIds: ['team-1'] },
      { id: 'u-csm', name: `${mark} Csm`, email: `csm@${tenant}.example`, seat: 'contributor', managerId: 'u-lead', teamIds: ['team-1'] },
    ],
    teams: [{ id: 'team-1', name: `${mark} Team` }],
    assignments: [
      { accountId: 'acc-root', userId: 'u-lead', role: 'CSM' },
      ...children.map((id, i) => ({ accountId: id, userId: i % 2 ? 'u-lead' : 'u-csm', role: 'CSM' })),
    ],
    touchpoints: children.slice(0, 3).map((id, i) => ({
      id: `tp-${i}`,
      accountId: id,
      userId: 'u-csm',
      flow: 'Onboarding',
      type: 'call',
      at: day(-3 - i),
      subject: `${mark} call ${i}`,
      sentiment: 'positive' as const,
    })),
    tasks: [
      { id: 'task-1', accountId: children[0]!, userId: 'u-csm', flow: 'Renewal', title: `${mark} renewal prep`, dueAt: day(-2), completedAt: null },
      { id: 'task-2', accountId: children[1] ?? children[0]!, userId: 'u-lead', flow: 'Renewal', dueAt: day(-5), completedAt: day(-4) },
    ],
    usage: children.flatMap((id, i) => [0, 1, 2].map((d) => ({ accountId: id, date: day(-d - 1).slice(0, 10), activeUsers: 3 + i }))),
    healthProfiles: [
      {
        id: 'hp-product',
        accountTypeId: 'product',
        bands: { poor: 40, good: 70 },
        dimensions: [
          {
            key: 'adoption',
            label: 'Adoption',
            weight: 2,
            measures: [{ key: 'users', label: 'Active users', weight: 1, source: { type: 'usage', metric: 'activeUsers', days: 30 }, rule: { type: 'range', min: 0, max: 10 } }],
          },
          {
            key: 'sentiment',
            label: 'Sentiment',
            weight: 1,
            measures: [{ key: 'nps', label: 'NPS', weight: 1, source: { type: 'attribute', key: 'nps' }, rule: { type: 'threshold', poor: 0, good: 30 } }],
          },
        ],
      },
    ],
    attributeHistory: [{ accountId: 'acc-root', key: 'arr', at: day(-10), old: 900, new: 1000 }],
  };
  return datasetSchema.parse(input) as Dataset;
}
