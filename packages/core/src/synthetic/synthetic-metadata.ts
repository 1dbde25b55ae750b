/**
 * The fixed part of a synthetic dataset: account types (company ← region ← line of business ←
 * product), attribute definitions covering every category (some `pii`, some `restricted`, some
 * `editable` by users, every rollup function), and one health profile per account type.
 */
import type { AccountType, AttributeDefinition, HealthProfile } from '../dataset/schema.ts';

/** Company ← region ← line of business ← product. */
export const syntheticAccountTypes: AccountType[] = [
  { id: 'company', name: 'Ultimate parent', parentTypeId: null },
  { id: 'region', name: 'Region', parentTypeId: 'company' },
  { id: 'lineOfBusiness', name: 'Line of business', parentTypeId: 'region' },
  { id: 'product', name: 'Product', parentTypeId: 'lineOfBusiness' },
];

/** Values of the `contractStatus` enum (the empty string is "no status"). */
const contractStatuses = ['active', 'trial', 'cancelled', ''];

/** Every attribute of a synthetic dataset. */
export const syntheticAttributes: AttributeDefinition[] = [
  { key: 'arr', label: 'ARR', type: 'currency', category: 'valueMetrics', rollup: 'sum', meaning: 'contractValue' },
  { key: 'seats', label: 'Seats', type: 'number', category: 'valueMetrics', rollup: 'sum' },
  { key: 'licenseUtilization', label: 'License utilization', type: 'percent', category: 'valueMetrics', rollup: { fn: 'weightedAvg', weightKey: 'seats' }, meaning: 'licenseUtilization' },
  { key: 'peakActiveUsers', label: 'Peak active users', type: 'number', category: 'valueMetrics', rollup: 'max' },
  { key: 'discountRate', label: 'Discount rate', type: 'percent', category: 'valueMetrics', restricted: true },
  { key: 'renewalDate', label: 'Renewal date', type: 'date', category: 'keyInfo', rollup: 'latest', meaning: 'renewalDate' },
  { key: 'customerSince', label: 'Customer since', type: 'date', category: 'keyInfo', rollup: 'min' },
  { key: 'contractStatus', label: 'Contract status', type: 'enum', category: 'keyInfo', values: contractStatuses, meaning: 'contractStatus' },
  { key: 'industry', label: 'Industry', type: 'enum', category: 'keyInfo', rollup: 'countDistinct' },
  { key: 'domain', label: 'Domain', type: 'string', category: 'keyInfo', meaning: 'domain' },
  { key: 'primaryContactEmail', label: 'Primary contact email', type: 'string', category: 'keyInfo', pii: true },
  { key: 'primaryContactPhone', label: 'Primary contact phone', type: 'string', category: 'keyInfo', pii: true },
  { key: 'nps', label: 'NPS', type: 'number', category: 'health', rollup: 'avg' },
  { key: 'supportTickets', label: 'Open support tickets', type: 'number', category: 'health', rollup: 'sum' },
  { key: 'escalationReason', label: 'Open escalation', type: 'string', category: 'health', rollup: 'count', editable: true },
  { key: 'hasExecutiveSponsor', label: 'Executive sponsor', type: 'boolean', category: 'health', editable: true },
  { key: 'tier', label: 'Tier', type: 'enum', category: 'custom', values: ['Enterprise', 'Mid-Market', 'SMB'], editable: true },
  { key: 'internalNotes', label: 'Internal notes', type: 'string', category: 'custom', restricted: true, editable: true },
  { key: 'crmId', label: 'CRM id', type: 'string', category: 'system' },
  { key: 'lastSyncedAt', label: 'Last synced', type: 'date', category: 'system' },
];

const sentiment = (weight: number) => ({
  key: 'sentiment',
  label: 'Sentiment',
  weight,
  measures: [{ key: 'nps', label: 'NPS', weight: 1, source: { type: 'attribute' as const, key: 'nps' }, rule: { type: 'threshold' as const, poor: 0, good: 30 } }],
});
const relationship = (weight: number) => ({
  key: 'relationship',
  label: 'Relationship',
  weight,
  measures: [{ key: 'sponsor', label: 'Executive sponsor', weight: 1, source: { type: 'attribute' as const, key: 'hasExecutiveSponsor' }, rule: { type: 'boolean' as const, good: true } }],
});
const bands = { poor: 40, good: 70 };

/** One health profile per account type. */
export const syntheticHealthProfiles: HealthProfile[] = [
  {
    id: 'hp-product',
    accountTypeId: 'product',
    bands,
    dimensions: [
      {
        key: 'usage',
        label: 'Usage',
        weight: 40,
        measures: [
          { key: 'activeUsers', label: 'Active users (30 days)', weight: 2, source: { type: 'usage', metric: 'activeUsers', days: 30 }, rule: { type: 'range', min: 0, max: 40 } },
          { key: 'activeDays', label: 'Active days (30 days)', weight: 1, source: { type: 'usage', metric: 'activeDays', days: 30 }, rule: { type: 'threshold', poor: 8, good: 18 } },
        ],
      },
      {
        key: 'adoption',
        label: 'Adoption',
        weight: 30,
        measures: [{ key: 'licenseUtilization', label: 'License utilization', weight: 1, source: { type: 'attribute', key: 'licenseUtilization' }, rule: { type: 'range', min: 20, max: 90 } }],
      },
      {
        key: 'support',
        label: 'Support',
        weight: 15,
        measures: [{ key: 'supportTickets', label: 'Open tickets', weight: 1, source: { type: 'attribute', key: 'supportTickets' }, rule: { type: 'threshold', poor: 10, good: 3 } }],
      },
      sentiment(15),
    ],
  },
  { id: 'hp-line-of-business', accountTypeId: 'lineOfBusiness', bands, parentHealth: 'childrenByCount', dimensions: [relationship(1)] },
  { id: 'hp-region', accountTypeId: 'region', bands, parentHealth: 'childrenByValue', dimensions: [relationship(1)] },
  { id: 'hp-company', accountTypeId: 'company', bands, parentHealth: 'childrenByValue', dimensions: [sentiment(60), relationship(40)] },
];
