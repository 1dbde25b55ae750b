/**
 * `storeTenantData`: tenant data served from the store of record. A tenant is loaded from the
 * store on first use (one load however many requests ask at once) and then follows the change
 * log: the writer applies its own commits as soon as they succeed (read-your-writes), and
 * `watch` notices of other processes' commits are caught up by `seq`, so every process
 * converges within the store's polling interval.
 */
import { entityKinds, type Clock, type Dataset, type RecordStore } from '@successkit/core';
import type { TenantDataProvider } from '../data/tenant-data.ts';
import { LiveTenant } from './live-tenant.ts';

/** Tenant data kept current from a store of record. */
export interface StoreTenantData extends TenantDataProvider {
  get(tenantId: string): Promise<LiveTenant | null>;
  /** A new tenant with no data (for its first write); not served until `adopt`. */
  empty(tenant: Dataset['tenant']): LiveTenant;
  /** Serves a tenant created in this process (after its first commit). */
  adopt(tenant: LiveTenant): void;
  /** Forgets a tenant's model (it is loaded again on next use). */
  evict(tenantId: string): void;
  /** Applies every committed change the tenant's model has not seen. */
  catchUp(tenantId: string): Promise<void>;
  /** Stops following the store. */
  close(): void;
}

/** Changes read per page while catching up. */
const catchUpPage = 10_000;

/**
 * Serves the tenants of `store`, following its change log.
 *
 * @example
 * ```ts
 * const data = storeTenantData(records);
 * const kit = createSuccessKit({ data, records, jwt });
 * ```
 */
export function storeTenantData(store: RecordStore, options: { clock?: Clock; onError?: (error: unknown, tenantId: string) => void } = {}): StoreTenantData {
  const clock = options.clock ?? (() => new Date());
  const loaded = new Map<string, Promise<LiveTenant | null>>();
  const catching = new Map<string, Promise<void>>();

  const load = (tenantId: string): Promise<LiveTenant | null> => {
    let entry = loaded.get(tenantId);
    if (!entry) {
      entry = store.load(tenantId).then((data) => (data ? new LiveTenant(data.dataset, data.seq, clock()) : null));
      // An unknown tenant or a failed load is not remembered: it may appear later.
      entry.then(
        (tenant) => tenant === null && loaded.delete(tenantId),
        () => loaded.delete(tenantId),
      );
      loaded.set(tenantId, entry);
    }
    return entry;
  };

  const catchUp = (tenantId: string): Promise<void> => {
    const running = catching.get(tenantId);
    if (running) return running.then(() => catchUp(tenantId));
    const run = (async () => {
      const tenant = await loaded.get(tenantId)?.catch(() => null);
      if (!tenant) return;
      for (;;) {
        const changes = await store.changesAfter(tenantId, tenant.dataVersion, catchUpPage);
        tenant.apply(changes);
        if (changes.length < catchUpPage) return;
      }
    })().finally(() => catching.delete(tenantId));
    catching.set(tenantId, run);
    return run;
  };

  const stopWatching = store.watch((tenantId) => {
    if (!loaded.has(tenantId)) return; // loaded on first use, from the latest state
    catchUp(tenantId).catch((error: unknown) => {
      loaded.delete(tenantId); // reload from the store next time
      options.onError?.(error, tenantId);
    });
  });

  return {
    get: load,
    tenants: () => store.tenants(),
    empty: (tenant) => new LiveTenant({ version: 2, tenant, ...Object.fromEntries(entityKinds.map((kind) => [kind, []])) } as unknown as Dataset, 0, clock()),
    adopt(tenant) {
      loaded.set(tenant.tenantId, Promise.resolve(tenant));
    },
    evict(tenantId) {
      loaded.delete(tenantId);
    },
    catchUp,
    close: stopWatching,
  };
}
