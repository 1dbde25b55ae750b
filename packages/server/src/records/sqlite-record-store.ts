/**
 * `createSqliteRecordStore`: the embedded store of record (core contracts/record-store.ts) in
 * the SQLite file the summary stores use (`node:sqlite`, WAL). Two connections: the writer runs
 * one transaction at a time (`BEGIN IMMEDIATE`, which also serialises writers of other
 * processes), queued in process because `node:sqlite` connections are synchronous and a
 * transaction spans awaits; the reader sees only committed data (loads, the change feed,
 * service key lookups, polling for other processes' commits).
 *
 * A load reads each kind in insertion order in chunks, the JSON of a chunk joined by SQLite into
 * one array text, so a 2M-row tenant costs a few hundred `JSON.parse` calls, not 2M.
 */
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import {
  changeAccountId,
  ChangeOrderError,
  tenantMetaName,
  type Clock,
  type DataChange,
  type Dataset,
  type EntityWrite,
  type RecordStore,
  type RecordTransaction,
} from '@successkit/core';
import { loadLists, toChange, toKey, type ChangeRow, type KeyRow } from './sqlite-record-rows.ts';
import { migrateRecords } from './sqlite-record-migrations.ts';
import { watchTenantSeqs } from './sqlite-watch.ts';

/** Options of the SQLite store of record. */
export interface SqliteRecordStoreOptions {
  /** The clock of metadata expiry (default: the system clock). */
  clock?: Clock;
  /** How often `watch` looks for other connections' commits, in ms (default 100). */
  pollMs?: number;
  /** Rows per chunk when loading (default 20 000). */
  loadChunkRows?: number;
}

function open(path: string): DatabaseSync {
  const db = new DatabaseSync(path);
  // A larger page cache (64 MB) keeps the entity index pages of a big tenant in memory during a batch.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -65536;');
  return db;
}

/** Statements that read the change log, tenants and metadata (on either connection). */
function readStatements(db: DatabaseSync) {
  return {
    latestSeq: db.prepare('SELECT seq FROM record_tenants WHERE tenant_id = ?'),
    changesAfter: db.prepare('SELECT seq, at, actor_kind, actor_id, kind, key, old, new FROM record_changes WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?'),
    metaGet: db.prepare('SELECT value, expires_at_ms FROM record_meta WHERE tenant_id = ? AND name = ?'),
  };
}

function latestSeqOf(statement: StatementSync, tenantId: string): number {
  const row = statement.get(tenantId) as { seq: number } | undefined;
  return row ? Number(row.seq) : 0;
}

/**
 * Opens (creating and migrating if needed) the store of record at `path`.
 *
 * @example
 * ```ts
 * const records = createSqliteRecordStore('./successkit.db');
 * await records.migrate();
 * const loaded = await records.load('acme');
 * ```
 */
export function createSqliteRecordStore(path: string, options: SqliteRecordStoreOptions = {}): RecordStore & { path: string } {
  const clock = options.clock;
  const now = clock ? () => clock().getTime() : Date.now;
  const pollMs = options.pollMs ?? 100;
  const chunkRows = options.loadChunkRows ?? 20_000;
  const writer = open(path);
  migrateRecords(writer);
  const reader = open(path);

  const w = {
    ...readStatements(writer),
    upsert: writer.prepare('INSERT INTO record_entities (tenant_id, kind, key, data) VALUES (?, ?, ?, ?) ON CONFLICT (tenant_id, kind, key) DO UPDATE SET data = excluded.data'),
    remove: writer.prepare('DELETE FROM record_entities WHERE tenant_id = ? AND kind = ? AND key = ?'),
    change: writer.prepare('INSERT INTO record_changes (tenant_id, seq, at, actor_kind, actor_id, kind, key, account_id, old, new) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    setSeq: writer.prepare('INSERT INTO record_tenants (tenant_id, seq) VALUES (?, ?) ON CONFLICT (tenant_id) DO UPDATE SET seq = excluded.seq'),
    metaSet: writer.prepare('INSERT INTO record_meta (tenant_id, name, value, expires_at_ms) VALUES (?, ?, ?, ?) ON CONFLICT (tenant_id, name) DO UPDATE SET value = excluded.value, expires_at_ms = excluded.expires_at_ms'),
    metaPurge: writer.prepare('DELETE FROM record_meta WHERE tenant_id = ? AND expires_at_ms IS NOT NULL AND expires_at_ms <= ?'),
    keyCreate: writer.prepare('INSERT INTO service_keys (id, tenant_id, name, hash, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)'),
    keyRevoke: writer.prepare('UPDATE service_keys SET revoked_at = ? WHERE tenant_id = ? AND id = ? AND revoked_at IS NULL'),
  };
  const r = {
    ...readStatements(reader),
    tenants: reader.prepare('SELECT tenant_id FROM record_meta WHERE name = ? ORDER BY tenant_id'),
    seqs: reader.prepare('SELECT tenant_id, seq FROM record_tenants'),
    chunk: reader.prepare(
      "SELECT MAX(r) AS last, COUNT(*) AS n, '[' || group_concat(data, ',') || ']' AS text FROM (SELECT rowid AS r, data FROM record_entities WHERE tenant_id = ? AND kind = ? AND rowid > ? ORDER BY rowid LIMIT ?)",
    ),
    keyByHash: reader.prepare('SELECT * FROM service_keys WHERE hash = ?'),
    keysOf: reader.prepare('SELECT * FROM service_keys WHERE tenant_id = ? ORDER BY created_at, rowid'),
    ping: reader.prepare('SELECT 1'),
    dataVersion: reader.prepare('PRAGMA data_version'),
  };

  // One writer transaction at a time in this process (the connection is shared).
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  const metaValue = (statement: StatementSync, tenantId: string, name: string): string | null => {
    const row = statement.get(tenantId, name) as { value: string; expires_at_ms: number | null } | undefined;
    if (!row || (row.expires_at_ms !== null && row.expires_at_ms <= now())) return null;
    return row.value;
  };

  const transactionOf = (tenantId: string): RecordTransaction => ({
    latestSeq: async () => latestSeqOf(w.latestSeq, tenantId),
    changesAfter: async (seq) => (w.changesAfter.all(tenantId, seq, -1) as unknown as ChangeRow[]).map(toChange),
    async commit(writes: readonly EntityWrite[], changes: readonly DataChange[]) {
      let seq = latestSeqOf(w.latestSeq, tenantId);
      for (const change of changes) {
        if (change.seq !== seq + 1) throw new ChangeOrderError(change.seq, seq, `change seq ${change.seq} does not continue the log at ${seq}`);
        seq = change.seq;
      }
      // The JSON text of a value is written twice (entity and change row): serialise it once.
      const texts = new Map<object, string>();
      const text = (value: object): string => {
        let known = texts.get(value);
        if (known === undefined) texts.set(value, (known = JSON.stringify(value)));
        return known;
      };
      for (const write of writes) {
        if (write.value === null) w.remove.run(tenantId, write.kind, write.key);
        else w.upsert.run(tenantId, write.kind, write.key, text(write.value));
      }
      for (const c of changes) {
        w.change.run(tenantId, c.seq, c.at, c.actor.kind, c.actor.id, c.kind, c.key, changeAccountId(c), c.old === null ? null : JSON.stringify(c.old), c.new === null ? null : text(c.new));
      }
      if (changes.length > 0 || latestSeqOf(w.latestSeq, tenantId) === 0) w.setSeq.run(tenantId, seq);
    },
    getMeta: async (name) => metaValue(w.metaGet, tenantId, name),
    async setMeta(name, value, metaOptions = {}) {
      const expires = metaOptions.expiresAt === undefined ? null : Date.parse(metaOptions.expiresAt);
      w.metaPurge.run(tenantId, now());
      w.metaSet.run(tenantId, name, value, expires);
      if (name === tenantMetaName && (w.latestSeq.get(tenantId) as unknown) === undefined) w.setSeq.run(tenantId, 0);
    },
  });

  const watchers = new Set<() => void>();

  return {
    path,
    async migrate() {
      migrateRecords(writer);
    },
    async tenants() {
      return (r.tenants.all(tenantMetaName) as Array<{ tenant_id: string }>).map((row) => row.tenant_id);
    },
    async load(tenantId) {
      // One read transaction, so the lists and the seq are one snapshot.
      reader.exec('BEGIN');
      try {
        const tenantText = metaValue(r.metaGet, tenantId, tenantMetaName);
        if (tenantText === null) return null;
        const lists = loadLists(r.chunk, tenantId, chunkRows);
        const seq = latestSeqOf(r.latestSeq, tenantId);
        const dataset = { version: 2, tenant: JSON.parse(tenantText), ...lists } as unknown as Dataset;
        return { dataset, seq };
      } finally {
        reader.exec('COMMIT');
      }
    },
    async changesAfter(tenantId, after, limit) {
      return (r.changesAfter.all(tenantId, after, limit) as unknown as ChangeRow[]).map(toChange);
    },
    async latestSeq(tenantId) {
      return latestSeqOf(r.latestSeq, tenantId);
    },
    transaction<T>(tenantId: string, fn: (tx: RecordTransaction) => Promise<T>): Promise<T> {
      return exclusive(async () => {
        writer.exec('BEGIN IMMEDIATE');
        let result: T;
        try {
          result = await fn(transactionOf(tenantId));
          writer.exec('COMMIT');
        } catch (error) {
          if (writer.isTransaction) writer.exec('ROLLBACK');
          throw error;
        }
        return result;
      });
    },
    watch(onSeq) {
      const stop = watchTenantSeqs(r, pollMs, onSeq);
      watchers.add(stop);
      return () => {
        stop();
        watchers.delete(stop);
      };
    },
    async ping() {
      r.ping.get();
    },
    serviceKeys: {
      create: (record) =>
        exclusive(async () => {
          w.keyCreate.run(record.id, record.tenantId, record.name, record.hash, record.createdAt, record.revokedAt);
        }),
      async findByHash(hash) {
        const row = r.keyByHash.get(hash) as KeyRow | undefined;
        return row ? toKey(row) : null;
      },
      async list(tenantId) {
        return (r.keysOf.all(tenantId) as unknown as KeyRow[]).map(toKey);
      },
      revoke: (tenantId, id, at) => exclusive(async () => Number(w.keyRevoke.run(at, tenantId, id).changes) > 0),
    },
    async close() {
      for (const stop of watchers) stop();
      watchers.clear();
      await queue;
      if (writer.isOpen) writer.close();
      if (reader.isOpen) reader.close();
    },
  };
}
