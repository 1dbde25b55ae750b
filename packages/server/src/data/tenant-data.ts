/**
 * `TenantData`: the in-memory view of one tenant's dataset the routes and the summary pipeline
 * read: the index, the hierarchy with rollups, and a fingerprint of the data version.
 * `TenantDataProvider` hands it out per tenant (one dataset file = one tenant in `serve --data`).
 */
import type { DataSource, DatasetIndex, Hierarchy, Rollups } from '@successkit/core';

/** One tenant's loaded data. */
export interface TenantData {
  tenantId: string;
  source: DataSource;
  index: DatasetIndex;
  /** The account tree (`buildHierarchy`). */
  hierarchy: Hierarchy;
  /** Own and rolled-up values per account and attribute (`createRollups`). */
  rollups: Rollups;
  /** When the data was loaded (ISO). */
  loadedAt: string;
}

/** Hands out tenant data. */
export interface TenantDataProvider {
  /** The tenant's data, or `null` for an unknown tenant. */
  get(tenantId: string): Promise<TenantData | null>;
  /** Tenant ids served. */
  tenants(): Promise<string[]>;
}
