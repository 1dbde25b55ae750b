/**
 * `successkit worker --data FILE --store redis://…`: a process that only runs generation jobs
 * taken from BullMQ, with the same summary engine as `serve`, and no HTTP. Loaded on demand by
 * register-scale-out.ts, so other commands do not pay for BullMQ. With live data,
 * `worker --store postgres://…` reads the tenants from the PostgreSQL store of record (following
 * its change feed, like `serve`) and uses the Redis at `REDIS_URL` for everything else.
 */
import { parseArgs } from 'node:util';
import type { Stores } from '@successkit/core';
import { fileTenantData } from '../data/file-tenant-data.ts';
import { createGeneratorFromEnv } from '../generators/generator-from-env.ts';
import { createLogger } from '../logging/logger.ts';
import { failUnfinishedJob } from '../summary/summary-recovery.ts';
import { createSummaryService } from '../summary/create-summary-service.ts';
import { CliError, usageError } from '../cli/cli-error.ts';
import { parseDurationSeconds } from '../cli/parse-duration.ts';
import { createRecordStoreFromUrl, storeScheme } from '../cli/store-url.ts';
import { redisBesidePostgres } from '../postgres/register-postgres.ts';
import { storeTenantData } from '../records/store-tenant-data.ts';
import { createBullMQQueue, type BullMQQueueOptions } from './bullmq-queue.ts';
import { checkRedisForQueue, RedisConfigError } from './check-redis.ts';
import { redactUrl } from './redis-connection.ts';
import { createRedisStores, type RedisStores } from './redis-stores.ts';

/** The Redis URL of `--store`, else `REDIS_URL`. */
export function queueRedisUrl(storeUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  if (storeScheme(storeUrl) === 'redis') return storeUrl;
  if (env.REDIS_URL) return env.REDIS_URL;
  throw usageError('--queue bullmq needs Redis: use --store redis://HOST:PORT or set REDIS_URL');
}

/** Refuses a Redis that evicts keys (the queue would lose jobs). */
export async function assertNoEviction(stores: Stores, url: string, warn: (message: string) => void): Promise<void> {
  const redis = (stores as Partial<RedisStores>).redis;
  if (!redis) return;
  try {
    const { warning } = await checkRedisForQueue(redis);
    if (warning) warn(warning);
  } catch (error) {
    if (error instanceof RedisConfigError) throw new CliError(`${redactUrl(url)}: ${error.message}`, { cause: error });
    throw error;
  }
}

/** A running worker. */
export interface RunningWorker {
  stop(): Promise<void>;
}

/** `successkit worker`: runs generation jobs from BullMQ until stopped. */
export async function workerCommand(args: string[], out: (line: string) => void = console.log): Promise<RunningWorker> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string', multiple: true },
      store: { type: 'string', default: process.env.REDIS_URL },
      concurrency: { type: 'string', default: '2' },
      attempts: { type: 'string', default: '3' },
      'lock-duration': { type: 'string', default: '30s' },
      'stalled-interval': { type: 'string', default: '30s' },
      'tenant-limit': { type: 'string' },
      'log-level': { type: 'string', default: process.env.LOG_LEVEL || 'info' },
    },
    strict: true,
  });
  const onPostgres = values.store !== undefined && ['postgres', 'postgresql'].includes(storeScheme(values.store));
  if (!values.data?.length && !onPostgres) throw usageError('worker: --data FILE is required (the same dataset files as `serve`), or --store postgres://… for live data');
  if (!values.store || (!onPostgres && storeScheme(values.store) !== 'redis')) throw usageError('worker: --store redis://HOST:PORT (or REDIS_URL) or postgres://… (with REDIS_URL) is required');
  const redisUrl = onPostgres ? redisBesidePostgres() : values.store;
  const concurrency = Number(values.concurrency);
  const attempts = Number(values.attempts);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw usageError(`worker: --concurrency must be a whole number ≥ 1 (got "${values.concurrency}")`);
  if (!Number.isInteger(attempts) || attempts < 1) throw usageError(`worker: --attempts must be a whole number ≥ 1 (got "${values.attempts}")`);
  const queueOptions: BullMQQueueOptions = {
    connection: redisUrl,
    concurrency,
    attempts,
    lockDurationMs: parseDurationSeconds(values['lock-duration'], '--lock-duration') * 1000,
    stalledIntervalMs: parseDurationSeconds(values['stalled-interval'], '--stalled-interval') * 1000,
  };
  if (values['tenant-limit']) {
    const match = /^(\d+)\/(\d+[smh]?)$/.exec(values['tenant-limit']);
    if (!match) throw usageError(`worker: --tenant-limit must look like 10/1m (jobs per period; got "${values['tenant-limit']}")`);
    queueOptions.tenantRateLimit = { max: Number(match[1]), durationMs: parseDurationSeconds(match[2]!, '--tenant-limit') * 1000 };
  }

  const logger = createLogger({ level: values['log-level'] });
  const records = onPostgres ? await createRecordStoreFromUrl(values.store) : null;
  const live = records ? storeTenantData(records) : null;
  const data = live ?? (await fileTenantData(values.data!));
  const stores = await createRedisStores(redisUrl);
  try {
    await assertNoEviction(stores, redisUrl, (message) => logger.warn({}, message));
  } catch (error) {
    await stores.close();
    live?.close();
    await records?.close();
    throw error;
  }
  const queue = createBullMQQueue({
    ...queueOptions,
    onError: (error) => logger.warn({ error: error.message }, 'queue connection problem'),
    // The handler records a failure of its own final attempt; a job the queue gives up on
    // without it (stalled too often, its worker gone) would otherwise stay `running` for good.
    onFinalFailure: async (job, error) => {
      logger.warn({ jobId: job.jobId, tenantId: job.tenantId, error: error.name }, 'summary job failed for good');
      await failUnfinishedJob(stores, job.tenantId, job.jobId, new Date().toISOString(), `The job was given up after ${attempts} attempt(s) (${error.name}).`);
    },
  });
  const generator = createGeneratorFromEnv(process.env, { logger });
  // The queue recovers stalled jobs itself, so no start-up re-run of "unfinished" jobs here.
  const service = createSummaryService({ data, stores, queue, generator, logger, processJobs: true, recoverJobs: 'off' });
  await service.ready;
  out(`successkit worker running (store ${onPostgres ? `${values.store.split('@').pop()} + ${redactUrl(redisUrl)}` : redactUrl(values.store)}; concurrency ${concurrency}; tenants: ${(await data.tenants()).join(', ')})`);

  let stopping: Promise<void> | null = null;
  return {
    stop: () =>
      (stopping ??= (async () => {
        logger.info({}, 'worker shutting down: finishing running jobs');
        await service.close();
        await stores.close();
        live?.close();
        await records?.close();
      })()),
  };
}
