/**
 * Scale-out proven with real processes: 4 API processes (`serve --store redis://… --queue
 * bullmq`) and 2 workers (`successkit worker`) on one real Redis, generating through the real
 * openai SDK against an OpenAI-compatible stub on 127.0.0.1 that counts model calls.
 * - 500 concurrent requests for one cold account → exactly 1 model call, 500 identical answers;
 * - a worker SIGKILLed mid-generation → another worker finishes the job, stored once;
 * - Redis restarted mid-run → 503 problem+json while down, normal answers soon after it is
 *   back, and the job that was running is not lost.
 * Every loop is bounded in count and time.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli, type CliProcess } from '../../test/redis/cli-process.ts';
import { startRedisServer, type TestRedis } from '../../test/redis/redis-server.ts';
import { mintEmbedToken } from '../auth/embed-token.ts';
import { startOpenAIStub, stubSummaryOutput, type OpenAIStub, type StubReply } from '../generators/__fixtures__/openai-stub-server.ts';
import { testDataset } from '../summary/__fixtures__/summary-test-kit.ts';

const secret = 'scale-out-test-secret-0123456789abcdef';
/** The stub's summary, every statement citing an input key each account has (so it passes the faithfulness check). */
const faithful = JSON.stringify({
  kpis: [],
  sections: Object.fromEntries(
    Object.entries(stubSummaryOutput.sections).map(([name, statements]) => [name, statements.map((statement) => ({ ...statement, evidence: ['touchpoints.total'] }))]),
  ),
});
/** A model reply after `delayMs`. */
const reply = (delayMs: number): StubReply => ({ kind: 'completion', delayMs, content: faithful });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let redis: TestRedis;
let stub: OpenAIStub;
let dir: string;
let dataFile: string;
let token: string;
const apis: CliProcess[] = [];
const apiUrls: string[] = [];
const workers: CliProcess[] = [];

function env(): Record<string, string> {
  return { SUCCESSKIT_JWT_SECRET: secret, OPENAI_API_KEY: 'sk-test-stub', OPENAI_BASE_URL: stub.baseURL, SUCCESSKIT_MODEL: 'gpt-4.1-mini' };
}

async function startWorker(): Promise<CliProcess> {
  const worker = startCli(['worker', '--data', dataFile, '--store', redis.url, '--lock-duration', '2s', '--stalled-interval', '1s'], env());
  workers.push(worker);
  await worker.waitFor(/successkit worker running/, 60_000);
  return worker;
}

async function startApi(): Promise<void> {
  const api = startCli(['serve', '--data', dataFile, '--port', '0', '--store', redis.url, '--queue', 'bullmq'], env());
  apis.push(api);
  const [, url] = await api.waitFor(/listening on (http:\/\/[^\s]+)/, 60_000);
  apiUrls.push(url!);
}

interface Answer {
  status: number;
  type: string;
  body: { state?: string; jobId?: string; summary?: { id: string }; status?: string; summaryId?: string } & Record<string, unknown>;
  text: string;
}

async function call(base: string, path: string, timeoutMs = 10_000): Promise<Answer> {
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(timeoutMs) });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: JSON.parse(text) as Answer['body'], text };
}

/** Polls the job until it finished, at most `ms`. */
async function finishedJob(jobId: string, ms = 90_000): Promise<Answer['body']> {
  const deadline = Date.now() + ms;
  for (let i = 0; i < 2_000 && Date.now() < deadline; i++) {
    const answer = await call(apiUrls[i % apiUrls.length]!, `/v1/jobs/${jobId}`).catch(() => null);
    if (answer?.status === 200 && (answer.body.status === 'succeeded' || answer.body.status === 'failed')) return answer.body;
    await sleep(200);
  }
  throw new Error(`job ${jobId} did not finish within ${ms} ms`);
}

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  for (let i = 0; i < 10_000 && !check() && Date.now() < deadline; i++) await sleep(20);
  if (!check()) throw new Error(`${what} within ${ms} ms`);
}

beforeAll(async () => {
  redis = await startRedisServer({ appendOnly: true });
  stub = await startOpenAIStub({ defaultReply: reply(3_000) });
  dir = await mkdtemp(join(tmpdir(), 'sk-scale-'));
  dataFile = join(dir, 'acme.json');
  const dataset = testDataset('acme');
  const template = dataset.accounts[1]!;
  dataset.accounts.push({ ...template, id: 'acc-3', name: 'acme Customer Three' }, { ...template, id: 'acc-4', name: 'acme Customer Four' });
  await writeFile(dataFile, JSON.stringify(dataset));
  token = await mintEmbedToken({ secret, issuer: 'successkit', audience: 'successkit', tenant: 'acme', user: 'u-1', seat: 'practitioner' });
  await Promise.all([startWorker(), startWorker(), startApi(), startApi(), startApi(), startApi()]);
}, 180_000);

afterAll(async () => {
  await Promise.all([...apis, ...workers].map((process) => process.stop('SIGTERM')));
  await stub?.close();
  await redis?.dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 60_000);

describe('scale-out: 4 API processes and 2 workers on Redis', () => {
  it('answers 500 concurrent requests for one cold account with exactly one model call', async () => {
    const before = stub.requests.length;
    const first = await Promise.all(Array.from({ length: 500 }, (_, i) => call(apiUrls[i % 4]!, '/v1/accounts/acc-1/summary', 30_000)));
    expect(first.filter((answer) => answer.status !== 202 && answer.status !== 200).map((answer) => `${answer.status} ${answer.text}`).slice(0, 3), 'unexpected answers').toEqual([]);
    const pending = first.filter((answer) => answer.status === 202);
    expect(new Set(pending.map((answer) => answer.text)).size).toBeLessThanOrEqual(1);
    const jobId = pending[0]?.body.jobId;
    if (jobId) {
      const job = await finishedJob(jobId);
      expect(job.status, `${JSON.stringify(job.error)}\n${workers.map((w) => w.output().slice(-2000)).join('\n')}`).toBe('succeeded');
    }

    const answers = await Promise.all(Array.from({ length: 500 }, (_, i) => call(apiUrls[i % 4]!, '/v1/accounts/acc-1/summary', 30_000)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(500).fill(200));
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
    expect(stub.requests.length - before).toBe(1);
  }, 180_000);

  it('finishes a job on another worker when its worker is SIGKILLed mid-generation, storing it once', async () => {
    const before = stub.requests.length;
    const started = await call(apiUrls[0]!, '/v1/accounts/acc-2/summary');
    expect(started.status).toBe(202);
    const jobId = started.body.jobId!;
    await until(() => stub.requests.length > before, 30_000, 'no model call');

    const inspector = new Queue('successkit-summaries', { connection: { host: '127.0.0.1', port: redis.port }, prefix: 'sk-bull' });
    let holder: string | undefined;
    try {
      holder = (await inspector.getJob(jobId))?.processedBy;
    } finally {
      await inspector.close();
    }
    const victim = workers.find((worker) => holder?.endsWith(`:${worker.pid}`));
    expect(victim, `job processed by ${holder}`).toBeDefined();
    await victim!.stop('SIGKILL');

    const job = await finishedJob(jobId);
    expect(job.status).toBe('succeeded');
    expect(stub.requests.length - before).toBe(2);
    const summary = await call(apiUrls[1]!, '/v1/accounts/acc-2/summary');
    expect(summary.status).toBe(200);
    expect(summary.body.summary?.id).toBe(job.summaryId);

    const client = new Redis(redis.url);
    try {
      const keys = await client.keys('sk:sum:id:acme:*');
      const bodies = await Promise.all(keys.map((key) => client.get(key)));
      const stored = bodies.map((body) => JSON.parse(body!) as { accountId: string }).filter((body) => body.accountId === 'acc-2');
      expect(stored).toHaveLength(1);
    } finally {
      client.disconnect();
    }
    workers.splice(workers.indexOf(victim!), 1);
    await startWorker();
  }, 180_000);

  it('answers 503 while Redis is down, recovers by itself, and loses no job', async () => {
    const before = stub.requests.length;
    const started = await call(apiUrls[2]!, '/v1/accounts/acc-3/summary');
    expect(started.status).toBe(202);
    const jobId = started.body.jobId!;
    await until(() => stub.requests.length > before, 30_000, 'no model call');

    for (const base of apiUrls) expect((await call(base, '/readyz')).status).toBe(200);
    await redis.stop();
    const latencies: number[] = [];
    for (const base of apiUrls) {
      const startedAt = performance.now();
      const down = await call(base, '/v1/accounts/acc-1/summary', 5_000);
      latencies.push(performance.now() - startedAt);
      expect(down.status).toBe(503);
      expect(down.type).toContain('application/problem+json');
      expect(down.body.type).toBe('https://successkit.dev/problems/unavailable');
      expect((await call(base, '/readyz', 5_000)).status).toBe(503);
    }
    console.info(`scale-out: 503 while Redis is down in ${latencies.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    // The bound: an answer within a second instead of hanging.
    expect(Math.max(...latencies)).toBeLessThan(1_000);

    await sleep(1_000);
    await redis.start();
    const back = performance.now();
    const recovered: number[] = [];
    for (const base of apiUrls) {
      for (let i = 0; i < 300; i++) {
        const answer = await call(base, '/v1/accounts/acc-1/summary', 5_000).catch(() => null);
        if (answer?.status === 200) break;
        await sleep(50);
      }
      recovered.push(performance.now() - back);
    }
    console.info(`scale-out: normal answers again after ${recovered.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    expect(Math.max(...recovered)).toBeLessThan(5_000);

    const job = await finishedJob(jobId);
    expect(job.status).toBe('succeeded');
    expect((await call(apiUrls[3]!, '/v1/accounts/acc-3/summary')).status).toBe(200);
  }, 180_000);
});
