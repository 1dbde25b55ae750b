/**
 * A small version-2 dataset for the profile views, every figure countable by hand: Acme
 * (company) → EMEA (region) → Acme Analytics and Acme Workflow (products), plus Zürich Bank.
 * `asOf` is 2026-02-01T00:00:00Z. Ana (u-ana) is the CSM of Acme Analytics, Ben (u-ben) the AE of
 * Acme and of Zürich Bank; `discount` (keyInfo) and `notes` (custom) are restricted.
 */
import { parseDataset } from '../../dataset/parse-dataset.ts';
import type { Dataset, DatasetInput } from '../../dataset/schema.ts';

/** The time every view is computed for. */
export const profileAsOf = '2026-02-01T00:00:00Z';

/** The dataset as written in a file. */
function profileDatasetInput(): DatasetInput {
  return {
    version: 2,
    tenant: { id: 't-profile', name: 'Profile Tenant' },
    accountTypes: [
      { id: 'company', name: 'Company', parentTypeId: null },
      { id: 'region', name: 'Region', parentTypeId: 'company' },
      { id: 'product', name: 'Product', parentTypeId: 'region' },
    ],
    attributes: [
      { key: 'arr', label: 'ARR', type: 'currency', category: 'valueMetrics', rollup: 'sum' },
      { key: 'renewalDate', label: 'Renewal date', type: 'date', category: 'keyInfo', rollup: 'latest' },
      { key: 'tier', label: 'Tier', type: 'enum', category: 'keyInfo', values: ['Gold', 'Silver'], editable: true },
      { key: 'discount', label: 'Discount', type: 'percent', category: 'keyInfo', restricted: true, rollup: 'max' },
      { key: 'notes', label: 'Notes', type: 'string', category: 'custom', restricted: true, editable: true },
      { key: 'csat', label: 'CSAT', type: 'number', category: 'health' },
    ],
    accounts: [
      { id: 'acme', name: 'Acme', typeId: 'company', parentId: null, attributes: { tier: 'Gold', discount: 12, notes: 'Exec sponsor changed' } },
      { id: 'emea', name: 'Acme EMEA', typeId: 'region', parentId: 'acme', attributes: {} },
      { id: 'p-analytics', name: 'Acme Analytics', typeId: 'product', parentId: 'emea', attributes: { arr: 1000, renewalDate: '2026-03-01', discount: 5, csat: 80 } },
      { id: 'p-workflow', name: 'Acme Workflow', typeId: 'product', parentId: 'emea', attributes: { arr: 500, renewalDate: '2026-09-01', csat: 30 } },
      { id: 'zbank', name: 'Zürich Bank', typeId: 'company', parentId: null, attributes: { tier: 'Silver', discount: 20 } },
    ],
    users: [
      { id: 'u-ana', name: 'Ana Costa', email: 'ana@vendor.test', seat: 'practitioner', managerId: 'u-mia', teamIds: ['t-cs'] },
      { id: 'u-ben', name: 'Ben Okafor', email: 'ben@vendor.test', seat: 'contributor', managerId: 'u-mia', teamIds: ['t-sales'] },
      { id: 'u-mia', name: 'Mia Weber', email: 'mia@vendor.test', seat: 'practitioner', managerId: null },
    ],
    teams: [{ id: 't-cs', name: 'Customer Success' }, { id: 't-sales', name: 'Sales' }],
    contacts: [
      { id: 'c-1', name: 'Zoe Young', email: 'zoe@acme.test', title: 'CTO', accountIds: ['acme', 'p-analytics'], nps: 90 },
      { id: 'c-2', name: 'Hiro Tanaka', accountIds: ['acme'], nps: -30 },
      { id: 'c-3', name: 'Ines Rossi', accountIds: ['acme'] },
      { id: 'c-4', name: 'Uma Patel', accountIds: ['acme'], nps: 100 },
    ],
    assignments: [
      { accountId: 'p-analytics', userId: 'u-ana', role: 'CSM' },
      { accountId: 'acme', userId: 'u-ben', role: 'AE' },
      { accountId: 'acme', userId: 'u-ana', role: 'CSM' },
      { accountId: 'zbank', userId: 'u-ben', role: 'AE' },
      { accountId: 'p-workflow', userId: 'u-ben', role: 'AE' },
    ],
    touchpoints: [
      { id: 'tp-1', accountId: 'acme', userId: 'u-ana', flow: 'renewal', type: 'call', at: '2026-01-20T10:00:00Z', subject: 'Renewal call', sentiment: 'positive' },
      { id: 'tp-2', accountId: 'acme', userId: 'u-ben', flow: 'expansion', type: 'email', at: '2025-11-02T10:00:00Z' },
      { id: 'tp-3', accountId: 'acme', userId: 'u-ana', flow: 'renewal', type: 'meeting', at: '2026-03-01T10:00:00Z', subject: 'Future (after asOf)' },
      { id: 'tp-4', accountId: 'p-analytics', userId: 'u-ana', flow: 'adoption', type: 'call', at: '2025-12-01T10:00:00Z' },
    ],
    tasks: [
      { id: 'task-1', accountId: 'acme', userId: 'u-ana', flow: 'renewal', title: 'Send quote', dueAt: '2026-01-25T00:00:00Z', completedAt: null },
      { id: 'task-2', accountId: 'acme', userId: 'u-ben', flow: 'expansion', title: 'Demo', dueAt: '2026-02-10T00:00:00Z', completedAt: null },
      { id: 'task-3', accountId: 'acme', userId: 'u-ana', flow: 'renewal', dueAt: '2026-01-10T00:00:00Z', completedAt: '2026-01-12T09:00:00Z' },
      { id: 'task-4', accountId: 'acme', userId: 'u-ana', flow: 'renewal', title: 'Done later', dueAt: '2026-01-05T00:00:00Z', completedAt: '2026-02-05T00:00:00Z' },
      { id: 'task-5', accountId: 'p-workflow', userId: 'u-ben', flow: 'adoption', dueAt: '2026-01-30T00:00:00Z', completedAt: null },
    ],
    usage: [
      // Monday 2026-01-26 … Sunday 2026-02-01; Analytics on three days, Workflow on one.
      { accountId: 'p-analytics', date: '2026-01-26', activeUsers: 4, events: 40, modules: { reports: 30, dashboards: 10 }, users: { 'eu-1': 25, 'eu-2': 15 } },
      { accountId: 'p-analytics', date: '2026-01-27', activeUsers: 2, events: 10, modules: { reports: 10 }, users: { 'eu-2': 10 } },
      { accountId: 'p-analytics', date: '2026-01-31', activeUsers: 0, events: 0 },
      { accountId: 'p-analytics', date: '2026-02-02', activeUsers: 9, events: 90 },
      { accountId: 'p-workflow', date: '2026-01-27', activeUsers: 3, events: 12, modules: { dashboards: 12 }, users: { 'eu-3': 12 } },
    ],
    attributeHistory: [
      { accountId: 'acme', key: 'tier', at: '2026-01-15T08:00:00Z', old: 'Silver', new: 'Gold', actor: { kind: 'user', id: 'u-ana' } },
      { accountId: 'acme', key: 'discount', at: '2026-01-16T08:00:00Z', old: 10, new: 12, actor: { kind: 'service', id: 'crm-sync' } },
      { accountId: 'acme', key: 'notes', at: '2025-10-01T08:00:00Z', old: null, new: 'Exec sponsor changed' },
    ],
    tickets: [
      { id: 'tk-1', accountId: 'acme', subject: 'SSO broken', priority: 'high', status: 'open', openedAt: '2026-01-20T00:00:00Z' },
      { id: 'tk-2', accountId: 'acme', priority: 'urgent', status: 'pending', openedAt: '2026-01-28T00:00:00Z' },
      { id: 'tk-3', accountId: 'acme', subject: 'Invoice', priority: 'low', status: 'solved', openedAt: '2026-01-01T00:00:00Z', solvedAt: '2026-01-03T00:00:00Z' },
      { id: 'tk-4', accountId: 'acme', subject: 'Export', priority: 'normal', status: 'solved', openedAt: '2026-01-02T00:00:00Z', solvedAt: '2026-01-10T00:00:00Z' },
      { id: 'tk-5', accountId: 'acme', subject: 'Slow', priority: 'high', status: 'open', openedAt: '2026-01-05T00:00:00Z' },
    ],
    assets: [
      { id: 'as-1', accountId: 'acme', name: 'MSA.pdf', url: 'https://docs.vendor.test/msa.pdf', kind: 'document', addedBy: 'u-ana', addedAt: '2025-06-01' },
      { id: 'as-2', accountId: 'acme', name: 'CRM record', url: 'https://crm.vendor.test/acme', addedBy: 'Salesforce sync', addedAt: '2026-01-01' },
      { id: 'as-3', accountId: 'acme', name: 'Wiki', url: 'https://wiki.vendor.test/acme', addedAt: '2025-12-01' },
    ],
    collections: [
      { id: 'opp-2', accountId: 'acme', collection: 'opportunities', name: 'Upsell', fields: { amount: 5000, stage: 'Proposal' } },
      { id: 'opp-1', accountId: 'acme', collection: 'opportunities', name: 'Renewal', fields: { amount: 12000, closeDate: '2026-03-01' } },
      { id: 'sub-1', accountId: 'acme', collection: 'contracts', name: 'Enterprise plan', fields: { seats: 40 } },
    ],
    endUsers: [
      { id: 'eu-1', accountId: 'p-analytics', name: 'Lea Fischer', email: 'lea@acme.test', lastSeenAt: '2026-01-26T12:00:00Z' },
      { id: 'eu-2', accountId: 'p-analytics', name: 'Sam Silva' },
      { id: 'eu-3', accountId: 'p-workflow', email: 'ops@acme.test' },
    ],
    healthProfiles: [
      {
        id: 'hp-product', accountTypeId: 'product', bands: { poor: 40, good: 70 },
        dimensions: [{ key: 'sat', label: 'Satisfaction', weight: 1, measures: [{ key: 'csat', label: 'CSAT', weight: 1, source: { type: 'attribute', key: 'csat' }, rule: { type: 'range', min: 0, max: 100 } }] }],
      },
    ],
  };
}

/** The parsed dataset. */
export function profileDataset(): Dataset {
  return parseDataset(profileDatasetInput());
}
