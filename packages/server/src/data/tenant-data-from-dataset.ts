/**
 * Builds one tenant's `TenantData` from a parsed dataset: its `DatasetModel`, built once when the
 * data is loaded so every request reads precomputed values.
 */
import { createDatasetModel, type Dataset } from '@successkit/core';
import type { TenantData } from './tenant-data.ts';

/** Builds the model of a dataset (at `dataVersion`, default 0) as tenant data. */
export function tenantDataFromDataset(dataset: Dataset, loadedAt: Date = new Date(), dataVersion = 0): TenantData {
  const model = createDatasetModel(dataset, { dataVersion });
  return {
    tenantId: dataset.tenant.id,
    model,
    get dataVersion() {
      return model.dataVersion;
    },
    loadedAt: loadedAt.toISOString(),
  };
}
