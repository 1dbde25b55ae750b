/**
 * The store of record (DESIGN.md "Live data"): every entity of a tenant's data, its change log
 * and the service keys, in one database — SQLite (`node:sqlite`) embedded, PostgreSQL for
 * scale-out. The store is deliberately plain: it persists what the server's writer decided.
 * The writer (server) validates a batch against the caught-up `DatasetModel` inside
 * `write`, so the store never needs to understand the data; one shared contract suite runs
 * against each implementation.
 *
 * Writes for one tenant are serialised by the store (SQLite: `BEGIN IMMEDIATE`; PostgreSQL: a
 * per-tenant advisory lock in the transaction), so `seq` order is one serial order every process
 * applies.
 */
import type { Dataset } from '../dataset/schema.ts';
import type { DataChange, EntityKind, EntityOf } from '../model/data-change.ts';

/** One entity write inside a transaction: `value: null` deletes the key. */
export interface EntityWrite<K extends EntityKind = EntityKind> {
  kind: K;
  key: string;
  value: EntityOf[K] | null;
}

/** What the writer sees and does inside one tenant-exclusive transaction. */
export interface RecordTransaction {
  /** The tenant's last `seq` as committed (0 when none). */
  latestSeq(): Promise<number>;
  /** Changes after `seq` (to catch the model up before validating). */
  changesAfter(seq: number): Promise<DataChange[]>;
  /** Persists entity writes and appends their changes; `changes[i].seq` must continue `latestSeq()`. */
  commit(writes: readonly EntityWrite[], changes: readonly DataChange[]): Promise<void>;
  /** Reads a small metadata value of the tenant (import fingerprint, idempotency answers). */
  getMeta(name: string): Promise<string | null>;
  setMeta(name: string, value: string): Promise<void>;
}

/** A stored service key (the secret itself is never stored, only its hash). */
export interface ServiceKeyRecord {
  id: string;
  tenantId: string;
  name: string;
  /** SHA-256 of the secret, hex. */
  hash: string;
  createdAt: string;
  revokedAt: string | null;
}

/** The store of record. */
export interface RecordStore {
  /** Creates or upgrades the schema (versioned migrations). */
  migrate(): Promise<void>;
  /** Tenant ids with data in the store. */
  tenants(): Promise<string[]>;
  /** The tenant's whole dataset and the `seq` it reflects, or `null` for an unknown tenant. */
  load(tenantId: string): Promise<{ dataset: Dataset; seq: number } | null>;
  /** Up to `limit` changes with `seq > after`, in order (the change feed). */
  changesAfter(tenantId: string, after: number, limit: number): Promise<DataChange[]>;
  latestSeq(tenantId: string): Promise<number>;
  /**
   * Runs `fn` in one transaction holding the tenant's write lock; all of it commits, or (when
   * `fn` or the commit throws) none of it.
   */
  transaction<T>(tenantId: string, fn: (tx: RecordTransaction) => Promise<T>): Promise<T>;
  /** Calls `onSeq` when another process may have committed changes (SQLite: polling; PostgreSQL: LISTEN/NOTIFY). */
  watch(onSeq: (tenantId: string, seq: number) => void): () => void;
  /** Throws when the database cannot be reached (for `/readyz`). */
  ping(): Promise<void>;
  serviceKeys: {
    create(record: ServiceKeyRecord): Promise<void>;
    findByHash(hash: string): Promise<ServiceKeyRecord | null>;
    list(tenantId: string): Promise<ServiceKeyRecord[]>;
    revoke(tenantId: string, id: string, at: string): Promise<boolean>;
  };
  close(): Promise<void>;
}
