/**
 * A small hand-written dataset for the summary tests: a parent company with two product
 * children, contacts, users, activity, usage, health profiles and attribute history, at
 * `smallAsOf`. `smallDataset(patch)` lets a test change parts of it.
 */
import { datasetSchema, type Dataset, type DatasetInput } from '../../dataset/schema.ts';

export const smallAsOf = '2026-01-31T00:00:00Z';

const day = (n: number) => new Date(Date.parse(smallAsOf) - n * 86_400_000).toISOString();

function usage(accountId: string, last30: number, prev30: number) {
  return Array.from({ length: 60 }, (_, i) => ({
    accountId,
    date: day(i + 1).slice(0, 10),
    activeUsers: i < 30 ? last30 : prev30,
    events: i < 30 ? 10 : 20,
    modules: { reports: 3, dashboards: i < 30 ? 1 : 2 },
  }));
}

/** The base dataset, as written in a file. */
export function smallDatasetInput(): DatasetInput {
  return {
    version: 1,
    tenant: { id: 't1', name: 'Vendor Inc', currency: 'USD' },
    accountTypes: [
      { id: 'company', name: 'Company', parentTypeId: null },
      { id: 'product', name: 'Product', parentTypeId: 'company' },
    ],
    attributes: [
      { key: 'arr', label: 'ARR', type: 'currency', category: 'valueMetrics', rollup: 'sum', meaning: 'contractValue' },
      { key: 'renewalDate', label: 'Renewal date', type: 'date', category: 'keyInfo', rollup: 'min', meaning: 'renewalDate' },
      { key: 'licenseUtilization', label: 'License utilization', type: 'percent', category: 'valueMetrics' },
      { key: 'contractStatus', label: 'Contract status', type: 'enum', category: 'keyInfo', values: ['active', 'cancelled'] },
      { key: 'nps', label: 'NPS', type: 'number', category: 'health', rollup: 'avg' },
      { key: 'notes', label: 'Notes', type: 'string', category: 'custom' },
      { key: 'tier', label: 'Tier', type: 'enum', category: 'custom' },
      { key: 'primaryEmail', label: 'Primary email', type: 'string', category: 'keyInfo', pii: true },
      { key: 'discount', label: 'Discount', type: 'percent', category: 'valueMetrics', restricted: true },
      { key: 'crmId', label: 'CRM id', type: 'string', category: 'system' },
      { key: 'domain', label: 'Domain', type: 'string', category: 'keyInfo', meaning: 'domain' },
    ],
    accounts: [
      {
        id: 'acme', name: 'Acme Corporation', typeId: 'company', parentId: null,
        attributes: { arr: 50000, renewalDate: '2026-03-02', licenseUtilization: 81.5, contractStatus: 'active', nps: 20, notes: 'Key account', tier: 'Enterprise', primaryEmail: 'jane.doe@acme.com', discount: 12, crmId: 'CRM-1', domain: 'acme.com' },
        lifecycle: { journey: 'Adopt' },
      },
      { id: 'acme-eu', name: 'Acme Europe', typeId: 'product', parentId: 'acme', attributes: { arr: 30000, nps: -10, licenseUtilization: 40, renewalDate: '2026-04-01' } },
      { id: 'acme-us', name: 'Acme US', typeId: 'product', parentId: 'acme', attributes: { arr: 20000, nps: 50, licenseUtilization: 90, renewalDate: '2026-05-01' } },
    ],
    users: [
      { id: 'u1', name: 'Dana Fischer', email: 'dana.fischer@vendor.example', seat: 'practitioner' },
      { id: 'u2', name: 'Sam Hughes', email: 'sam.hughes@vendor.example', seat: 'contributor' },
    ],
    contacts: [
      { id: 'c1', name: 'Jane Doe', email: 'jane.doe@acme.com', phone: '+1 415 555 0132', title: 'CFO', accountIds: ['acme'], nps: 40 },
      { id: 'c2', name: 'Jürgen Weiß', email: 'j.weiss@acme-europe.de', accountIds: ['acme-eu'], nps: -20 },
    ],
    assignments: [
      { accountId: 'acme', userId: 'u1', role: 'CSM' },
      { accountId: 'acme', userId: 'u2', role: 'AE' },
    ],
    touchpoints: [
      { id: 'tp1', accountId: 'acme', userId: 'u1', flow: 'renewal', type: 'call', at: day(3), subject: 'Renewal call with Jane Doe', sentiment: 'positive' },
      { id: 'tp2', accountId: 'acme-eu', userId: 'u1', flow: 'support', type: 'email', at: day(10), subject: 'Escalation from Jürgen Weiß', sentiment: 'negative' },
      { id: 'tp3', accountId: 'acme', userId: 'u2', flow: 'renewal', type: 'meeting', at: day(45), sentiment: 'neutral' },
      { id: 'tp4', accountId: 'acme', userId: 'u2', flow: 'onboarding', type: 'call', at: day(120), subject: 'Too old to count' },
    ],
    tasks: [
      { id: 'k1', accountId: 'acme', userId: 'u1', flow: 'renewal', title: 'Send renewal quote to Jane Doe', dueAt: day(5), completedAt: null },
      { id: 'k2', accountId: 'acme', userId: 'u1', flow: 'renewal', title: 'Prepare QBR', dueAt: day(-10), completedAt: null },
      { id: 'k3', accountId: 'acme-eu', userId: 'u2', flow: 'support', title: 'Fix SSO', dueAt: day(20), completedAt: day(15) },
    ],
    usage: [...usage('acme-eu', 10, 20), ...usage('acme-us', 30, 30)],
    healthProfiles: [
      {
        id: 'hp-product', accountTypeId: 'product', bands: { poor: 40, good: 70 },
        dimensions: [
          { key: 'sentiment', label: 'Sentiment', weight: 1, measures: [{ key: 'nps', label: 'NPS', weight: 1, source: { type: 'attribute', key: 'nps' }, rule: { type: 'threshold', poor: 0, good: 30 } }] },
          { key: 'adoption', label: 'Adoption', weight: 1, measures: [{ key: 'util', label: 'Utilization', weight: 1, source: { type: 'attribute', key: 'licenseUtilization' }, rule: { type: 'range', min: 20, max: 90 } }] },
        ],
      },
      {
        id: 'hp-company', accountTypeId: 'company', bands: { poor: 40, good: 70 },
        dimensions: [{ key: 'sentiment', label: 'Sentiment', weight: 1, measures: [{ key: 'nps', label: 'NPS', weight: 1, source: { type: 'attribute', key: 'nps' }, rule: { type: 'threshold', poor: 0, good: 30 } }] }],
      },
    ],
    attributeHistory: [
      { accountId: 'acme', key: 'arr', at: day(12), old: 45000, new: 50000 },
      { accountId: 'acme', key: 'discount', at: day(12), old: 10, new: 12 },
      { accountId: 'acme', key: 'primaryEmail', at: day(8), old: 'old.contact@acme.com', new: 'jane.doe@acme.com' },
    ],
  };
}

/** The parsed base dataset, optionally changed by `patch`. */
export function smallDataset(patch: (input: DatasetInput) => void = () => {}): Dataset {
  const input = smallDatasetInput();
  patch(input);
  return datasetSchema.parse(input);
}
