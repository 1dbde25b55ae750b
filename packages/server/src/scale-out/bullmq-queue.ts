/**
 * `createBullMQQueue`: the scale-out `JobQueue` on BullMQ. API processes only enqueue; worker
 * processes call `process(handler)`, which starts a BullMQ Worker. Jobs are deduplicated per
 * dedupe key with BullMQ's deduplication (the key lives while the job is waiting, delayed
 * between retries or active, and is dropped when it completes or fails for good, so an old job
 * never blocks a new generation). Retries back off exponentially; a job whose worker died is
 * found by the stalled checker and handed to another worker. Payloads carry ids only.
 */
import type { JobHandler, JobQueue, QueuedJob } from '@successkit/core';
import { DelayedError, Queue, Worker, type Job as BullJob, type RateLimiterOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { hostname } from 'node:os';
import { QueueClosedError } from '../jobs/queue-closed-error.ts';
import { failFastRedisOptions, guard, unavailable } from './redis-connection.ts';
import { createTenantRateLimiter, type TenantRateLimit } from './tenant-rate-limit.ts';
import { InvalidStateError } from '@successkit/core';

/** Options of the BullMQ queue. */
export interface BullMQQueueOptions {
  /** Redis URL. */
  connection: string;
  /** Queue name. `successkit-summaries` by default. */
  queueName?: string;
  /** BullMQ key prefix. `sk-bull` by default. */
  prefix?: string;
  /** Jobs one worker process runs at once. 2 by default. */
  concurrency?: number;
  /** A queue-wide limit (BullMQ's limiter): at most `max` jobs per `duration` ms across workers. */
  limiter?: RateLimiterOptions;
  /** A per-tenant limit (token bucket in Redis); a limited job is delayed, not failed. */
  tenantRateLimit?: TenantRateLimit;
  /** Attempts per job, the first included. 3 by default. */
  attempts?: number;
  /** First retry delay; doubles per attempt. 2000 ms by default. */
  backoffMs?: number;
  /** How long a worker's lock on a job lasts without renewal, in ms. 30 000 by default. */
  lockDurationMs?: number;
  /** How often workers look for stalled jobs, in ms. 30 000 by default. */
  stalledIntervalMs?: number;
  /** How many times a job may stall (its worker died) before it fails. 2 by default. */
  maxStalledCount?: number;
  /** This worker's name, recorded on the jobs it takes (`processedBy`). `successkit-worker:HOST:PID` by default. */
  workerName?: string;
  /** Told when a job failed for good (every attempt used). */
  onFinalFailure?: (job: QueuedJob, error: Error) => void | Promise<void>;
  /** Told about worker errors (lost connections…). */
  onError?: (error: Error) => void;
}


/**
 * Creates the BullMQ job queue (connects lazily; `ping()` checks Redis).
 *
 * @example
 * ```ts
 * const queue = createBullMQQueue({ connection: 'redis://127.0.0.1:6379', concurrency: 4 });
 * await queue.enqueue({ jobId: 'j1', tenantId: 't', accountId: 'a', configVersion: 1, reason: 'generate' }, 't:a:1');
 * // in a worker process:
 * await queue.process(async (job, signal) => generate(job, signal));
 * ```
 */
export function createBullMQQueue(options: BullMQQueueOptions): JobQueue {
  const queueName = options.queueName ?? 'successkit-summaries';
  const prefix = options.prefix ?? 'sk-bull';
  const attempts = options.attempts ?? 3;
  const producer = new Redis(options.connection, { ...failFastRedisOptions({ connectionName: 'successkit-queue' }), lazyConnect: false });
  producer.on('error', () => {});
  const queue = new Queue<QueuedJob>(queueName, {
    connection: producer,
    prefix,
    defaultJobOptions: {
      attempts,
      backoff: { type: 'exponential', delay: options.backoffMs ?? 2_000 },
      removeOnComplete: { age: 3_600, count: 10_000 },
      removeOnFail: { age: 7 * 86_400, count: 10_000 },
    },
  });
  queue.on('error', (error) => options.onError?.(error));
  let worker: Worker<QueuedJob> | null = null;
  let workerConnection: Redis | null = null;
  let closed = false;

  return {
    async enqueue(job, dedupeKey) {
      if (closed) throw new QueueClosedError();
      const payload: QueuedJob = {
        jobId: job.jobId,
        tenantId: job.tenantId,
        accountId: job.accountId,
        configVersion: job.configVersion,
        reason: job.reason,
      };
      const added = await guard(() => queue.add('summary', payload, { jobId: job.jobId, deduplication: { id: dedupeKey } }));
      const jobId = added.id ?? job.jobId;
      return { jobId, deduplicated: jobId !== job.jobId };
    },

    async process(handler: JobHandler) {
      if (closed) throw new QueueClosedError();
      if (worker) throw new InvalidStateError('process() was already called on this queue');
      workerConnection = new Redis(options.connection, { maxRetriesPerRequest: null, connectionName: 'successkit-worker' });
      workerConnection.on('error', () => {});
      const limiter = options.tenantRateLimit ? createTenantRateLimiter(workerConnection, `${prefix}:${queueName}:`, options.tenantRateLimit) : null;
      worker = new Worker<QueuedJob>(
        queueName,
        async (bullJob: BullJob<QueuedJob>, token?: string, signal?: AbortSignal) => {
          if (limiter) {
            const waitMs = await limiter.take(bullJob.data.tenantId);
            if (waitMs > 0) {
              await bullJob.moveToDelayed(Date.now() + waitMs, token);
              throw new DelayedError();
            }
          }
          const maxAttempts = bullJob.opts.attempts ?? 1;
          const attempt = bullJob.attemptsMade + 1;
          await handler({ ...bullJob.data, attempt, finalAttempt: attempt >= maxAttempts }, signal ?? new AbortController().signal);
        },
        {
          connection: workerConnection,
          prefix,
          name: options.workerName ?? `successkit-worker:${hostname()}:${process.pid}`,
          concurrency: options.concurrency ?? 2,
          ...(options.limiter ? { limiter: options.limiter } : {}),
          lockDuration: options.lockDurationMs ?? 30_000,
          stalledInterval: options.stalledIntervalMs ?? 30_000,
          maxStalledCount: options.maxStalledCount ?? 2,
        },
      );
      worker.on('error', (error) => options.onError?.(error));
      worker.on('failed', (bullJob, error) => {
        if (!bullJob || error instanceof DelayedError || error.name === 'DelayedError') return;
        if (bullJob.attemptsMade >= (bullJob.opts.attempts ?? 1)) void Promise.resolve(options.onFinalFailure?.(bullJob.data, error)).catch(() => {});
      });
      await worker.waitUntilReady().catch((error: unknown) => {
        throw unavailable(error);
      });
    },

    ping: () =>
      guard(async () => {
        await producer.ping();
      }),

    async close() {
      if (closed) return;
      closed = true;
      await worker?.close();
      await queue.close();
      await producer.quit().catch(() => producer.disconnect());
      await workerConnection?.quit().catch(() => workerConnection?.disconnect());
    },
  };
}
