import { describe, expect, it } from 'vitest';
import { datasetSchema } from './schema.ts';

const minimal = {
  version: 1,
  tenant: { id: 't1', name: 'Tenant' },
  accountTypes: [{ id: 'company', name: 'Company', parentTypeId: null }],
  attributes: [{ key: 'arr', label: 'ARR', type: 'currency', category: 'valueMetrics', rollup: 'sum' }],
  accounts: [{ id: 'a1', name: 'Acme', typeId: 'company', parentId: null, attributes: { arr: 100 } }],
};

describe('datasetSchema', () => {
  it('accepts a minimal dataset and defaults the optional lists to empty', () => {
    const parsed = datasetSchema.parse(minimal);
    expect(parsed.touchpoints).toEqual([]);
    expect(parsed.accounts[0]?.attributes.arr).toBe(100);
  });

  it('rejects an unknown key and names its path', () => {
    const result = datasetSchema.safeParse({ ...minimal, accounts: [{ ...minimal.accounts[0], colour: 'red' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['accounts', 0]);
    expect(result.error?.issues[0]?.message).toContain('colour');
  });
});
