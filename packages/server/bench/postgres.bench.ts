/**
 * Scale-out on PostgreSQL, with real processes (`successkit serve --store postgres://…`,
 * summaries on a real Redis) and a throwaway PostgreSQL cluster (fsync on, as in production):
 *
 * - `server.postgres.ingest-5k-batches`: `POST /v1/ingest` of 5,000 new touchpoints per batch
 *   into a 1,000-account tenant (≈ 250,000 rows), HTTP to committed in PostgreSQL and applied to the model;
 *   items/s of the median batch of 8 (target ≥ 10,000).
 * - `server.postgres.cross-process-visibility-p99`: 4 API processes; an attribute change
 *   ingested on one (in turn), then each of the other three is read until its `dataVersion`
 *   reaches the write's `seq` (every 2 ms); p99 over 40 writes × 3 readers (target < 1 s).
 * - `server.postgres.cached-summary`: cached `GET /v1/accounts/acc-1/summary` on one API
 *   process with `--store postgres://…`, against one with `--store redis://…` measured at the
 *   same time (25 connections each, 9 runs of 3 s), so machine noise weighs on both alike; the
 *   ratio's target is ≥ 0.9 (within 10 %).
 * - `server.postgres.store-commit-5k-batches`: the store alone (one transaction of 5,000 entity
 *   writes and 5,000 change rows), to tell the PostgreSQL share of an ingest from the writer's.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { tenantMetaName, type DataChange, type EntityWrite } from '@successkit/core';
import { generateDataset } from '@successkit/core/synthetic';
import { median, percentile, recordFigure } from '@successkit/bench-kit';
import { startCli, type CliProcess } from '../test/redis/cli-process.ts';
import { postgresBinDir, startPostgresServer } from '../test/postgres/postgres-server.ts';
import { startRedisServer } from '../test/redis/redis-server.ts';
import { mintEmbedToken } from '../src/auth/embed-token.ts';
import { createPostgresRecordStore } from '../src/postgres/postgres-record-store.ts';
import { testDataset } from '../src/summary/__fixtures__/summary-test-kit.ts';

const secret = 'bench-postgres-secret-0123456789abcdefgh';
const asOf = '2026-03-02T12:00:00.000Z';
if (postgresBinDir() === null) {
  console.log('  server.postgres.*: skipped (PostgreSQL is not installed: apt-get install postgresql)');
  process.exit(0);
}
const pg = await startPostgresServer({ fsync: true });
const redis = await startRedisServer();
const dir = await mkdtemp(join(tmpdir(), 'sk-bench-pg-'));
const env = { SUCCESSKIT_JWT_SECRET: secret, REDIS_URL: redis.url, OPENAI_API_KEY: '', LOG_LEVEL: 'silent' };
const processes: CliProcess[] = [];

/** Stops every API process of the last section (the machine has few cores). */
async function stopAll(): Promise<void> {
  await Promise.all(processes.splice(0).map((child) => child.stop('SIGTERM')));
}

async function api(args: string[]): Promise<string> {
  const child = startCli(['serve', '--port', '0', ...args], env);
  processes.push(child);
  const [, url] = await child.waitFor(/listening on (http:\/\/[^\s]+)/, 120_000);
  return url!;
}

async function keyFor(store: string, tenant: string): Promise<string> {
  const child = startCli(['key', 'create', '--tenant', tenant, '--store', store], env);
  await child.waitFor(/^sks_\S+$/m, 60_000);
  const key = /^(sks_\S+)$/m.exec(child.output())![1]!;
  await child.stop();
  return key;
}

async function post(base: string, key: string, body: string): Promise<{ seq: number }> {
  const response = await fetch(`${base}/v1/ingest`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`ingest answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as { seq: number };
}

async function ingestBench(): Promise<void> {
  const dataset = generateDataset({ seed: 11, accounts: 1_000, asOf });
  const file = join(dir, 'bulk.json');
  await writeFile(file, JSON.stringify(dataset));
  const store = await pg.createDatabase('bench_ingest');
  const base = await api(['--data', file, '--store', store]);
  const key = await keyFor(store, dataset.tenant.id);
  const userId = dataset.users[0]!.id;
  const accounts = dataset.accounts.map((account) => account.id);
  const rates: number[] = [];
  for (let batch = 0; batch < 9; batch++) {
    const touchpoints = Array.from({ length: 5_000 }, (_, i) => ({
      id: `bench-${batch}-${i}`,
      accountId: accounts[(batch * 5_000 + i) % accounts.length]!,
      userId,
      flow: 'Adoption',
      type: 'call',
      at: asOf,
      subject: `Bench call ${i}`,
    }));
    const body = JSON.stringify({ upserts: { touchpoints } });
    const started = performance.now();
    await post(base, key, body);
    const ms = performance.now() - started;
    if (batch > 0) rates.push((5_000 / ms) * 1_000); // the first batch warms the process up
  }
  const rate = median(rates);
  // The store alone (no HTTP, no validation, no model): where the PostgreSQL share ends.
  const records = createPostgresRecordStore(store);
  const commitRates: number[] = [];
  try {
    await records.transaction('bench-store', (tx) => tx.setMeta(tenantMetaName, JSON.stringify({ id: 'bench-store', name: 'Bench' })));
    for (let batch = 0; batch < 9; batch++) {
      const started = performance.now();
      await records.transaction('bench-store', async (tx) => {
        const seq = await tx.latestSeq();
        const writes: EntityWrite[] = [];
        const changes: DataChange[] = [];
        for (let i = 0; i < 5_000; i++) {
          const value = { id: `store-${batch}-${i}`, accountId: accounts[i % accounts.length]!, userId, flow: 'Adoption', type: 'call', at: asOf, subject: `Bench call ${i}` };
          writes.push({ kind: 'touchpoints', key: value.id, value });
          changes.push({ seq: seq + i + 1, at: asOf, actor: { kind: 'service', id: 'bench' }, kind: 'touchpoints', key: value.id, old: null, new: value });
        }
        await tx.commit(writes, changes);
      });
      if (batch > 0) commitRates.push((5_000 / (performance.now() - started)) * 1_000);
    }
  } finally {
    await records.close();
  }
  recordFigure({
    name: 'server.postgres.store-commit-5k-batches',
    median: Math.round(median(commitRates)),
    unit: 'items/s',
    note: `the PostgreSQL store alone: 8 transactions of 5,000 entity writes + 5,000 change rows; runs ${commitRates.map(Math.round).join(', ')}`,
  });
  recordFigure({
    name: 'server.postgres.ingest-5k-batches',
    median: Math.round(rate),
    unit: 'items/s',
    target: '≥ 10000',
    met: rate >= 10_000,
    note: `8 batches of 5,000 touchpoints, 1,000-account tenant, HTTP → commit → model; runs ${rates.map(Math.round).join(', ')}`,
  });
}

async function visibilityBench(): Promise<void> {
  const dataset = testDataset('acme');
  const file = join(dir, 'acme.json');
  await writeFile(file, JSON.stringify(dataset));
  const store = await pg.createDatabase('bench_visibility');
  const bases = [await api(['--data', file, '--store', store])];
  bases.push(...(await Promise.all([1, 2, 3].map(() => api(['--data', file, '--store', store])))));
  const key = await keyFor(store, 'acme');
  const token = await mintEmbedToken({ secret, issuer: 'successkit', audience: 'successkit', tenant: 'acme', user: 'u-bench', seat: 'practitioner' });
  const account = dataset.accounts[0]!;
  const versionAt = async (base: string): Promise<number> => {
    const response = await fetch(`${base}/v1/accounts/${account.id}?asOf=${asOf}`, { headers: { authorization: `Bearer ${token}` } });
    return Number(((await response.json()) as { dataVersion?: number }).dataVersion);
  };
  const samples: number[] = [];
  for (let write = 0; write < 41; write++) {
    const writer = write % bases.length;
    const body = JSON.stringify({ upserts: { accounts: [{ ...account, attributes: { ...account.attributes, arr: 10_000 + write } }] } });
    const started = performance.now();
    const { seq } = await post(bases[writer]!, key, body);
    const seen = await Promise.all(
      bases
        .filter((_, i) => i !== writer)
        .map(async (base) => {
          for (let i = 0; i < 5_000; i++) {
            if ((await versionAt(base)) >= seq) return performance.now() - started;
            await new Promise((resolve) => setTimeout(resolve, 2));
          }
          throw new Error(`${base} never reached seq ${seq}`);
        }),
    );
    if (write > 0) samples.push(...seen);
  }
  const p99 = percentile(samples, 99);
  recordFigure({
    name: 'server.postgres.cross-process-visibility-p99',
    median: Math.round(p99),
    unit: 'ms',
    target: '< 1000',
    met: p99 < 1_000,
    note: `${samples.length} reads (40 writes × 3 other processes of 4), from the write's request to a read showing it; median ${Math.round(median(samples))} ms`,
  });
}

async function cachedSummaryBench(): Promise<void> {
  const file = join(dir, 'summary.json');
  await writeFile(file, JSON.stringify(testDataset('sumco')));
  const store = await pg.createDatabase('bench_summary');
  const token = await mintEmbedToken({ secret, issuer: 'successkit', audience: 'successkit', tenant: 'sumco', user: 'u-bench', seat: 'practitioner' });
  const headers = { authorization: `Bearer ${token}` };
  const path = '/v1/accounts/acc-1/summary';
  const [onPostgres, onRedis] = await Promise.all([api(['--data', file, '--store', store]), api(['--data', file, '--store', redis.url])]);
  for (const base of [onPostgres, onRedis]) {
    for (let i = 0; i < 600; i++) {
      const response = await fetch(`${base}${path}`, { headers });
      await response.arrayBuffer();
      if (response.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const throughput = async (base: string): Promise<number> => {
    const result = await autocannon({ url: `${base}${path}`, headers, connections: 25, duration: 3 });
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${result.non2xx} non-2xx and ${result.errors} errors at ${base}`);
    return result.requests.average;
  };
  // Both at once, so the machine's load (shared, 2 cores) weighs on both alike.
  const pgRuns: number[] = [];
  const redisRuns: number[] = [];
  for (let run = 0; run < 9; run++) {
    // Which one starts first alternates, so neither always gets the head start.
    const [onPg, onRedisRate] =
      run % 2 ? await Promise.all([throughput(onPostgres), throughput(onRedis)]) : (await Promise.all([throughput(onRedis), throughput(onPostgres)])).reverse();
    pgRuns.push(onPg!);
    redisRuns.push(onRedisRate!);
  }
  const ratio = median(pgRuns.map((rate, i) => rate / redisRuns[i]!));
  recordFigure({ name: 'server.postgres.cached-summary', median: Math.round(median(pgRuns)), unit: 'req/s', note: `--store postgres:// (summaries on Redis), 25 connections each, both at once, 9 runs of 3 s; runs ${pgRuns.map(Math.round).join(', ')}` });
  recordFigure({ name: 'server.postgres.cached-summary-redis', median: Math.round(median(redisRuns)), unit: 'req/s', note: `--store redis:// in the same run; runs ${redisRuns.map(Math.round).join(', ')}` });
  recordFigure({ name: 'server.postgres.cached-summary-vs-redis', median: ratio, unit: 'x', target: '≥ 0.9', met: ratio >= 0.9, note: 'median of per-run ratios, both measured at the same time' });
}

try {
  await ingestBench();
  await stopAll();
  await visibilityBench();
  await stopAll();
  await cachedSummaryBench();
} finally {
  await stopAll();
  await redis.dispose();
  await pg.dispose();
  await rm(dir, { recursive: true, force: true });
}
