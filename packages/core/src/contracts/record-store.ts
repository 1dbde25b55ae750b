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
 *
 * What the store keeps per tenant: the entities by `(kind, key)` in insertion order (an update
 * keeps the entity's place, so a loaded dataset lists records as `applyChangesToDataset` would),
 * the change log by `seq` (with the account each change belongs to, see `changeAccountId`), and
 * small metadata values. The tenant record (`Dataset['tenant']`) is the metadata value
 * `tenantMetaName` (JSON); a tenant exists in the store once that value is set.
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
  /**
   * Persists entity writes and appends changes (in the same transaction). `changes[i].seq` must be
   * `latestSeq() + 1 + i` (a gap or a repeat throws); afterwards `latestSeq()` is the last one.
   * Writes need not match changes one to one: the writer also writes the `attributeHistory`
   * rows of account changes (`attributeChangesOf`), and an import may write a first snapshot
   * with no changes at all.
   */
  commit(writes: readonly EntityWrite[], changes: readonly DataChange[]): Promise<void>;
  /** Reads a small metadata value of the tenant (import fingerprint, idempotency answers); an expired value reads as `null`. */
  getMeta(name: string): Promise<string | null>;
  /** Sets a metadata value, committed with the transaction; `expiresAt` (ISO) makes it read as `null` from then on. */
  setMeta(name: string, value: string, options?: { expiresAt?: string }): Promise<void>;
}

/** The metadata name of the tenant record (`JSON.stringify(dataset.tenant)`). */
export const tenantMetaName = 'tenant';

/**
 * The account a change belongs to (stored beside the change for "what changed in this account's
 * subtree since seq N"): the account itself, the `accountId` of activity, the first linked
 * account of a contact, `null` for tenant-wide kinds (attributes, types, users…).
 */
export function changeAccountId(change: DataChange): string | null {
  const value = (change.new ?? change.old) as Record<string, unknown> | null;
  if (!value) return null;
  if (change.kind === 'accounts') return typeof value.id === 'string' ? value.id : null;
  if (typeof value.accountId === 'string') return value.accountId;
  if (change.kind === 'contacts' && Array.isArray(value.accountIds)) return typeof value.accountIds[0] === 'string' ? value.accountIds[0] : null;
  return null;
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
  /** Tenant ids in the store (those whose `tenantMetaName` value is set), sorted. */
  tenants(): Promise<string[]>;
  /**
   * The tenant's whole dataset (`version: 2`, a superset of version 1; `tenant` from the metadata, every list in the
   * entities' insertion order) and the `seq` it reflects, or `null` for an unknown tenant.
   */
  load(tenantId: string): Promise<{ dataset: Dataset; seq: number } | null>;
  /** Up to `limit` changes with `seq > after`, in order (the change feed). */
  changesAfter(tenantId: string, after: number, limit: number): Promise<DataChange[]>;
  latestSeq(tenantId: string): Promise<number>;
  /**
   * Runs `fn` in one transaction holding the tenant's write lock; all of it commits, or (when
   * `fn` or the commit throws) none of it.
   */
  transaction<T>(tenantId: string, fn: (tx: RecordTransaction) => Promise<T>): Promise<T>;
  /**
   * Calls `onSeq(tenant, latestSeq)` when a tenant's latest `seq` moved (also by this process) or
   * a tenant appeared (SQLite: polling; PostgreSQL: LISTEN/NOTIFY); the caller catches up with
   * `changesAfter`. Notices may repeat or coalesce. Returns the function that stops watching.
   */
  watch(onSeq: (tenantId: string, seq: number) => void): () => void;
  /** Throws when the database cannot be reached (for `/readyz`). */
  ping(): Promise<void>;
  /** Service keys (hashes only); not tenant data, so creating one does not create the tenant. */
  serviceKeys: {
    /** Stores a new key; an `id` or `hash` already stored throws. */
    create(record: ServiceKeyRecord): Promise<void>;
    /** The key with this hash, revoked or not (the caller checks `revokedAt`). */
    findByHash(hash: string): Promise<ServiceKeyRecord | null>;
    /** The tenant's keys, oldest first. */
    list(tenantId: string): Promise<ServiceKeyRecord[]>;
    /** Marks a key of the tenant revoked at `at`; `false` when the tenant has no such unrevoked key. */
    revoke(tenantId: string, id: string, at: string): Promise<boolean>;
  };
  close(): Promise<void>;
}
