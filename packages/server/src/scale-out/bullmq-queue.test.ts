/**
 * The BullMQ queue on a real Redis: deduplication per key that never lets an old job block a
 * new generation, retries with exponential backoff, a job whose worker process was SIGKILLed
 * recovered by another worker, the per-tenant limit, ids-only payloads, and the start-up check
 * that refuses an evicting Redis.
 */
import type { QueuedJob } from '@successkit/core';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, useRedis, type TestRedis } from '../../test/redis/redis-server.ts';
import { createBullMQQueue, type BullMQQueueOptions } from './bullmq-queue.ts';
import { checkRedisForQueue, RedisConfigError } from './check-redis.ts';

let server: TestRedis;
const opened: Array<{ close(): Promise<void> }> = [];
beforeAll(async () => {
  server = await useRedis();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((item) => item.close()));
});
afterAll(async () => {
  await server.stop();
});

let counter = 0;
function makeQueue(overrides: Partial<BullMQQueueOptions> = {}) {
  const queueName = `test-${process.pid}-${Date.now()}-${counter++}`;
  const queue = createBullMQQueue({ connection: server.url, queueName, prefix: 'sk-test-bull', backoffMs: 100, ...overrides });
  opened.push(queue);
  return { queue, queueName };
}

function job(jobId: string, overrides: Partial<QueuedJob> = {}): QueuedJob {
  return { jobId, tenantId: 'tenant-a', accountId: 'acc-1', configVersion: 1, reason: 'generate', ...overrides };
}

/** Waits until `check` holds, polling at most `ms` (bounded in count and time). */
async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (let i = 0; i < 100_000 && !check() && Date.now() < deadline; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(check(), `condition not met within ${ms} ms`).toBe(true);
}

describe('BullMQ queue', () => {
  it('deduplicates per key while a job is queued', async () => {
    const { queue } = makeQueue();
    expect(await queue.enqueue(job('j-1'), 'tenant-a:acc-1:1:0')).toEqual({ jobId: 'j-1', deduplicated: false });
    expect(await queue.enqueue(job('j-2'), 'tenant-a:acc-1:1:0')).toEqual({ jobId: 'j-1', deduplicated: true });
    expect(await queue.enqueue(job('j-3', { accountId: 'acc-2' }), 'tenant-a:acc-2:1:0')).toEqual({ jobId: 'j-3', deduplicated: false });
  });

  it('never lets a completed or failed job block a new one with the same key', async () => {
    const { queue } = makeQueue({ attempts: 1 });
    const ran: string[] = [];
    await queue.process(async (queued) => {
      ran.push(queued.jobId);
      if (queued.jobId === 'fails') throw new Error('model down');
    });
    await queue.enqueue(job('first'), 'key');
    await until(() => ran.includes('first'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await queue.enqueue(job('fails'), 'key')).toEqual({ jobId: 'fails', deduplicated: false });
    await until(() => ran.includes('fails'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await queue.enqueue(job('second'), 'key')).toEqual({ jobId: 'second', deduplicated: false });
    await until(() => ran.includes('second'));
    expect(ran).toEqual(['first', 'fails', 'second']);
  });

  it('retries with exponential backoff and reports the attempt', async () => {
    const finalFailures: string[] = [];
    const { queue } = makeQueue({ attempts: 3, backoffMs: 100, onFinalFailure: (queued) => void finalFailures.push(queued.jobId) });
    const runs: Array<{ jobId: string; attempt?: number; finalAttempt?: boolean; at: number }> = [];
    await queue.process(async (queued) => {
      runs.push({ jobId: queued.jobId, attempt: queued.attempt, finalAttempt: queued.finalAttempt, at: Date.now() });
      if (queued.jobId === 'always-fails' || runs.filter((run) => run.jobId === queued.jobId).length < 3) throw new Error('flaky');
    });
    await queue.enqueue(job('flaky'), 'k-flaky');
    await queue.enqueue(job('always-fails', { accountId: 'acc-2' }), 'k-fails');
    await until(() => runs.filter((run) => run.jobId === 'flaky').length === 3 && finalFailures.length === 1);
    const flaky = runs.filter((run) => run.jobId === 'flaky');
    expect(flaky.map((run) => [run.attempt, run.finalAttempt])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    // Lower bounds only (a slow machine can only make the gaps longer): 100 ms, then 200 ms.
    expect(flaky[1]!.at - flaky[0]!.at).toBeGreaterThanOrEqual(90);
    expect(flaky[2]!.at - flaky[1]!.at).toBeGreaterThanOrEqual(190);
    expect(finalFailures).toEqual(['always-fails']);
    expect(runs.filter((run) => run.jobId === 'always-fails')).toHaveLength(3);
  });

  it('hands a job whose worker was SIGKILLed to another worker', async () => {
    const { queue, queueName } = makeQueue({ lockDurationMs: 1_000, stalledIntervalMs: 500 });
    const script = fileURLToPath(new URL('../../test/redis/stalling-worker.ts', import.meta.url));
    const child = spawn(process.execPath, ['--conditions=@successkit/source', script, server.url, queueName, 'sk-test-bull'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await until(() => output.includes('ready'), 20_000);
      await queue.enqueue(job('survivor'), 'k-survivor');
      await until(() => output.includes('started survivor'));
      child.kill('SIGKILL');
      const ran: string[] = [];
      await queue.process(async (queued) => void ran.push(queued.jobId));
      await until(() => ran.includes('survivor'), 20_000);
      expect(ran).toEqual(['survivor']);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('limits each tenant separately, delaying (not failing) the limited job', async () => {
    const { queue, queueName } = makeQueue({ tenantRateLimit: { max: 1, durationMs: 60_000 } });
    const ran: string[] = [];
    await queue.process(async (queued) => void ran.push(queued.jobId));
    await queue.enqueue(job('a-1'), 'a-1');
    await queue.enqueue(job('a-2', { accountId: 'acc-2' }), 'a-2');
    await queue.enqueue(job('b-1', { tenantId: 'tenant-b' }), 'b-1');
    await until(() => ran.length === 2);
    expect(ran.sort()).toEqual(['a-1', 'b-1']);
    const inspector = new Queue(queueName, { connection: { host: '127.0.0.1', port: server.port }, prefix: 'sk-test-bull' });
    try {
      expect(await (await inspector.getJob('a-2'))?.getState()).toBe('delayed');
    } finally {
      await inspector.close();
    }
  });

  it('carries ids only in job payloads', async () => {
    const { queue, queueName } = makeQueue();
    const leaky = { ...job('ids-only'), accountName: 'ACME Corp', email: 'ceo@acme.example' } as QueuedJob;
    await queue.enqueue(leaky, 'ids-only');
    const inspector = new Queue(queueName, { connection: { host: '127.0.0.1', port: server.port }, prefix: 'sk-test-bull' });
    try {
      expect((await inspector.getJob('ids-only'))?.data).toEqual(job('ids-only'));
    } finally {
      await inspector.close();
    }
  });
});

describe('checkRedisForQueue', () => {
  it('accepts noeviction', async () => {
    const redis = new Redis(server.url);
    try {
      expect(await checkRedisForQueue(redis)).toEqual({ maxmemoryPolicy: 'noeviction' });
    } finally {
      redis.disconnect();
    }
  });

  it('refuses allkeys-lru, naming the setting and the fix', async () => {
    const evicting = await startRedisServer({ maxmemoryPolicy: 'allkeys-lru' });
    const redis = new Redis(evicting.url);
    try {
      const error = await checkRedisForQueue(redis).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RedisConfigError);
      expect((error as RedisConfigError).value).toBe('allkeys-lru');
      expect((error as Error).message).toMatch(/maxmemory-policy is 'allkeys-lru'/);
      expect((error as Error).message).toMatch(/CONFIG SET maxmemory-policy noeviction/);
    } finally {
      redis.disconnect();
      await evicting.stop();
    }
  });
});
