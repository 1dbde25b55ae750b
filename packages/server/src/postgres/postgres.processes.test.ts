/**
 * Scale-out on PostgreSQL proven with real processes: 4 API processes
 * (`successkit serve --data FILE --store postgres://…`, summaries on a real Redis) on one real
 * PostgreSQL cluster this file starts, stops and starts again.
 * - ingest on one process → every process answers the same `dataVersion` and the same rollups;
 * - PostgreSQL restarted mid-run → ingestion answers 503 problem+json and `/readyz` 503 while it
 *   is down, reads keep serving the last model, and after it is back every process catches up
 *   with writes it did not take;
 * - a process SIGKILLed and started again → it serves every change, including the ones made
 *   while it was gone;
 * - conflicting upserts to one account sent to two processes at once → one serial `seq` order
 *   (each change's old value is the previous one's new value), nothing lost, the same final
 *   value everywhere;
 * - a BullMQ worker on `--store postgres://…` generates a summary from the live data (the
 *   summary's `dataVersion` is the latest write's `seq`).
 * Every loop is bounded in count and time.
 */
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Account } from '@successkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDataset } from '../__fixtures__/test-datasets.ts';
import { startCli, type CliProcess } from '../../test/redis/cli-process.ts';
import { postgresBinDir, startPostgresServer, type TestPostgres } from '../../test/postgres/postgres-server.ts';
import { useRedis, type TestRedis } from '../../test/redis/redis-server.ts';
import { mintEmbedToken } from '../auth/embed-token.ts';

const secret = 'postgres-processes-secret-0123456789abcdef';
const asOf = '2026-03-02T12:00:00.000Z';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let pg: TestPostgres;
let redis: TestRedis;
let dir: string;
let dataFile: string;
let token: string;
let serviceKey: string;
const apis: Array<{ process: CliProcess; url: string }> = [];

const env = (): Record<string, string> => ({ SUCCESSKIT_JWT_SECRET: secret, REDIS_URL: redis.url, OPENAI_API_KEY: '' });

async function startApi(): Promise<{ process: CliProcess; url: string }> {
  const child = startCli(['serve', '--data', dataFile, '--port', '0', '--store', pg.url], env());
  const [, url] = await child.waitFor(/listening on (http:\/\/[^\s]+)/, 60_000);
  return { process: child, url: url! };
}

interface Answer {
  status: number;
  type: string;
  body: Record<string, unknown>;
}

async function call(base: string, path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

const profile = (base: string, accountId = 'acc-root') => call(base, `/v1/accounts/${accountId}?asOf=${asOf}`, { headers: { authorization: `Bearer ${token}` } });

const ingest = (base: string, batch: unknown) =>
  call(base, '/v1/ingest', { method: 'POST', headers: { authorization: `Bearer ${serviceKey}`, 'content-type': 'application/json' }, body: JSON.stringify(batch) });

/** The rolled-up value of `key` in a profile answer. */
function rolledUp(body: Record<string, unknown>, key: string): unknown {
  const attributes = body['attributes'] as Array<{ key: string; rolledUp?: unknown }>;
  return attributes.find((attribute) => attribute.key === key)?.rolledUp;
}

/** Waits until every process answers `dataVersion >= seq`; returns their profile answers. */
async function converged(seq: number, ms = 10_000): Promise<Answer[]> {
  const deadline = Date.now() + ms;
  let answers: Answer[] = [];
  for (let i = 0; i < 1_000 && Date.now() < deadline; i++) {
    answers = await Promise.all(apis.map((api) => profile(api.url)));
    if (answers.every((answer) => answer.status === 200 && Number(answer.body['dataVersion']) >= seq)) return answers;
    await sleep(50);
  }
  throw new Error(`processes did not reach seq ${seq} within ${ms} ms: ${answers.map((a) => `${a.status} v${String(a.body['dataVersion'])}`).join(', ')}`);
}

/** An upsert of a child account with a new ARR. */
function arrBatch(accountId: string, arr: number) {
  const account = testDataset('acme').accounts.find((a) => a.id === accountId)!;
  return { upserts: { accounts: [{ ...account, attributes: { ...account.attributes, arr } }] } };
}

describe.skipIf(postgresBinDir() === null)('scale-out on PostgreSQL: 4 API processes', () => {
  beforeAll(async () => {
    [pg, redis] = await Promise.all([startPostgresServer(), useRedis()]);
    dir = await mkdtemp(join(tmpdir(), 'sk-pg-processes-'));
    dataFile = join(dir, 'acme.json');
    await writeFile(dataFile, JSON.stringify(testDataset('acme')));
    token = await mintEmbedToken({ secret, issuer: 'successkit', audience: 'successkit', tenant: 'acme', user: 'u-lead', seat: 'practitioner' });
    // The first process imports the file; the others find it imported (same fingerprint).
    apis.push(await startApi());
    apis.push(...(await Promise.all([startApi(), startApi(), startApi()])));
    const key = startCli(['key', 'create', '--tenant', 'acme', '--name', 'etl', '--store', pg.url], env());
    await key.waitFor(/^sks_\S+$/m, 60_000);
    serviceKey = /^(sks_\S+)$/m.exec(key.output())![1]!;
    await key.stop();
  }, 180_000);

  afterAll(async () => {
    await Promise.all(apis.map((api) => api.process.stop('SIGTERM')));
    await pg?.dispose();
    await redis?.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 60_000);

  it('refuses serve --store postgres://… without REDIS_URL with a message naming it, and exits', async () => {
    const refused = startCli(['serve', '--port', '0', '--store', pg.url], { ...env(), REDIS_URL: '' });
    await refused.waitFor(/set REDIS_URL/, 30_000);
    if (refused.child.exitCode === null) await once(refused.child, 'exit'); // not held open by its connections
    expect(refused.child.exitCode).toBe(2);
  }, 60_000);

  it('shows a write on one process to every process: the same dataVersion and the same rollups', async () => {
    const before = await Promise.all(apis.map((api) => profile(api.url)));
    expect(new Set(before.map((answer) => answer.body['dataVersion'])).size).toBe(1);
    const written = await ingest(apis[0]!.url, arrBatch('acc-acme-1', 7_000));
    expect(written.status, JSON.stringify(written.body)).toBe(200);
    const seq = Number(written.body['seq']);
    // Read-your-writes in the process that took it.
    expect(Number((await profile(apis[0]!.url)).body['dataVersion'])).toBe(seq);
    const answers = await converged(seq);
    const expected = testDataset('acme').accounts.reduce((sum, account) => sum + (account.id === 'acc-acme-1' ? 7_000 : Number(account.attributes['arr'])), 0);
    for (const answer of answers) {
      expect(answer.body['dataVersion']).toBe(seq);
      expect(rolledUp(answer.body, 'arr')).toBe(expected);
      expect(answer.body).toEqual(answers[0]!.body);
    }
  }, 60_000);

  it('answers 503 to writes and /readyz while PostgreSQL is down, serves reads, and catches up when it is back', async () => {
    const last = await converged(0);
    const version = last[0]!.body['dataVersion'];
    await pg.stop();
    try {
      const refused = await ingest(apis[1]!.url, arrBatch('acc-acme-2', 1));
      expect(refused.status).toBe(503);
      expect(refused.type).toContain('application/problem+json');
      for (const api of apis) {
        expect((await call(api.url, '/readyz')).status).toBe(503);
        const read = await profile(api.url);
        expect(read.status).toBe(200);
        expect(read.body['dataVersion']).toBe(version);
      }
    } finally {
      await pg.start();
    }
    // Every process reconnects by itself; then a write on one reaches all.
    const deadline = Date.now() + 20_000;
    for (let i = 0; i < 400 && Date.now() < deadline; i++) {
      const ready = await Promise.all(apis.map((api) => call(api.url, '/readyz')));
      if (ready.every((answer) => answer.status === 200)) break;
      await sleep(100);
    }
    const written = await ingest(apis[2]!.url, arrBatch('acc-acme-2', 4_242));
    expect(written.status, JSON.stringify(written.body)).toBe(200);
    const answers = await converged(Number(written.body['seq']));
    for (const answer of answers) expect(answer.body).toEqual(answers[0]!.body);
    // Nothing of the refused write arrived.
    const changes = await call(apis[3]!.url, `/v1/changes?after=0&limit=100`, { headers: { authorization: `Bearer ${serviceKey}` } });
    const values = (changes.body['changes'] as Array<{ key: string; new: Account | null }>).filter((c) => c.key === 'acc-acme-2').map((c) => c.new?.attributes['arr']);
    expect(values).toEqual([4_242]);
  }, 90_000);

  it('serves every change to a process that was SIGKILLed and started again, including those made while it was gone', async () => {
    const killed = apis.splice(3, 1)[0]!;
    await killed.process.stop('SIGKILL');
    const first = await ingest(apis[0]!.url, arrBatch('acc-acme-3', 111));
    const second = await ingest(apis[1]!.url, { upserts: { touchpoints: [{ id: 'tp-while-down', accountId: 'acc-acme-3', userId: 'u-csm', flow: 'Adoption', type: 'call', at: asOf }] } });
    expect([first.status, second.status]).toEqual([200, 200]);
    apis.push(await startApi());
    const answers = await converged(Number(second.body['seq']));
    for (const answer of answers) expect(answer.body).toEqual(answers[0]!.body);
    const third = await ingest(apis[3]!.url, arrBatch('acc-acme-3', 222));
    expect(third.status).toBe(200);
    const after = await converged(Number(third.body['seq']));
    for (const answer of after) expect(rolledUp(answer.body, 'arr')).toEqual(rolledUp(after[0]!.body, 'arr'));
  }, 90_000);

  it('puts conflicting upserts sent to two processes at once in one serial order, losing nothing', async () => {
    const start = Number((await converged(0))[0]!.body['dataVersion']);
    const values = Array.from({ length: 24 }, (_, i) => 10_000 + i);
    const answers = await Promise.all(values.map((value, i) => ingest(apis[i % 2]!.url, arrBatch('acc-acme-4', value))));
    expect(answers.map((answer) => answer.status)).toEqual(values.map(() => 200));
    const seqs = answers.map((answer) => Number(answer.body['seq'])).sort((a, b) => a - b);
    expect(seqs).toEqual(values.map((_, i) => start + i + 1));
    const page = await call(apis[2]!.url, `/v1/changes?after=${start}&limit=100`, { headers: { authorization: `Bearer ${serviceKey}` } });
    const changes = (page.body['changes'] as Array<{ seq: number; kind: string; old: Account | null; new: Account | null }>).filter((c) => c.kind === 'accounts');
    expect(changes.map((c) => c.seq)).toEqual(seqs);
    for (let i = 1; i < changes.length; i++) expect(changes[i]!.old).toEqual(changes[i - 1]!.new);
    expect(new Set(changes.map((c) => c.new!.attributes['arr']))).toEqual(new Set(values));
    const final = changes.at(-1)!.new!.attributes['arr'];
    const everywhere = await converged(seqs.at(-1)!);
    const children = await Promise.all(apis.map((api) => call(api.url, `/v1/accounts/acc-acme-4?asOf=${asOf}`, { headers: { authorization: `Bearer ${token}` } })));
    for (const child of children) {
      const own = (child.body['attributes'] as Array<{ key: string; own: unknown }>).find((a) => a.key === 'arr')?.own;
      expect(own).toBe(final);
    }
    for (const answer of everywhere) expect(answer.body).toEqual(everywhere[0]!.body);
  }, 90_000);

  it('generates summaries in a worker from the live data (`worker --store postgres://…`), not from the file', async () => {
    const worker = startCli(['worker', '--store', pg.url, '--lock-duration', '2s', '--stalled-interval', '1s'], env());
    const queued = startCli(['serve', '--port', '0', '--store', pg.url, '--queue', 'bullmq'], env());
    try {
      await worker.waitFor(/successkit worker running/, 60_000);
      const [, base] = await queued.waitFor(/listening on (http:\/\/[^\s]+)/, 60_000);
      const written = await ingest(apis[0]!.url, arrBatch('acc-acme-5', 31_337));
      expect(written.status).toBe(200);
      const seq = Number(written.body['seq']);
      await converged(seq);
      const headers = { authorization: `Bearer ${token}` };
      let answer = await call(base!, '/v1/accounts/acc-acme-5/summary', { headers });
      for (let i = 0; i < 300 && answer.status === 202; i++) {
        await sleep(200);
        answer = await call(base!, '/v1/accounts/acc-acme-5/summary', { headers });
      }
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      const summary = answer.body['summary'] as { dataVersion?: number };
      expect(summary.dataVersion).toBe(seq);
      expect(answer.body['dataChangedSince']).toBeNull();
    } finally {
      await Promise.all([worker.stop('SIGTERM'), queued.stop('SIGTERM')]);
    }
  }, 120_000);
});
