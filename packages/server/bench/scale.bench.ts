/**
 * Cached-summary GET throughput of the scale-out setup against the embedded one, in the same
 * run: 2 API processes (`serve --store redis://… --queue bullmq`, plus 1 worker to write the
 * summary) on a real Redis, and 1 API process on SQLite (`serve --store sqlite:…`). Every
 * process is the real CLI; the summary is generated once (offline generator), then autocannon
 * hammers `GET /v1/accounts/acc-1/summary` (50 connections in all, split over the API
 * processes). Medians of 3 runs of 5 s, alternating the two setups.
 *
 * On a 2-core machine the load generator and the API processes share the cores, so the
 * Redis figure mostly shows the cost of the network hop, not the gain of a second machine.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { median, recordFigure } from '@successkit/bench-kit';
import { startCli, type CliProcess } from '../test/redis/cli-process.ts';
import { startRedisServer } from '../test/redis/redis-server.ts';
import { mintEmbedToken } from '../src/auth/embed-token.ts';
import { testDataset } from '../src/summary/__fixtures__/summary-test-kit.ts';

const secret = 'bench-scale-secret-0123456789abcdefghij';
const env = { SUCCESSKIT_JWT_SECRET: secret, OPENAI_API_KEY: '', LOG_LEVEL: 'silent' };
const path = '/v1/accounts/acc-1/summary';
const token = await mintEmbedToken({ secret, issuer: 'successkit', audience: 'successkit', tenant: 'acme', user: 'u-bench', seat: 'practitioner' });
const headers = { authorization: `Bearer ${token}` };

const redis = await startRedisServer();
const dir = await mkdtemp(join(tmpdir(), 'sk-bench-scale-'));
const dataFile = join(dir, 'acme.json');
await writeFile(dataFile, JSON.stringify(testDataset('acme')));
const processes: CliProcess[] = [];

async function api(store: string, queue: string): Promise<string> {
  const child = startCli(['serve', '--data', dataFile, '--port', '0', '--store', store, '--queue', queue], env);
  processes.push(child);
  const [, url] = await child.waitFor(/listening on (http:\/\/[^\s]+)/, 60_000);
  return url!;
}

/** Asks for the summary until it is cached (bounded: 60 s). */
async function warm(base: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${base}${path}`, { headers });
    await response.arrayBuffer();
    if (response.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no cached summary at ${base}`);
}

/** Requests per second over `bases`, 50 connections split between them. */
async function throughput(bases: string[]): Promise<number> {
  const results = await Promise.all(
    bases.map((base) => autocannon({ url: `${base}${path}`, headers, connections: Math.round(50 / bases.length), duration: 5 })),
  );
  for (const result of results) if (result.non2xx > 0 || result.errors > 0) throw new Error(`${result.non2xx} non-2xx and ${result.errors} errors`);
  return results.reduce((sum, result) => sum + result.requests.average, 0);
}

try {
  const worker = startCli(['worker', '--data', dataFile, '--store', redis.url], env);
  processes.push(worker);
  const [sqliteApi, redisApis] = await Promise.all([
    api(`sqlite:${join(dir, 'bench.db')}`, 'inline'),
    Promise.all([api(redis.url, 'bullmq'), api(redis.url, 'bullmq')]),
    worker.waitFor(/successkit worker running/, 60_000),
  ]);
  await warm(sqliteApi);
  for (const base of redisApis) await warm(base);

  const onRedis: number[] = [];
  const onSqlite: number[] = [];
  for (let run = 0; run < 3; run++) {
    onSqlite.push(await throughput([sqliteApi]));
    onRedis.push(await throughput(redisApis));
  }
  const redisRate = median(onRedis);
  const sqliteRate = median(onSqlite);
  recordFigure({ name: 'server.scale.cached-get-redis-2-api', median: Math.round(redisRate), unit: 'req/s', note: `3 runs of 5 s, 50 connections; runs ${onRedis.map(Math.round).join(', ')}` });
  recordFigure({ name: 'server.scale.cached-get-sqlite-1-api', median: Math.round(sqliteRate), unit: 'req/s', note: `3 runs of 5 s, 50 connections; runs ${onSqlite.map(Math.round).join(', ')}` });
  recordFigure({ name: 'server.scale.redis-2-api-vs-sqlite-1-api', median: redisRate / sqliteRate, unit: 'x', note: 'same machine, same run' });
} finally {
  await Promise.all(processes.map((child) => child.stop('SIGTERM')));
  await redis.dispose();
  await rm(dir, { recursive: true, force: true });
}
