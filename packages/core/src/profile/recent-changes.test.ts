import { describe, expect, it } from 'vitest';
import { indexDataset } from '../dataset/dataset-index.ts';
import type { Dataset } from '../dataset/schema.ts';
import { attributeValueAt } from './attribute-at.ts';
import { lifecycleStages } from './lifecycle.ts';
import { recentChanges } from './recent-changes.ts';

const dataset: Dataset = {
  version: 1,
  tenant: { id: 't', name: 'T' },
  accountTypes: [{ id: 'p', name: 'P', parentTypeId: null }],
  attributes: [
    { key: 'arr', label: 'ARR', type: 'currency', category: 'valueMetrics' },
    { key: 'status', label: 'Status', type: 'string', category: 'keyInfo' },
  ],
  accounts: [{ id: 'a', name: 'A', typeId: 'p', parentId: null, attributes: { arr: 300, status: 'active' }, lifecycle: { journey: 'Adopt', onboarding: 'Complete' } }],
  users: [], teams: [], contacts: [], assignments: [], touchpoints: [], tasks: [], usage: [], healthProfiles: [],
  attributeHistory: [
    { accountId: 'a', key: 'arr', at: '2026-01-20T00:00:00Z', old: 200, new: 300 },
    { accountId: 'a', key: 'arr', at: '2025-10-01T00:00:00Z', old: 100, new: 150 },
    { accountId: 'a', key: 'arr', at: '2026-01-10T00:00:00Z', old: 150, new: 200 },
    { accountId: 'a', key: 'status', at: '2026-01-25T00:00:00Z', old: 'trial', new: 'active' },
  ],
};
const index = indexDataset(dataset);
const asOf = '2026-01-31T00:00:00Z';

describe('recentChanges', () => {
  it('gives each attribute changed in the window its old and new value, newest first', () => {
    expect(recentChanges({ index }, 'a', asOf, 30)).toEqual([
      { key: 'status', label: 'Status', old: 'trial', new: 'active', at: '2026-01-25T00:00:00Z', changes: 1 },
      { key: 'arr', label: 'ARR', old: 150, new: 300, at: '2026-01-20T00:00:00Z', changes: 2 },
    ]);
  });

  it('respects the window', () => {
    expect(recentChanges({ index }, 'a', asOf, 7).map((c) => c.key)).toEqual(['status']);
    expect(recentChanges({ index }, 'a', '2026-01-15T00:00:00Z', 30)).toEqual([{ key: 'arr', label: 'ARR', old: 150, new: 200, at: '2026-01-10T00:00:00Z', changes: 1 }]);
    expect(recentChanges({ index }, 'nobody', asOf)).toEqual([]);
  });
});

describe('attributeValueAt', () => {
  it('reconstructs past values from the history', () => {
    expect(attributeValueAt(index, 'a', 'arr', '2025-01-01T00:00:00Z')).toBe(100);
    expect(attributeValueAt(index, 'a', 'arr', '2025-12-01T00:00:00Z')).toBe(150);
    expect(attributeValueAt(index, 'a', 'arr', '2026-01-10T00:00:00Z')).toBe(200);
    expect(attributeValueAt(index, 'a', 'arr', asOf)).toBe(300);
    expect(attributeValueAt(index, 'a', 'missing', asOf)).toBeNull();
  });
});

describe('lifecycleStages', () => {
  it('lists one stage per lifecycle', () => {
    expect(lifecycleStages(dataset.accounts[0]!)).toEqual([
      { lifecycleId: 'journey', stage: 'Adopt' },
      { lifecycleId: 'onboarding', stage: 'Complete' },
    ]);
  });
});
