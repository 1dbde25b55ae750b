/**
 * The summary engine on the scale-out backends (real Redis, real BullMQ, the real openai SDK
 * against the stub server): a caller waiting for another process's job lock is woken by the
 * release (pub/sub), not by polling; a passing model failure is retried by BullMQ with the job
 * kept queued, not failed; a lasting one fails at once.
 */
import type { Job, JobQueue } from '@successkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useRedis, uniquePrefix, type TestRedis } from '../../test/redis/redis-server.ts';
import { citingContent, startOpenAIStub, type OpenAIStub } from '../generators/__fixtures__/openai-stub-server.ts';
import { createOpenAIGenerator } from '../generators/openai-generator.ts';
import { createBullMQQueue } from '../scale-out/bullmq-queue.ts';
import { createRedisStores, type RedisStores } from '../scale-out/redis-stores.ts';
import { createMemoryStores } from '../stores/memory-stores.ts';
import { followJob, recordEvents, testCaller, testGenerator, testTenants } from './__fixtures__/summary-test-kit.ts';
import { createSummaryService } from './create-summary-service.ts';
import { createSummaryJobRunner } from './summary-job-runner.ts';
import { keyString } from './summary-keys.ts';
import { createSummaryRuntime } from './summary-runtime.ts';
import { newQueuedJob } from './new-queued-job.ts';

let server: TestRedis;
let stub: OpenAIStub;
const opened: Array<{ close(): Promise<void> }> = [];
beforeAll(async () => {
  server = await useRedis();
  stub = await startOpenAIStub({ defaultReply: { kind: 'completion', content: citingContent } });
});
afterAll(async () => {
  for (const item of opened.reverse()) await item.close();
  await stub.close();
  await server.stop();
});

async function redisStores(prefix: string): Promise<RedisStores> {
  const stores = await createRedisStores(server.url, { prefix });
  opened.push(stores);
  return stores;
}

/** Waits until `check` holds (bounded in count and time). */
async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (let i = 0; i < 100_000 && !check() && Date.now() < deadline; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check(), `condition not met within ${ms} ms`).toBe(true);
}

/** A queue that accepts jobs and never runs them. */
function idleQueue(): JobQueue {
  return { enqueue: async (job) => ({ jobId: job.jobId, deduplicated: false }), process: async () => {}, ping: async () => {}, close: async () => {} };
}

function queuedJob(id: string, at: string): Job {
  return newQueuedJob({ id, tenantId: 'acme', accountId: 'acc-1', configVersion: 1, reason: 'generate' }, at);
}

describe('cross-process single-flight on Redis', () => {
  it('wakes a caller waiting for another process’s job lock through pub/sub, without polling', async () => {
    const prefix = uniquePrefix('join');
    const stores = await redisStores(prefix);
    const otherProcess = await redisStores(prefix);
    const calls = { acquire: 0, waitForRelease: 0, findActive: 0 };
    const { acquire, waitForRelease } = stores.locks;
    const findActive = stores.jobs.findActive.bind(stores.jobs);
    stores.locks.acquire = (...args) => (calls.acquire++, acquire(...args));
    stores.locks.waitForRelease = (...args) => (calls.waitForRelease++, waitForRelease(...args));
    stores.jobs.findActive = (key) => (calls.findActive++, findActive(key));
    const service = createSummaryService({ data: testTenants(), stores, queue: idleQueue(), generator: testGenerator().generator, processJobs: false });

    const lockName = `summary-job:${keyString({ tenantId: 'acme', accountId: 'acc-1', configVersion: 1 })}`;
    expect(await otherProcess.locks.acquire(lockName, 'other-process', 60_000)).toBe(true);
    const answer = service.getSummary(testCaller('acme'), 'acc-1');
    await until(() => calls.waitForRelease === 1);
    // Give a poller (every 25–50 ms) ample time to show itself: the waiter must stay silent.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls).toEqual({ acquire: 1, waitForRelease: 1, findActive: 2 });

    // The other process creates the job, then releases its lock (which publishes the wake-up).
    await otherProcess.jobs.create(queuedJob('job-from-other-process', new Date().toISOString()));
    expect(await otherProcess.locks.release(lockName, 'other-process')).toBe(true);
    // Woken by the release: the lock's 60 s TTL would outlast the test's timeout.
    expect(await answer).toMatchObject({ state: 'generating', jobId: 'job-from-other-process' });
    expect(calls).toEqual({ acquire: 1, waitForRelease: 1, findActive: 3 });
    await service.close();
  });
});

describe('BullMQ retries of a generation job', () => {
  it('retries a job whose model calls failed with 500 beyond the SDK’s retries; it succeeds once, never failed', async () => {
    const stores = await redisStores(uniquePrefix('retry'));
    const events = recordEvents(stores);
    let puts = 0;
    const put = stores.summaries.put.bind(stores.summaries);
    stores.summaries.put = (summary) => (puts++, put(summary));
    const queue = createBullMQQueue({ connection: server.url, queueName: `retry-${process.pid}-${Date.now()}`, prefix: 'sk-test-bull', attempts: 3, backoffMs: 100 });
    // The SDK tries twice (maxRetries 1); both calls of the first BullMQ attempt answer 500.
    const generator = createOpenAIGenerator({ apiKey: 'sk-test', baseURL: stub.baseURL, maxRetries: 1 });
    const service = createSummaryService({ data: testTenants(), stores, queue, generator, recoverJobs: 'off' });
    opened.push(service);
    await service.ready;
    const before = stub.requests.length;
    const failure = { kind: 'error', status: 500, headers: { 'retry-after-ms': '10' } } as const;
    stub.script(failure, failure);

    const caller = testCaller('acme');
    const answer = await service.getSummary(caller, 'acc-1');
    expect(answer.state).toBe('generating');
    const jobId = answer.state === 'generating' ? answer.jobId : '';
    const summary = await followJob(service, caller, jobId);

    expect(stub.requests.length - before).toBe(3);
    expect(await stores.jobs.get('acme', jobId)).toMatchObject({ status: 'succeeded', stage: 'done', summaryId: summary.id, error: null });
    expect(puts).toBe(1);
    expect((await stores.summaries.get({ tenantId: 'acme', accountId: 'acc-1', configVersion: 1 }))?.id).toBe(summary.id);
    const log = events.get(jobId) ?? [];
    const retry = log.find((event) => event.type === 'stage' && event.retry);
    expect(retry).toMatchObject({ type: 'stage', stage: 'queued', progress: 0, retry: { nextAttempt: 2, problem: { status: 502 } } });
    expect(log.some((event) => event.type === 'failed' || (event.type === 'stage' && event.stage === 'failed'))).toBe(false);
    expect(log.filter((event) => event.type === 'done')).toHaveLength(1);
  });

  it('fails a refused job at once, without a BullMQ retry', async () => {
    const stores = await redisStores(uniquePrefix('refusal'));
    const events = recordEvents(stores);
    const queue = createBullMQQueue({ connection: server.url, queueName: `refusal-${process.pid}-${Date.now()}`, prefix: 'sk-test-bull', attempts: 3, backoffMs: 100 });
    const generator = createOpenAIGenerator({ apiKey: 'sk-test', baseURL: stub.baseURL, maxRetries: 0 });
    const service = createSummaryService({ data: testTenants(), stores, queue, generator, recoverJobs: 'off' });
    opened.push(service);
    await service.ready;
    const before = stub.requests.length;
    stub.script({ kind: 'completion', refusal: 'I cannot help with that.' });

    const caller = testCaller('acme');
    const answer = await service.getSummary(caller, 'acc-2');
    const jobId = answer.state === 'generating' ? answer.jobId : '';
    await expect(followJob(service, caller, jobId)).rejects.toMatchObject({ problem: { status: 502 } });
    expect(stub.requests.length - before).toBe(1);
    expect(await stores.jobs.get('acme', jobId)).toMatchObject({ status: 'failed', stage: 'failed' });
    expect((events.get(jobId) ?? []).some((event) => event.type === 'stage' && event.retry)).toBe(false);
  });
});

describe('the job runner under a retrying queue', () => {
  it('rethrows a passing failure before the final attempt and keeps the job queued; fails it on the final one', async () => {
    const stores = createMemoryStores();
    const test = testGenerator();
    test.fail('upstream');
    const runtime = createSummaryRuntime({ data: testTenants(), stores, queue: idleQueue(), generator: test.generator });
    const run = createSummaryJobRunner(runtime);
    const at = new Date().toISOString();
    await stores.jobs.create(queuedJob('j-1', at));
    const queued = { jobId: 'j-1', tenantId: 'acme', accountId: 'acc-1', configVersion: 1, reason: 'generate' } as const;
    const signal = new AbortController().signal;

    await expect(run({ ...queued, attempt: 1, finalAttempt: false }, signal)).rejects.toMatchObject({ kind: 'upstream' });
    expect(await stores.jobs.get('acme', 'j-1')).toMatchObject({ status: 'queued', stage: 'queued', error: null, finishedAt: null });
    await run({ ...queued, attempt: 2, finalAttempt: true }, signal);
    expect(await stores.jobs.get('acme', 'j-1')).toMatchObject({ status: 'failed', stage: 'failed', error: { status: 502 } });
    expect(test.calls).toBe(2);
  });

  it('does not retry a lasting failure, even before the final attempt', async () => {
    const stores = createMemoryStores();
    const test = testGenerator();
    test.fail('refusal');
    const run = createSummaryJobRunner(createSummaryRuntime({ data: testTenants(), stores, queue: idleQueue(), generator: test.generator }));
    await stores.jobs.create(queuedJob('j-2', new Date().toISOString()));
    await run({ jobId: 'j-2', tenantId: 'acme', accountId: 'acc-1', configVersion: 1, reason: 'generate', attempt: 1, finalAttempt: false }, new AbortController().signal);
    expect(await stores.jobs.get('acme', 'j-2')).toMatchObject({ status: 'failed', stage: 'failed' });
  });
});
