/**
 * `createPostgresRecordStore`: the scale-out store of record (core contracts/record-store.ts) on
 * PostgreSQL, through the `postgres` client. Every API process opens one on the same database.
 *
 * - Writes of a tenant are serialised across processes by `pg_advisory_xact_lock` (namespace
 *   "SKit", the tenant's hash) taken first in the transaction; read committed isolation lets the
 *   lock holder see every earlier holder's commit, so `seq` is one serial order.
 * - A commit writes a batch in a few pipelined statements (deletes, upserts, changes, up to
 *   5,000 rows each, rows as one JSON parameter: postgres-commit.ts) and notifies the change
 *   feed in the same transaction (postgres-change-feed.ts).
 * - A load reads one snapshot (repeatable read) in chunks of JSON array text (a 2M-row tenant is
 *   a hundred queries and a hundred `JSON.parse` calls, not 2M).
 * - Every call has a deadline and answers `unavailable` (503) while PostgreSQL is away.
 */
import { entityKinds, tenantMetaName, type Clock, type DataChange, type Dataset, type RecordStore, type RecordTransaction, type ServiceKeyRecord } from '@successkit/core';
import type { Sql, TransactionSql } from 'postgres';
import { changeChannel, createPostgresChangeFeed, type PostgresChangeFeed } from './postgres-change-feed.ts';
import { connectPostgres, guard, guardProgress } from './postgres-connection.ts';
import { advisoryNamespace, migratePostgres } from './postgres-migrations.ts';
import { commitBatch, type ChangeRow, toChange } from './postgres-commit.ts';

/** Options of the PostgreSQL store of record. */
export interface PostgresRecordStoreOptions {
  /** The clock of metadata expiry (default: the system clock). */
  clock?: Clock;
  /** Deadline of one read, in ms (default 5000; for a load, of each chunk it reads). */
  readTimeoutMs?: number;
  /**
   * Idle deadline of a write transaction, in ms (default 10000): it fails as `unavailable` when
   * no statement of it has finished for that long (a large import that keeps moving is not cut off).
   */
  transactionIdleTimeoutMs?: number;
  /** Longest wait for another writer's tenant lock, in ms (default 30000; then 503). */
  lockWaitMs?: number;
  /** Rows per chunk when loading (default 20 000). */
  loadChunkRows?: number;
  /** Pool size (default 10). */
  max?: number;
  /** How often the change feed compares every tenant's seq anyway, in ms (default 5000). */
  reconcileMs?: number;
}

interface KeyRow {
  id: string;
  tenant_id: string;
  name: string;
  hash: string;
  created_at: string;
  revoked_at: string | null;
}

const toKey = (row: KeyRow): ServiceKeyRecord => ({
  id: row.id,
  tenantId: row.tenant_id,
  name: row.name,
  hash: row.hash,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

async function latestSeqOf(sql: Sql | TransactionSql, tenantId: string): Promise<number> {
  const [row] = await sql<{ seq: string }[]>`SELECT seq FROM sk_tenants WHERE tenant_id = ${tenantId}`;
  return row ? Number(row.seq) : 0;
}

async function changesOf(sql: Sql | TransactionSql, tenantId: string, after: number, limit: number | null): Promise<DataChange[]> {
  const rows = await sql<ChangeRow[]>`
    SELECT seq, at, actor_kind, actor_id, kind, key, old, new FROM sk_changes
    WHERE tenant_id = ${tenantId} AND seq > ${after} ORDER BY seq ${limit === null ? sql`` : sql`LIMIT ${limit}`}`;
  return rows.map(toChange);
}

/** The PostgreSQL store of record, with its change feed. */
export type PostgresRecordStore = RecordStore & {
  /** The database URL (for a second store in tests). */
  readonly url: string;
  /** The process's change-feed subscription (its `listening` state). */
  readonly feed: PostgresChangeFeed;
};

/**
 * Opens the store of record at `url` (connections are made on first use; call `migrate()`).
 *
 * @example
 * ```ts
 * const records = createPostgresRecordStore('postgres://successkit@db/successkit');
 * await records.migrate();
 * const loaded = await records.load('acme');
 * ```
 */
export function createPostgresRecordStore(url: string, options: PostgresRecordStoreOptions = {}): PostgresRecordStore {
  const clock = options.clock;
  const now = clock ? () => clock().getTime() : Date.now;
  const readMs = options.readTimeoutMs ?? 5_000;
  const writeIdleMs = options.transactionIdleTimeoutMs ?? 10_000;
  const lockWaitMs = options.lockWaitMs ?? 30_000;
  const chunkRows = options.loadChunkRows ?? 20_000;
  const sql = connectPostgres(url, { max: options.max ?? 10 });
  const read = <T>(call: () => Promise<T>): Promise<T> => guard(call, readMs);

  const readSeqs = async (): Promise<Map<string, number>> => {
    const rows = await sql<{ tenant_id: string; seq: string }[]>`SELECT tenant_id, seq FROM sk_tenants`;
    return new Map(rows.map((row) => [row.tenant_id, Number(row.seq)]));
  };
  const feed = createPostgresChangeFeed(url, readSeqs, { reconcileMs: options.reconcileMs ?? 5_000 });

  const metaValue = async (db: Sql | TransactionSql, tenantId: string, name: string): Promise<string | null> => {
    const [row] = await db<{ value: string; expires_at_ms: string | null }[]>`SELECT value, expires_at_ms FROM sk_meta WHERE tenant_id = ${tenantId} AND name = ${name}`;
    if (!row || (row.expires_at_ms !== null && Number(row.expires_at_ms) <= now())) return null;
    return row.value;
  };

  /** What a transaction knows: whether to notify, and the tenant's seq once read (only lock holders change it). */
  interface TxState {
    notify: boolean;
    seq: number | null;
  }
  const seqIn = async (tx: TransactionSql, tenantId: string, state: TxState): Promise<number> => (state.seq ??= await latestSeqOf(tx, tenantId));

  const transactionOf = (tx: TransactionSql, tenantId: string, state: TxState, progress: () => void): RecordTransaction => ({
    latestSeq: () => seqIn(tx, tenantId, state),
    changesAfter: (seq) => changesOf(tx, tenantId, seq, null),
    async commit(writes, changes) {
      const latest = await seqIn(tx, tenantId, state);
      state.seq = await commitBatch(tx, tenantId, latest, writes, changes, progress);
      if (state.seq !== latest) state.notify = true;
    },
    getMeta: (name) => metaValue(tx, tenantId, name),
    async setMeta(name, value, metaOptions = {}) {
      const expires = metaOptions.expiresAt === undefined ? null : Date.parse(metaOptions.expiresAt);
      await tx`DELETE FROM sk_meta WHERE tenant_id = ${tenantId} AND expires_at_ms IS NOT NULL AND expires_at_ms <= ${now()}`;
      await tx`
        INSERT INTO sk_meta (tenant_id, name, value, expires_at_ms) VALUES (${tenantId}, ${name}, ${value}, ${expires})
        ON CONFLICT (tenant_id, name) DO UPDATE SET value = excluded.value, expires_at_ms = excluded.expires_at_ms`;
      if (name === tenantMetaName) {
        await tx`INSERT INTO sk_tenants (tenant_id, seq) VALUES (${tenantId}, 0) ON CONFLICT (tenant_id) DO NOTHING`;
        state.notify = true;
      }
    },
  });

  return {
    url,
    feed,
    async migrate() {
      await guard(() => migratePostgres(sql), 60_000);
    },
    tenants: () =>
      read(async () => {
        const rows = await sql<{ tenant_id: string }[]>`SELECT tenant_id FROM sk_meta WHERE name = ${tenantMetaName} ORDER BY tenant_id COLLATE "C"`;
        return rows.map((row) => row.tenant_id);
      }),
    load: (tenantId) =>
      // A large tenant loads in many chunks: the deadline is per chunk, not for the whole load.
      guardProgress(
        (progress) =>
          sql.begin('isolation level repeatable read read only', async (tx) => {
            const tenantText = await metaValue(tx, tenantId, tenantMetaName);
            if (tenantText === null) return null;
            const lists: Record<string, unknown[]> = {};
            for (const kind of entityKinds) {
              const list: unknown[] = [];
              let after = '0';
              for (;;) {
                const [row] = await tx<{ last: string | null; n: string; text: string | null }[]>`
                  SELECT max(ord) AS last, count(*) AS n, '[' || string_agg(value::text, ',' ORDER BY ord) || ']' AS text
                  FROM (SELECT ord, value FROM sk_entities WHERE tenant_id = ${tenantId} AND kind = ${kind} AND ord > ${after} ORDER BY ord LIMIT ${chunkRows}) AS chunk`;
                if (!row || row.text === null || row.last === null) break;
                progress();
                const parsed = JSON.parse(row.text) as unknown[];
                for (let i = 0; i < parsed.length; i++) list.push(parsed[i]);
                after = row.last;
                if (Number(row.n) < chunkRows) break;
              }
              lists[kind] = list;
            }
            const seq = await latestSeqOf(tx, tenantId);
            return { dataset: { version: 2, tenant: JSON.parse(tenantText), ...lists } as unknown as Dataset, seq };
          }),
        readMs,
      ),
    changesAfter: (tenantId, after, limit) => read(() => changesOf(sql, tenantId, after, limit)),
    latestSeq: (tenantId) => read(() => latestSeqOf(sql, tenantId)),
    transaction<T>(tenantId: string, fn: (tx: RecordTransaction) => Promise<T>): Promise<T> {
      return guardProgress(
        (progress) =>
          sql.begin(async (tx) => {
            // Waiting for another writer of the tenant (a large import) is not a hang: allow it
            // longer, bounded on the server by lock_timeout (then `unavailable`, retry).
            progress(lockWaitMs + 2_000);
            await tx`SELECT set_config('lock_timeout', ${`${lockWaitMs}ms`}, true), pg_advisory_xact_lock(${advisoryNamespace}::int, hashtext(${tenantId}))`;
            progress();
            const state: TxState = { notify: false, seq: null };
            const result = await fn(transactionOf(tx, tenantId, state, progress));
            if (state.notify) {
              const seq = await seqIn(tx, tenantId, state);
              // Delivered at commit, after the data is visible; dropped on rollback.
              await tx`SELECT pg_notify(${changeChannel}, ${JSON.stringify({ tenant: tenantId, seq })})`;
            }
            return result as T;
          }) as Promise<T>,
        writeIdleMs,
      );
    },
    watch: (onSeq) => feed.watch(onSeq),
    ping: () =>
      guard(async () => {
        await sql`SELECT 1`;
      }, 2_000),
    serviceKeys: {
      create: (record) =>
        read(async () => {
          await sql`
            INSERT INTO sk_service_keys (id, tenant_id, name, hash, created_at, revoked_at)
            VALUES (${record.id}, ${record.tenantId}, ${record.name}, ${record.hash}, ${record.createdAt}, ${record.revokedAt})`;
        }),
      findByHash: (hash) =>
        read(async () => {
          const [row] = await sql<KeyRow[]>`SELECT id, tenant_id, name, hash, created_at, revoked_at FROM sk_service_keys WHERE hash = ${hash}`;
          return row ? toKey(row) : null;
        }),
      list: (tenantId) =>
        read(async () => {
          const rows = await sql<KeyRow[]>`
            SELECT id, tenant_id, name, hash, created_at, revoked_at FROM sk_service_keys
            WHERE tenant_id = ${tenantId} ORDER BY created_at, created_order`;
          return rows.map(toKey);
        }),
      revoke: (tenantId, id, at) =>
        read(async () => {
          const result = await sql`UPDATE sk_service_keys SET revoked_at = ${at} WHERE tenant_id = ${tenantId} AND id = ${id} AND revoked_at IS NULL`;
          return result.count > 0;
        }),
    },
    async close() {
      await feed.close();
      await sql.end({ timeout: 5 });
    },
  };
}
