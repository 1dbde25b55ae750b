/**
 * A `TenantDataProvider` over datasets already in memory: one dataset per tenant, keyed by the
 * dataset's `tenant.id`. Used by `createSuccessKit({ data: dataset })` and by tests.
 */
import type { Dataset } from '@successkit/core';
import type { TenantData, TenantDataProvider } from './tenant-data.ts';
import { tenantDataFromDataset } from './tenant-data-from-dataset.ts';
import { InvalidArgumentError } from '@successkit/core';

/**
 * Serves the given datasets (already parsed), one tenant each.
 *
 * @example
 * ```ts
 * const data = staticTenantData([parseDataset(json)]);
 * const kit = createSuccessKit({ data, jwt });
 * ```
 */
export function staticTenantData(datasets: readonly Dataset[] | readonly TenantData[], loadedAt: Date = new Date()): TenantDataProvider {
  const byTenant = new Map<string, TenantData>();
  for (const item of datasets) {
    const data = 'model' in item ? item : tenantDataFromDataset(item, loadedAt);
    if (byTenant.has(data.tenantId)) throw new InvalidArgumentError('data', `two datasets have the same tenant id "${data.tenantId}"`);
    byTenant.set(data.tenantId, data);
  }
  return {
    get: (tenantId) => Promise.resolve(byTenant.get(tenantId) ?? null),
    tenants: () => Promise.resolve([...byTenant.keys()]),
  };
}
