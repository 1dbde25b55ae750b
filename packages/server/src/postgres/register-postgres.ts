/**
 * Plugs PostgreSQL into the command line without loading it up front: `--store postgres://…`
 * (or `postgresql://…`) makes PostgreSQL the store of record and change log, while summaries,
 * jobs, configuration, feedback, usage, locks and job events stay on Redis (`REDIS_URL`), where
 * the scale-out layer already keeps them with TTLs, pub/sub and BullMQ. The `postgres` client
 * is imported only when a command asks for it.
 */
import { registerRecordStoreScheme, registerStoreScheme } from '../cli/store-url.ts';
import type { RecordStore } from '@successkit/core';
import { CliError, usageError } from '../cli/cli-error.ts';

/** The Redis URL the non-record stores use beside a PostgreSQL store of record. */
export function redisBesidePostgres(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.REDIS_URL;
  if (!url) {
    throw usageError(
      '--store postgres://… keeps the store of record in PostgreSQL and summaries, jobs and configuration on Redis: set REDIS_URL (e.g. redis://127.0.0.1:6379)',
    );
  }
  return url;
}

/**
 * Opens the PostgreSQL store of record for a `--store` (or `DATABASE_URL`) value; the caller runs
 * `migrate()` (which `createRecordStoreFromUrl` does).
 *
 * @example
 * ```ts
 * const records = await openPostgresRecordStore('postgres://successkit@db/successkit');
 * await records.migrate();
 * ```
 */
async function openPostgresRecordStore(url: string): Promise<RecordStore> {
  const { createPostgresRecordStore } = await import('./postgres-record-store.ts');
  const { redactPostgresUrl } = await import('./postgres-connection.ts');
  const store = createPostgresRecordStore(url);
  return {
    ...store,
    async migrate() {
      try {
        await store.migrate();
      } catch (error) {
        throw new CliError(`${redactPostgresUrl(url)}: cannot open the store of record (${(error as Error).message})`, { cause: error });
      }
    },
  };
}

/** Registers `postgres://` (and `postgresql://`) with `--store`: the store of record on PostgreSQL, the other stores on Redis. */
export function registerPostgres(): void {
  const redisStores = async () => (await import('../scale-out/redis-stores.ts')).createRedisStores(redisBesidePostgres());
  for (const scheme of ['postgres', 'postgresql']) {
    registerStoreScheme(scheme, redisStores);
    registerRecordStoreScheme(scheme, openPostgresRecordStore);
  }
}
