/**
 * Builds one tenant's `TenantData` from a parsed dataset: the index, the hierarchy and the
 * rollups, computed once when the data is loaded so every request reads precomputed values (the
 * health inputs too: the first profile view would otherwise prepare them for every account).
 */
import { buildHierarchy, createRollups, indexDataset, MemoryDataSource, prepareHealth, type Dataset } from '@successkit/core';
import type { TenantData } from './tenant-data.ts';

/** Indexes a dataset and computes its hierarchy and rollups. */
export function tenantDataFromDataset(dataset: Dataset, loadedAt: Date = new Date()): TenantData {
  const index = indexDataset(dataset);
  const hierarchy = buildHierarchy(index);
  const rollups = createRollups(index, hierarchy);
  prepareHealth(index);
  return {
    tenantId: dataset.tenant.id,
    source: new MemoryDataSource(dataset, index),
    index,
    hierarchy,
    rollups,
    loadedAt: loadedAt.toISOString(),
  };
}
