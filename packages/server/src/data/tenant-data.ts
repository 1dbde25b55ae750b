/**
 * `TenantData`: one tenant's live data as the routes and the summary pipeline read it — the
 * `DatasetModel` (index, hierarchy, rollups, health, spotlight, recent changes, kept current by
 * applying the change log) and the `dataVersion` (`seq`) it reflects.
 * `TenantDataProvider` hands it out per tenant.
 */
import type { DatasetModel } from '@successkit/core';

/** One tenant's loaded data. */
export interface TenantData {
  tenantId: string;
  /** The tenant's data and everything derived from it (`createDatasetModel`). */
  model: DatasetModel;
  /** The `seq` of the change log the model reflects (`model.dataVersion`). */
  readonly dataVersion: number;
  /** When the data was first loaded into this process (ISO). */
  loadedAt: string;
}

/** Hands out tenant data. */
export interface TenantDataProvider {
  /** The tenant's data, or `null` for an unknown tenant. */
  get(tenantId: string): Promise<TenantData | null>;
  /** Tenant ids served. */
  tenants(): Promise<string[]>;
}
