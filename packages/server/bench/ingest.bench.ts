/**
 * The store of record and ingestion, measured end to end on real SQLite files and real HTTP:
 *
 * - `server.store.changelog-1m-heap`: the heap of a server (1,000-account tenant) whose change
 *   log holds 1M rows, minus the heap of the same server with an empty log: the log stays in
 *   SQLite, so ~0.
 * - `server.store.load-json-100k` / `server.store.restart-100k`: today's start from a dataset file
 *   (read, validate, build the model) of a 100k-account tenant with ~2M activity rows (touchpoints,
 *   tasks, usage, attribute history), against a
 *   restart from the SQLite store of record (open, load, build the model); target ≤ 2x.
 * - `server.ingest.touchpoints-10k-100k`: one batch of 10,000 new touchpoints on that tenant,
 *   from the HTTP request to the answer (checked, committed, the model updated); target
 *   ≥ 20,000 items/s.
 * - `server.ingest.attribute-depth6-p50`: one attribute change of an account at depth 6 through
 *   `POST /v1/ingest`, then its root ancestor's rollup read back with `GET /v1/accounts/:id`;
 *   target p50 < 5 ms.
 */
import { serve, type ServerType } from '@hono/node-server';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type Dataset } from '@successkit/core';
import { generateDataset } from '@successkit/core/synthetic';
import { median, percentile, recordFigure } from '@successkit/bench-kit';
import { pino } from 'pino';
import { createSuccessKit, type SuccessKit } from '../src/app.ts';
import { mintEmbedToken } from '../src/auth/embed-token.ts';
import { createServiceKey } from '../src/auth/service-keys.ts';
import { readDatasetFile } from '../src/data/file-tenant-data.ts';
import { tenantDataFromDataset } from '../src/data/tenant-data-from-dataset.ts';
import { createGeneratorFromEnv } from '../src/generators/generator-from-env.ts';
import { createRecordWriter } from '../src/ingest/record-writer.ts';
import { importDataset } from '../src/records/import-dataset.ts';
import { LiveTenant } from '../src/records/live-tenant.ts';
import { createSqliteRecordStore } from '../src/records/sqlite-record-store.ts';
import { storeTenantData } from '../src/records/store-tenant-data.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const key = { secret: 'bench-ingest-secret-0123456789-abcdefgh', issuer: 'bench', audience: 'successkit' };
const asOf = '2026-03-02T12:00:00Z';
const dir = mkdtempSync(join(tmpdir(), 'successkit-ingest-bench-'));
const seconds = (ms: number) => Math.round(ms) / 1000;

async function openServer(path: string): Promise<{ kit: SuccessKit; server: ServerType; url: string; records: ReturnType<typeof createSqliteRecordStore> }> {
  const records = createSqliteRecordStore(path);
  const kit = createSuccessKit({
    records,
    jwt: key,
    generator: createGeneratorFromEnv({}, { logger: { info() {} } }),
    logger: pino({ level: 'silent' }),
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: kit.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  return { kit, server, records, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function closeServer(opened: Awaited<ReturnType<typeof openServer>>): Promise<void> {
  await opened.kit.close();
  await new Promise<void>((resolve) => opened.server.close(() => resolve()));
  await opened.records.close();
}

async function importInto(path: string, dataset: Dataset): Promise<string> {
  const records = createSqliteRecordStore(path);
  await importDataset(records, createRecordWriter({ store: records, tenants: storeTenantData(records) }), dataset, 'bench');
  const { secret } = await createServiceKey(records, { tenantId: dataset.tenant.id, name: 'bench' });
  await records.close();
  return secret;
}

async function heapAfterReads(path: string, dataset: Dataset): Promise<number> {
  const opened = await openServer(path);
  const token = await mintEmbedToken({ ...key, tenant: dataset.tenant.id, user: dataset.users[0]!.id, seat: 'viewer', ttl: 900 });
  for (const account of dataset.accounts.slice(0, 50)) {
    const response = await fetch(`${opened.url}/v1/accounts/${encodeURIComponent(account.id)}`, { headers: { authorization: `Bearer ${token}` } });
    if (response.status !== 200) throw new Error(`profile answered ${response.status}`);
    await response.arrayBuffer();
  }
  for (let i = 0; i < 3; i++) gc();
  const heap = process.memoryUsage().heapUsed;
  await closeServer(opened);
  return heap;
}

// 1. A change log of 1M rows does not grow the heap.
{
  const dataset = generateDataset({ seed: 5, accounts: 1_000, asOf, days: 60, usageDays: 14 });
  const path = join(dir, 'changelog.db');
  await importInto(path, dataset);
  const empty: number[] = [];
  for (let i = 0; i < 3; i++) empty.push(await heapAfterReads(path, dataset));
  // 1M change rows already reflected by the entities (the tenant's seq is 1M), as after a long life.
  const db = new DatabaseSync(path);
  const touchpoint = JSON.stringify(dataset.touchpoints[0]);
  db.exec('BEGIN');
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
     INSERT INTO record_changes (tenant_id, seq, at, actor_kind, actor_id, kind, key, account_id, old, new)
     SELECT ?, i, ?, 'service', 'bench', 'touchpoints', ?, ?, ?, ? FROM n`,
  ).run(dataset.tenant.id, asOf, dataset.touchpoints[0]!.id, dataset.touchpoints[0]!.accountId, touchpoint, touchpoint);
  db.prepare('UPDATE record_tenants SET seq = 1000000 WHERE tenant_id = ?').run(dataset.tenant.id);
  db.exec('COMMIT');
  db.close();
  const full: number[] = [];
  for (let i = 0; i < 3; i++) full.push(await heapAfterReads(path, dataset));
  const growth = (median(full) - median(empty)) / 1024 / 1024;
  recordFigure({
    name: 'server.store.changelog-1m-heap',
    median: Math.round(growth * 10) / 10,
    unit: 'MB',
    target: '~0 (< 5 MB)',
    met: Math.abs(growth) < 5,
    note: `heap after 50 profile reads, 3 runs each: empty log ${(median(empty) / 1048576).toFixed(1)} MB, 1M rows ${(median(full) / 1048576).toFixed(1)} MB`,
  });
}

// 2. Restart from SQLite against the JSON load, 100k accounts and ~2M activity rows.
// Version 1 lists only (the version 2 ones would push the JSON text past V8's 512 MB string limit).
const generated = generateDataset({ seed: 7, accounts: 100_000, asOf, days: 200, usageDays: 15 });
const big: Dataset = {
  ...generated,
  usage: generated.usage.map(({ users: _users, ...row }) => row),
  tickets: [],
  assets: [],
  collections: [],
  endUsers: [],
};
const activity = big.touchpoints.length + big.tasks.length + big.usage.length + big.attributeHistory.length;
const file = join(dir, 'big.json');
writeFileSync(file, JSON.stringify(big));
const bigPath = join(dir, 'big.db');
const started = performance.now();
const secret = await importInto(bigPath, big);
const importMs = performance.now() - started;
{
  const json: number[] = [];
  const restart: number[] = [];
  for (let round = 0; round < 2; round++) {
    let t = performance.now();
    const dataset = await readDatasetFile(file);
    tenantDataFromDataset(dataset);
    json.push(performance.now() - t);
    gc();
    t = performance.now();
    const records = createSqliteRecordStore(bigPath);
    const loaded = (await records.load(big.tenant.id))!;
    new LiveTenant(loaded.dataset, loaded.seq, new Date());
    restart.push(performance.now() - t);
    await records.close();
    gc();
  }
  const ratio = median(restart) / median(json);
  const sizes = `${big.accounts.length} accounts, ${activity} activity rows`;
  recordFigure({ name: 'server.store.load-json-100k', median: Math.round(median(json)), unit: 'ms', note: `${sizes}; read + validate + model, 2 runs: ${json.map(seconds).join(', ')} s` });
  recordFigure({
    name: 'server.store.restart-100k',
    median: Math.round(median(restart)),
    unit: 'ms',
    target: '≤ 2x load-json',
    met: ratio <= 2,
    note: `${ratio.toFixed(2)}x the JSON load; open + load + model, 2 runs: ${restart.map(seconds).join(', ')} s; first import ${seconds(importMs)} s`,
  });
}

// 3 and 4: ingestion over HTTP on the 100k tenant.
{
  const opened = await openServer(bigPath);
  const auth = { authorization: `Bearer ${secret}`, 'content-type': 'application/json' };
  const ingest = async (body: unknown): Promise<{ seq: number }> => {
    const response = await fetch(`${opened.url}/v1/ingest`, { method: 'POST', headers: auth, body: JSON.stringify(body) });
    const answer = (await response.json()) as { seq: number };
    if (response.status !== 200) throw new Error(`ingest answered ${response.status}: ${JSON.stringify(answer).slice(0, 300)}`);
    return answer;
  };
  const user = big.users[0]!.id;
  const accounts = big.accounts;
  // Warm up: the first write loads the tenant and builds the touchpoint lookups.
  await ingest({ upserts: { touchpoints: [{ id: 'warm-0', accountId: accounts[0]!.id, userId: user, flow: 'Adoption', type: 'call', at: asOf }] } });
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let round = 0; round < 3; round++) {
    const touchpoints = Array.from({ length: 10_000 }, (_, i) => ({ id: `bench-${round}-${i}`, accountId: accounts[(i * 7919 + round) % accounts.length]!.id, userId: user, flow: 'Adoption', type: 'call', at: asOf, subject: `Call ${i}` }));
    const t = performance.now();
    const cpu = process.cpuUsage();
    await ingest({ upserts: { touchpoints } });
    rates.push(10_000 / ((performance.now() - t) / 1000));
    const used = process.cpuUsage(cpu);
    cpuRates.push(10_000 / ((used.user + used.system) / 1e6));
  }
  recordFigure({ name: 'server.ingest.touchpoints-10k-100k', median: Math.round(median(rates)), unit: 'items/s', target: '≥ 20000 items/s', met: median(rates) >= 20_000, note: `3 batches of 10,000 new touchpoints, HTTP to answer: ${rates.map(Math.round).join(', ')} items/s; per CPU second of this process (client and server, the machine's load aside): ${cpuRates.map(Math.round).join(', ')}` });

  // A chain of account types and accounts seven levels deep (depth 0 to 6), created through the API.
  const levels = 7;
  await ingest({
    upserts: {
      accountTypes: Array.from({ length: levels }, (_, d) => ({ id: `bench-level-${d}`, name: `Level ${d}`, parentTypeId: d === 0 ? null : `bench-level-${d - 1}` })),
      accounts: Array.from({ length: levels }, (_, d) => ({ id: `bench-chain-${d}`, name: `Chain ${d}`, typeId: `bench-level-${d}`, parentId: d === 0 ? null : `bench-chain-${d - 1}`, attributes: { arr: 1 } })),
    },
  });
  const token = await mintEmbedToken({ ...key, tenant: big.tenant.id, user, seat: 'viewer', ttl: 900 });
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let i = 0; i < 9; i++) {
    const value = 1_000 + i;
    const t = performance.now();
    const cpu = process.cpuUsage();
    await ingest({ upserts: { accounts: [{ id: `bench-chain-${levels - 1}`, name: `Chain ${levels - 1}`, typeId: `bench-level-${levels - 1}`, parentId: `bench-chain-${levels - 2}`, attributes: { arr: value } }] } });
    const response = await fetch(`${opened.url}/v1/accounts/bench-chain-0`, { headers: { authorization: `Bearer ${token}` } });
    const profile = (await response.json()) as { attributes: Array<{ key: string; rolledUp?: unknown }> };
    samples.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuSamples.push((used.user + used.system) / 1000);
    const rolled = profile.attributes.find((a) => a.key === 'arr')?.rolledUp;
    if (rolled !== levels - 1 + value) throw new Error(`the root's arr rollup is ${String(rolled)}, expected ${levels - 1 + value}`);
  }
  const p50 = percentile(samples, 50);
  recordFigure({ name: 'server.ingest.attribute-depth6-p50', median: Math.round(p50 * 100) / 100, unit: 'ms', target: '< 5 ms', met: p50 < 5, note: `9 changes on the 100k tenant, ingest + GET of the depth-0 ancestor; p90 ${percentile(samples, 90).toFixed(1)} ms; CPU time p50 ${percentile(cpuSamples, 50).toFixed(2)} ms` });
  await closeServer(opened);
}

rmSync(dir, { recursive: true, force: true });
