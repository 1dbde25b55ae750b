/**
 * Where `--store` and `--queue` lead: a small registry from a store URL scheme (`memory`,
 * `sqlite:PATH`, `redis://…`) to the `Stores` it opens, and from a queue kind (`inline`,
 * `bullmq`) to the `JobQueue`. The embedded kinds are built in; the scale-out module registers
 * `redis` and `bullmq` with `registerStoreScheme` / `registerQueueKind`.
 *
 * The store of record (`RecordStore`: entities, change log, service keys) has a registry of its
 * own by the same schemes: `sqlite:PATH` keeps it in the same file as the summaries, `memory`
 * in a temporary file removed on close; PostgreSQL registers `postgres` with
 * `registerRecordStoreScheme`. A scheme without one (e.g. `redis`) serves the `--data` files
 * as they are, without ingestion.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JobQueue, RecordStore, Stores } from '@successkit/core';
import { createSqliteRecordStore } from '../records/sqlite-record-store.ts';
import { createInlineQueue } from '../jobs/inline-queue.ts';
import { createMemoryStores } from '../stores/memory-stores.ts';
import { createSqliteStores } from '../stores/sqlite-stores.ts';
import { usageError } from './cli-error.ts';

/** Opens stores for a URL of one scheme. */
export type StoreFactory = (url: string) => Stores | Promise<Stores>;
/** Creates a queue of one kind; `storeUrl` is the `--store` value (e.g. the Redis URL). */
export type QueueFactory = (options: { storeUrl: string; stores: Stores }) => JobQueue | Promise<JobQueue>;

const storeSchemes = new Map<string, StoreFactory>([
  ['memory', () => createMemoryStores()],
  ['sqlite', (url) => createSqliteStores(sqlitePath(url))],
]);
const queueKinds = new Map<string, QueueFactory>([['inline', () => createInlineQueue()]]);

/** Opens the store of record for a URL of one scheme. */
export type RecordStoreFactory = (url: string) => RecordStore | Promise<RecordStore>;

const recordSchemes = new Map<string, RecordStoreFactory>([
  ['sqlite', (url) => createSqliteRecordStore(sqlitePath(url))],
  ['memory', () => temporaryRecordStore()],
]);

/** Adds (or replaces) a store-of-record scheme, e.g. `postgres`. */
export function registerRecordStoreScheme(scheme: string, factory: RecordStoreFactory): void {
  recordSchemes.set(scheme, factory);
}

/** Opens the store of record a `--store` value names, or `null` when its scheme has none. */
export async function createRecordStoreFromUrl(url: string): Promise<RecordStore | null> {
  const factory = recordSchemes.get(storeScheme(url));
  if (!factory) return null;
  const store = await factory(url);
  await store.migrate();
  return store;
}

/** A SQLite store of record in a temporary file, removed on close (`--store memory`). */
function temporaryRecordStore(): RecordStore {
  const dir = mkdtempSync(join(tmpdir(), 'successkit-memory-'));
  const store = createSqliteRecordStore(join(dir, 'records.db'));
  return {
    ...store,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Adds (or replaces) a store scheme, e.g. `redis`. */
export function registerStoreScheme(scheme: string, factory: StoreFactory): void {
  storeSchemes.set(scheme, factory);
}

/** Adds (or replaces) a queue kind, e.g. `bullmq`. */
export function registerQueueKind(kind: string, factory: QueueFactory): void {
  queueKinds.set(kind, factory);
}

/** The scheme of a store URL: `memory`, `sqlite` (`sqlite:PATH`), `redis` (`redis://…`, `rediss://…`). */
export function storeScheme(url: string): string {
  if (url === 'memory') return 'memory';
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (!match) throw usageError(`--store must be memory, sqlite:PATH, redis://HOST:PORT or postgres://USER@HOST:PORT/DB (got "${url}")`);
  const scheme = match[1]!.toLowerCase();
  return scheme === 'rediss' ? 'redis' : scheme;
}

/** Opens the stores a `--store` value names. */
export async function createStoresFromUrl(url: string): Promise<Stores> {
  const scheme = storeScheme(url);
  const factory = storeSchemes.get(scheme);
  if (!factory) throw usageError(`--store: no store for "${scheme}:" (known: ${[...storeSchemes.keys()].join(', ')})`);
  return factory(url);
}

/** Creates the queue a `--queue` value names. */
export async function createQueueOfKind(kind: string, options: { storeUrl: string; stores: Stores }): Promise<JobQueue> {
  const factory = queueKinds.get(kind);
  if (!factory) throw usageError(`--queue must be one of ${[...queueKinds.keys()].join(', ')} (got "${kind}")`);
  return factory(options);
}

function sqlitePath(url: string): string {
  const path = url.slice('sqlite:'.length).replace(/^\/\//, '');
  if (!path) throw usageError('--store sqlite:PATH needs a file path, e.g. sqlite:./successkit.db');
  return path;
}
