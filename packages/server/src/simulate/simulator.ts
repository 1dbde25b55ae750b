/**
 * `runSimulator`: streams realistic changes into a successkit server through the ingestion API
 * (`POST /v1/ingest`, service key), at a steady rate, until its duration, batch count or abort
 * signal ends it. It first reads the tenant's current data (a dataset file and/or the change
 * feed) so every id exists, then sends one batch per tick; each batch carries an
 * `Idempotency-Key`, so a retried request is never applied twice. A refused batch (`422`) is
 * reported and skipped; a refused key stops the run; an unreachable server is retried next tick
 * and stops the run after `maxFailures` ticks in a row.
 */
import type { Clock, Dataset } from '@successkit/core';
import { createChangeGenerator } from './change-generator.ts';
import { applyBatch, worldFromDataset, type SimulatedBatch } from './simulation-world.ts';
import { apiCall, currentData, SimulationError } from './simulation-source.ts';
import { InvalidArgumentError } from '@successkit/core';

/** Options of a simulation run. */
export interface SimulatorOptions {
  /** The server's base URL (`http://127.0.0.1:8787`). */
  url: string;
  /** A service key of the tenant. */
  key: string;
  /** Batches per second (default 0.5: one every 2 s). */
  rate?: number;
  /** Seed of the change generator (default 1). */
  seed?: number;
  /** Stop after this long (default: run until `signal` or `maxBatches`). */
  durationMs?: number;
  /** Stop after this many batches were sent. */
  maxBatches?: number;
  /** The dataset the server imported; the change feed is replayed on top of it. */
  dataset?: Dataset;
  /** The `seq` the dataset already reflects: the feed is replayed from there (default 0). */
  datasetSeq?: number;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** The clock of the changes (default: the system clock). */
  clock?: Clock;
  /** Unreachable or failing (5xx) ticks in a row before the run stops (default 30). */
  maxFailures?: number;
  /** Called after each batch: what was sent (counts per kind) and what the server said. */
  onBatch?: (report: BatchReport) => void;
}

/** One batch sent. */
export interface BatchReport {
  /** Items per kind. */
  items: Record<string, number>;
  status: number | null;
  /** The tenant's `seq` after an accepted batch. */
  seq: number | null;
  /** Why it was refused or failed (problem title/detail or network error). */
  problem?: string;
}

/** What a run did. */
export interface SimulationResult {
  sent: number;
  accepted: number;
  rejected: number;
  failed: number;
  lastSeq: number;
}

/** Runs the simulator (see the module comment); resolves when it stops. */
export async function runSimulator(options: SimulatorOptions): Promise<SimulationResult> {
  const fetcher = options.fetch ?? fetch;
  const url = options.url.replace(/\/+$/, '');
  const rate = options.rate ?? 0.5;
  if (!(rate > 0) || rate > 100) throw new InvalidArgumentError('rate', `rate must be above 0 and at most 100 batches per second (got ${rate})`);
  const now = options.clock ?? (() => new Date());
  const { dataset, seq } = await currentData({ url, key: options.key, dataset: options.dataset, fetch: fetcher, after: options.datasetSeq ?? 0 });
  const world = worldFromDataset(dataset);
  if (world.accounts.size === 0) throw new SimulationError('simulate-no-data', 'the tenant has no accounts yet: pass --data FILE (the dataset the server imported) or ingest accounts first');
  const seed = options.seed ?? 1;
  const runId = `${now().getTime().toString(36)}${seed.toString(36)}`;
  const generator = createChangeGenerator({ seed, runId });
  const result: SimulationResult = { sent: 0, accepted: 0, rejected: 0, failed: 0, lastSeq: seq };
  const endAt = options.durationMs === undefined ? Infinity : Date.now() + options.durationMs;
  const interval = 1000 / rate;
  let failuresInRow = 0;

  while (!options.signal?.aborted && Date.now() < endAt && result.sent < (options.maxBatches ?? Infinity)) {
    const started = Date.now();
    const batch = generator.next(world, now());
    const report = await send(batch, `sim-${runId}-${result.sent + 1}`);
    result.sent += 1;
    if (report.seq !== null) {
      applyBatch(world, batch);
      result.accepted += 1;
      result.lastSeq = report.seq;
      failuresInRow = 0;
    } else if (report.status !== null && report.status < 500) {
      result.rejected += 1;
      failuresInRow = 0;
    } else {
      result.failed += 1;
      failuresInRow += 1;
    }
    options.onBatch?.(report);
    if (failuresInRow >= (options.maxFailures ?? 30)) break;
    const wait = Math.min(interval - (Date.now() - started), endAt - Date.now());
    if (wait > 0 && result.sent < (options.maxBatches ?? Infinity)) await sleep(wait, options.signal);
  }
  return result;

  async function send(batch: SimulatedBatch, idempotencyKey: string): Promise<BatchReport> {
    const items = Object.fromEntries(Object.entries(batch.upserts).map(([kind, list]) => [kind, list.length]));
    let response: Response;
    try {
      response = await apiCall(fetcher, `${url}/v1/ingest`, options.key, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify(batch),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (error instanceof SimulationError && error.code === 'simulate-unreachable') return { items, status: null, seq: null, problem: error.message };
      if ((error as Error).name === 'AbortError') return { items, status: null, seq: null, problem: 'stopped' };
      throw error;
    }
    const body = (await response.json().catch(() => null)) as { seq?: number; title?: string; detail?: string } | null;
    if (response.ok && typeof body?.seq === 'number') return { items, status: response.status, seq: body.seq };
    return { items, status: response.status, seq: null, problem: body?.detail ?? body?.title ?? `HTTP ${response.status}` };
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
