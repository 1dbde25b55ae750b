/**
 * `SqliteReadCache`: remembers the results of the SQLite store's hot reads (the summary of a
 * key, the active job of a key, a user's vote, a tenant's config) so a cached summary GET does
 * not run four statements. Every entry of every table is dropped together:
 *
 * - whenever the store writes through its own connection (a summary, a job, a vote, a config,
 *   usage, a lock — everything but the "opened" marks no cached read looks at), so this process
 *   always reads its own writes; and a write such as taking a lock is followed by fresh reads
 *   (the cross-process single-flight looks for an active job right after it takes the lock);
 * - when another connection (another process on the same file) has committed, which SQLite's
 *   `PRAGMA data_version` tells; it is asked at most once per `recheckMs` (default 1 ms), so
 *   another process's commit is seen within that window.
 *
 * Each table holds at most `maxEntries` keys; the oldest goes first.
 */

/** Options of the read cache. */
export interface SqliteReadCacheOptions {
  /** `PRAGMA data_version` of the store's connection: changes when another connection commits. */
  dataVersion: () => number;
  /** Most keys per table (default 10 000). */
  maxEntries?: number;
  /** Milliseconds between two `dataVersion` checks (default 1; 0 checks on every read). */
  recheckMs?: number;
  /** Monotonic clock in ms (default `performance.now`). */
  clock?: () => number;
}

/** One cached read: values by key. */
export interface ReadTable<V> {
  /** The cached value of `key`, else `load()`'s (remembered). */
  get(key: string, load: () => V): V;
  readonly size: number;
}

/** The read cache of one SQLite connection. */
export class SqliteReadCache {
  readonly #tables: Array<Map<string, unknown>> = [];
  readonly #dataVersion: () => number;
  readonly #maxEntries: number;
  readonly #recheckMs: number;
  readonly #clock: () => number;
  #version: number;
  #checkedAt: number;

  constructor(options: SqliteReadCacheOptions) {
    this.#dataVersion = options.dataVersion;
    this.#maxEntries = options.maxEntries ?? 10_000;
    this.#recheckMs = options.recheckMs ?? 1;
    this.#clock = options.clock ?? (() => performance.now());
    this.#version = this.#dataVersion();
    this.#checkedAt = this.#clock();
  }

  /** A new cached table. */
  table<V>(): ReadTable<V> {
    const entries = new Map<string, V>();
    this.#tables.push(entries as Map<string, unknown>);
    return {
      get: (key, load) => {
        this.#revalidate();
        if (entries.has(key)) return entries.get(key)!;
        const value = load();
        if (entries.size >= this.#maxEntries) entries.delete(entries.keys().next().value!);
        entries.set(key, value);
        return value;
      },
      get size() {
        return entries.size;
      },
    };
  }

  /** Forgets everything: call on every write through the store's connection. */
  invalidate(): void {
    for (const table of this.#tables) table.clear();
  }

  /** Drops everything when another connection has committed since the last check. */
  #revalidate(): void {
    const now = this.#clock();
    if (now - this.#checkedAt < this.#recheckMs && now >= this.#checkedAt) return;
    this.#checkedAt = now;
    const version = this.#dataVersion();
    if (version === this.#version) return;
    this.#version = version;
    this.invalidate();
  }
}
