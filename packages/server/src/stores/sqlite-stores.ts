/**
 * `createSqliteStores`: the embedded default store, one SQLite file through `node:sqlite`
 * (WAL journal, numbered migrations). Summaries, jobs, feedback, config versions, usage and
 * locks live in the file, so a restart keeps them; job events go through an in-process bus.
 * Rows keep the whole record as JSON next to the columns the queries need. Statements are
 * prepared once. Summaries and config versions never change once written, so the read path
 * looks up only the row's identity and parses its JSON once per process: later reads get the
 * same deep-frozen object (a write to it throws), which keeps a cached GET free of JSON parsing.
 * The hot reads of a cached GET (summary of a key, active job, vote, config) are remembered by
 * a read cache that every write of this store, and every commit of another connection, clears
 * (see sqlite-read-cache.ts).
 */
import { DatabaseSync } from 'node:sqlite';
import type { Clock, Feedback, Job, StoredSummary, Stores, SummaryConfig, VersionedSummaryConfig } from '@successkit/core';
import { createInProcessEventBus } from './in-process-event-bus.ts';
import { migrate } from './sqlite-migrations.ts';
import { SqliteReadCache } from './sqlite-read-cache.ts';

/** Options of the SQLite stores. */
export interface SqliteStoresOptions {
  /** The clock of lock expiry (default: the system clock). */
  clock?: Clock;
  /** The read cache of hot reads (see sqlite-read-cache.ts): most keys per table, and how often (ms) to look for other connections' commits. */
  readCache?: { maxEntries?: number; recheckMs?: number };
}

const parse = <T>(row: unknown): T | null => (row ? (JSON.parse((row as { data: string }).data) as T) : null);

/** Freezes a value and everything it holds. */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}

/** Parsed immutable records by identity; the oldest entry goes first when full. */
class ParsedCache<T> {
  readonly #entries = new Map<string, { stamp: number; value: T }>();
  readonly #max: number;
  constructor(max: number) {
    this.#max = max;
  }
  /** The cached value of `id` when it was parsed from the row with this `stamp`, else `load()`'s. */
  get(id: string, stamp: number, load: () => T | null): T | null {
    const hit = this.#entries.get(id);
    if (hit && hit.stamp === stamp) return hit.value;
    const value = load();
    if (value === null) return null;
    this.set(id, stamp, value);
    return value;
  }
  set(id: string, stamp: number, value: T): T {
    const frozen = deepFreeze(value);
    this.#entries.delete(id);
    if (this.#entries.size >= this.#max) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(id, { stamp, value: frozen });
    return frozen;
  }
}

/** Most summaries and tenant configs kept parsed (about 5–10 KB each). */
const maxParsedSummaries = 5_000;
const maxParsedConfigs = 1_000;

/**
 * Opens (creating if needed) the SQLite store at `path` (`:memory:` works too).
 *
 * @example
 * ```ts
 * const stores = createSqliteStores('./successkit.db');
 * await stores.ping();
 * await stores.close();
 * ```
 */
export function createSqliteStores(path: string, options: SqliteStoresOptions = {}): Stores & { schemaVersion: number } {
  const clock = options.clock;
  const now = clock ? () => clock().getTime() : Date.now;
  const db = new DatabaseSync(path);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;');
  const schemaVersion = migrate(db);
  let seq = 0;

  const sql = {
    summaryGet: db.prepare(
      'SELECT id, seq FROM summaries WHERE tenant_id = ? AND account_id = ? AND config_version = ? ORDER BY generated_at_ms DESC, seq DESC LIMIT 1',
    ),
    summaryLatest: db.prepare(
      'SELECT id, seq FROM summaries WHERE tenant_id = ? AND account_id = ? ORDER BY generated_at_ms DESC, seq DESC LIMIT 1',
    ),
    summaryById: db.prepare('SELECT id, seq FROM summaries WHERE tenant_id = ? AND id = ?'),
    summaryData: db.prepare('SELECT data FROM summaries WHERE id = ?'),
    summaryMaxSeq: db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM summaries'),
    summaryPut: db.prepare(
      'INSERT OR REPLACE INTO summaries (id, tenant_id, account_id, config_version, generated_at_ms, seq, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    opened: db.prepare('SELECT tenant_id, account_id, config_version FROM summary_opens WHERE opened_at_ms >= ?'),
    touch: db.prepare(
      'INSERT INTO summary_opens (tenant_id, account_id, config_version, opened_at_ms) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET opened_at_ms = excluded.opened_at_ms',
    ),
    jobInsert: db.prepare(
      'INSERT INTO jobs (id, tenant_id, account_id, config_version, status, finished_at, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    jobGet: db.prepare('SELECT data FROM jobs WHERE tenant_id = ? AND id = ?'),
    jobUpdate: db.prepare('UPDATE jobs SET status = ?, finished_at = ?, data = ? WHERE id = ?'),
    jobActive: db.prepare(
      "SELECT data FROM jobs WHERE tenant_id = ? AND account_id = ? AND config_version = ? AND status IN ('queued', 'running') LIMIT 1",
    ),
    jobLastFinished: db.prepare(
      "SELECT data FROM jobs WHERE tenant_id = ? AND account_id = ? AND config_version = ? AND status NOT IN ('queued', 'running') ORDER BY finished_at DESC LIMIT 1",
    ),
    jobUnfinished: db.prepare("SELECT data FROM jobs WHERE status IN ('queued', 'running')"),
    feedbackPut: db.prepare(
      'INSERT INTO feedback (tenant_id, summary_id, user_id, data) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET data = excluded.data',
    ),
    feedbackGet: db.prepare('SELECT data FROM feedback WHERE tenant_id = ? AND summary_id = ? AND user_id = ?'),
    feedbackList: db.prepare('SELECT data FROM feedback WHERE tenant_id = ?'),
    configGet: db.prepare('SELECT data FROM summary_configs WHERE tenant_id = ? ORDER BY version DESC LIMIT 1'),
    configVersion: db.prepare('SELECT version FROM summary_configs WHERE tenant_id = ? ORDER BY version DESC LIMIT 1'),
    configData: db.prepare('SELECT data FROM summary_configs WHERE tenant_id = ? AND version = ?'),
    configInsert: db.prepare('INSERT INTO summary_configs (tenant_id, version, data) VALUES (?, ?, ?)'),
    usageAdd: db.prepare(
      'INSERT INTO usage (tenant_id, day, tokens, cost_usd) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET tokens = tokens + excluded.tokens, cost_usd = cost_usd + excluded.cost_usd RETURNING tokens, cost_usd',
    ),
    usageGet: db.prepare('SELECT tokens, cost_usd FROM usage WHERE tenant_id = ? AND day = ?'),
    lockAcquire: db.prepare(
      'INSERT INTO locks (name, token, expires_at_ms) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET token = excluded.token, expires_at_ms = excluded.expires_at_ms WHERE locks.expires_at_ms <= ?',
    ),
    lockRelease: db.prepare('DELETE FROM locks WHERE name = ? AND token = ? AND expires_at_ms > ?'),
    lockExtend: db.prepare('UPDATE locks SET expires_at_ms = ? WHERE name = ? AND token = ? AND expires_at_ms > ?'),
  };
  seq = Number((sql.summaryMaxSeq.get() as { seq: number }).seq);
  const ping = db.prepare('SELECT 1');
  const dataVersion = db.prepare('PRAGMA data_version');
  const reads = new SqliteReadCache({ ...options.readCache, dataVersion: () => Number((dataVersion.get() as { data_version: number }).data_version) });
  const summaryOfKey = reads.table<StoredSummary | null>();
  const activeJobOfKey = reads.table<string | null>();
  const voteOf = reads.table<string | null>();
  const configOf = reads.table<VersionedSummaryConfig | null>();
  /** Runs a write; every remembered read is dropped first (also when the write fails). */
  const write = <T>(fn: () => T): T => {
    reads.invalidate();
    return fn();
  };
  /** A cache key of (tenant, account, config version): the ids are length-prefixed. */
  const keyId = (tenantId: string, accountId: string, configVersion: number) =>
    `${tenantId.length}:${tenantId}${accountId.length}:${accountId}${configVersion}`;
  const dataOf = (row: unknown): string | null => (row ? (row as { data: string }).data : null);
  const parsed = <T>(data: string | null): T | null => (data === null ? null : (JSON.parse(data) as T));

  // A summary row is identified by (id, seq): a row replaced under the same id gets a new seq.
  const summaries = new ParsedCache<StoredSummary>(maxParsedSummaries);
  const summaryOf = (row: unknown): StoredSummary | null => {
    if (!row) return null;
    const { id, seq: stamp } = row as { id: string; seq: number };
    return summaries.get(id, Number(stamp), () => parse<StoredSummary>(sql.summaryData.get(id)));
  };
  // Config versions are append-only: (tenant, version) always names the same config.
  const configs = new ParsedCache<VersionedSummaryConfig>(maxParsedConfigs);

  const transaction = <T>(fn: () => T): T => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = fn();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  };

  return {
    schemaVersion,
    summaries: {
      async get(key) {
        return summaryOfKey.get(keyId(key.tenantId, key.accountId, key.configVersion), () =>
          summaryOf(sql.summaryGet.get(key.tenantId, key.accountId, key.configVersion)),
        );
      },
      async latestForAccount(tenantId, accountId) {
        return summaryOf(sql.summaryLatest.get(tenantId, accountId));
      },
      async getById(tenantId, id) {
        return summaryOf(sql.summaryById.get(tenantId, id));
      },
      async put(summary) {
        seq += 1;
        write(() => sql.summaryPut.run(
          summary.id,
          summary.tenantId,
          summary.accountId,
          summary.configVersion,
          Date.parse(summary.generatedAt),
          seq,
          JSON.stringify(summary),
        ));
      },
      async recentlyOpened(since) {
        return (sql.opened.all(Date.parse(since)) as Array<{ tenant_id: string; account_id: string; config_version: number }>).map(
          (row) => ({ tenantId: row.tenant_id, accountId: row.account_id, configVersion: Number(row.config_version) }),
        );
      },
      async touch(key, at) {
        // No cached read looks at "opened" marks, and this write sits on the read path: the cache stays.
        sql.touch.run(key.tenantId, key.accountId, key.configVersion, Date.parse(at));
      },
    },
    jobs: {
      async create(job) {
        write(() => sql.jobInsert.run(job.id, job.tenantId, job.accountId, job.configVersion, job.status, job.finishedAt, JSON.stringify(job)));
      },
      async get(tenantId, id) {
        return parse<Job>(sql.jobGet.get(tenantId, id));
      },
      async update(tenantId, id, patch) {
        return write(() => transaction(() => {
          const job = parse<Job>(sql.jobGet.get(tenantId, id));
          if (!job) return null;
          const next: Job = { ...job, ...patch, id: job.id, tenantId: job.tenantId };
          sql.jobUpdate.run(next.status, next.finishedAt, JSON.stringify(next), id);
          return next;
        }));
      },
      async findActive(key) {
        // The row's JSON is remembered and parsed per call: callers get their own object, as before.
        return parsed<Job>(activeJobOfKey.get(keyId(key.tenantId, key.accountId, key.configVersion), () =>
          dataOf(sql.jobActive.get(key.tenantId, key.accountId, key.configVersion)),
        ));
      },
      async findLastFinished(key) {
        return parse<Job>(sql.jobLastFinished.get(key.tenantId, key.accountId, key.configVersion));
      },
      async listUnfinished() {
        return sql.jobUnfinished.all().map((row) => parse<Job>(row)!);
      },
    },
    feedback: {
      async put(vote) {
        write(() => sql.feedbackPut.run(vote.tenantId, vote.summaryId, vote.userId, JSON.stringify(vote)));
      },
      async get(tenantId, summaryId, userId) {
        const id = `${tenantId.length}:${tenantId}${summaryId.length}:${summaryId}${userId}`;
        return parsed<Feedback>(voteOf.get(id, () => dataOf(sql.feedbackGet.get(tenantId, summaryId, userId))));
      },
      async list(tenantId) {
        return sql.feedbackList.all(tenantId).map((row) => parse<Feedback>(row)!);
      },
    },
    config: {
      async get(tenantId) {
        return configOf.get(tenantId, () => {
          const row = sql.configVersion.get(tenantId) as { version: number } | undefined;
          if (!row) return null;
          const version = Number(row.version);
          return configs.get(tenantId, version, () => parse<VersionedSummaryConfig>(sql.configData.get(tenantId, version)));
        });
      },
      async save(tenantId: string, config: SummaryConfig, userId: string, at: string) {
        return write(() => transaction(() => {
          const current = parse<VersionedSummaryConfig>(sql.configGet.get(tenantId));
          const saved: VersionedSummaryConfig = { version: (current?.version ?? 1) + 1, config, updatedAt: at, updatedBy: userId };
          sql.configInsert.run(tenantId, saved.version, JSON.stringify(saved));
          return saved;
        }));
      },
    },
    usage: {
      async add(tenantId, day, tokens, costUsd) {
        const row = write(() => sql.usageAdd.get(tenantId, day, tokens, costUsd)) as { tokens: number; cost_usd: number };
        return { tokens: Number(row.tokens), costUsd: Number(row.cost_usd) };
      },
      async get(tenantId, day) {
        const row = sql.usageGet.get(tenantId, day) as { tokens: number; cost_usd: number } | undefined;
        return row ? { tokens: Number(row.tokens), costUsd: Number(row.cost_usd) } : { tokens: 0, costUsd: 0 };
      },
    },
    locks: {
      async acquire(name, token, ttlMs) {
        const at = now();
        return Number(write(() => sql.lockAcquire.run(name, token, at + ttlMs, at)).changes) > 0;
      },
      async release(name, token) {
        return Number(write(() => sql.lockRelease.run(name, token, now())).changes) > 0;
      },
      async extend(name, token, ttlMs) {
        const at = now();
        return Number(write(() => sql.lockExtend.run(at + ttlMs, name, token, at)).changes) > 0;
      },
    },
    events: createInProcessEventBus(),
    async ping() {
      ping.get();
    },
    async close() {
      reads.invalidate();
      if (db.isOpen) db.close();
    },
  };
}
