/**
 * The simulator against a real server on 127.0.0.1 serving a synthetic tenant from a SQLite
 * store of record: batches go through `POST /v1/ingest` and land in the change log (and the
 * views), the run is bounded by its batch count and its duration, it learns new ids from the
 * change feed, and it stops with a clear error on a refused key or a tenant with no data. The
 * `successkit simulate` command prints one line per batch and refuses bad options.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Dataset } from '@successkit/core';
import { generateDataset } from '@successkit/core/synthetic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../__fixtures__/http-helpers.ts';
import { parseRate, simulateCommand } from '../cli/simulate-command.ts';
import { startRecordsTestServer, type RecordsTestServer } from '../records/__fixtures__/records-test-server.ts';
import { runSimulator } from './simulator.ts';
import { SimulationError } from './simulation-source.ts';

const asOf = '2026-03-02T12:00:00.000Z';

describe('runSimulator against a real server', () => {
  let dataset: Dataset;
  let server: RecordsTestServer;
  beforeAll(async () => {
    dataset = generateDataset({ seed: 21, accounts: 40, asOf });
    server = await startRecordsTestServer({ datasets: [dataset] });
  });
  afterAll(() => server.close());
  const key = () => server.keys[dataset.tenant.id]!;

  it('streams accepted batches into the change log, and stops after the batch count', async () => {
    const before = (await call(server.base, 'GET', '/v1/changes?after=0&limit=1', key())).body.latestSeq as number;
    const seen: number[] = [];
    const result = await runSimulator({ url: server.base, key: key(), dataset, rate: 50, seed: 4, maxBatches: 25, onBatch: (r) => r.seq !== null && seen.push(r.seq) });
    expect(result).toMatchObject({ sent: 25, accepted: 25, rejected: 0, failed: 0 });
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(result.lastSeq).toBeGreaterThanOrEqual(before + 25);
    const feed = await call(server.base, 'GET', `/v1/changes?after=${before}&limit=1000`, key());
    expect(feed.body.latestSeq).toBe(result.lastSeq);
    expect(feed.body.changes.length).toBe(result.lastSeq - before);
    expect(new Set(feed.body.changes.map((c: { actor: { kind: string } }) => c.actor.kind))).toEqual(new Set(['service']));
    const kinds = new Set(feed.body.changes.map((c: { kind: string }) => c.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(2);
  });

  it('learns the ids it created from the change feed on the next run', async () => {
    // A second run without the file's help for the new ids: the feed replays the first run's
    // touchpoints and tasks onto the file, so completing a task created before works.
    const result = await runSimulator({ url: server.base, key: key(), dataset, rate: 50, seed: 5, maxBatches: 30 });
    expect(result).toMatchObject({ sent: 30, accepted: 30, rejected: 0 });
  });

  it('stops by itself when its duration is over', async () => {
    const started = Date.now();
    const result = await runSimulator({ url: server.base, key: key(), dataset, rate: 10, seed: 6, durationMs: 600 });
    const took = Date.now() - started;
    expect(result.sent).toBeGreaterThanOrEqual(2);
    expect(result.sent).toBeLessThanOrEqual(8);
    expect(result.accepted).toBe(result.sent);
    expect(took).toBeLessThan(5_000);
  });

  it('stops on abort', async () => {
    const stop = new AbortController();
    const running = runSimulator({ url: server.base, key: key(), dataset, rate: 2, seed: 7, signal: stop.signal, onBatch: () => stop.abort() });
    await expect(running).resolves.toMatchObject({ sent: 1 });
  });

  it('refuses an unknown key and an embed token with a clear error', async () => {
    const unknown = runSimulator({ url: server.base, key: `sks_${'x'.repeat(43)}`, dataset, maxBatches: 1 });
    await expect(unknown).rejects.toThrow(SimulationError);
    await expect(unknown).rejects.toMatchObject({ code: 'simulate-unauthorized', status: 401 });
    const token = await server.token({ tenant: dataset.tenant.id, user: dataset.users[0]!.id, seat: 'practitioner' });
    await expect(runSimulator({ url: server.base, key: token, dataset, maxBatches: 1 })).rejects.toMatchObject({ code: 'simulate-unauthorized', status: 403 });
  });

  it('needs accounts: without the file, a freshly imported tenant (an empty feed) is refused', async () => {
    const fresh = await startRecordsTestServer({ datasets: [generateDataset({ seed: 2, accounts: 3, asOf })] });
    try {
      const tenant = Object.keys(fresh.keys)[0]!;
      // A first import is a snapshot: it writes no change rows.
      expect((await call(fresh.base, 'GET', '/v1/changes?after=0&limit=10', fresh.keys[tenant])).body.changes).toEqual([]);
      await expect(runSimulator({ url: fresh.base, key: fresh.keys[tenant]!, maxBatches: 1 })).rejects.toMatchObject({ code: 'simulate-no-data' });
    } finally {
      await fresh.close();
    }
  });
});

describe('successkit simulate', () => {
  let dataset: Dataset;
  let server: RecordsTestServer;
  let file: string;
  beforeAll(async () => {
    dataset = generateDataset({ seed: 22, accounts: 30, asOf });
    server = await startRecordsTestServer({ datasets: [dataset] });
    file = join(tmpdir(), `sk-simulate-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(dataset));
  });
  afterAll(() => server.close());

  it('prints a line per batch and a total, never the key', async () => {
    const lines: string[] = [];
    const key = server.keys[dataset.tenant.id]!;
    const code = await simulateCommand(['--url', server.base, '--key', key, '--rate', '40/s', '--batches', '4', '--seed', '3', '--data', file], (l) => lines.push(l));
    expect(code).toBe(0);
    expect(lines).toHaveLength(5);
    for (const line of lines.slice(0, 4)) expect(line).toMatch(/^seq \d+: \d+ (usage|touchpoints|tasks|accounts)/);
    expect(lines[4]).toMatch(/^simulate: 4 of 4 batches accepted/);
    expect(lines.join('\n')).not.toContain(key);
  });

  it('takes the key from SUCCESSKIT_SERVICE_KEY', async () => {
    const lines: string[] = [];
    const code = await simulateCommand(['--url', server.base, '--batches', '1', '--data', file], (l) => lines.push(l), { SUCCESSKIT_SERVICE_KEY: server.keys[dataset.tenant.id] });
    expect(code).toBe(0);
    expect(lines.at(-1)).toMatch(/1 of 1 batches accepted/);
  });

  it('refuses bad options, naming them', async () => {
    const out = () => {};
    await expect(simulateCommand(['--key', 'k'], out, {})).rejects.toThrow(/--url URL is required/);
    await expect(simulateCommand(['--url', server.base], out, {})).rejects.toThrow(/--key KEY \(or SUCCESSKIT_SERVICE_KEY\) is required/);
    await expect(simulateCommand(['--url', 'ftp://x', '--key', 'k'], out, {})).rejects.toThrow(/--url must be an http\(s\) URL/);
    await expect(simulateCommand(['--url', server.base, '--key', 'k', '--rate', 'fast'], out, {})).rejects.toThrow(/--rate must be/);
    await expect(simulateCommand(['--url', server.base, '--key', 'k', '--duration', '0s'], out, {})).rejects.toThrow(/--duration must be longer than 0/);
    await expect(simulateCommand(['--url', server.base, '--key', 'k', '--batches', '0'], out, {})).rejects.toThrow(/--batches must be/);
    await expect(simulateCommand(['--url', server.base, '--key', `sks_${'y'.repeat(43)}`, '--data', file], out, {})).rejects.toThrow(/service key was refused/);
    expect(parseRate('2')).toBe(2);
    expect(parseRate('30/m')).toBe(0.5);
    expect(parseRate('0.5/s')).toBe(0.5);
  });
});
