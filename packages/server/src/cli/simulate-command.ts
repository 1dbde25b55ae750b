/**
 * `successkit simulate --url URL --key KEY [--rate N/s] [--seed S] [--duration 10m] [--data FILE]`:
 * streams realistic changes (usage days, touchpoints, completed tasks, attribute moves, an
 * occasional reparent) into a running server through `POST /v1/ingest`, so a portal visibly
 * moves. The key may also come from `SUCCESSKIT_SERVICE_KEY` (kept out of the process list).
 * Prints one line per batch (kinds and counts, the new `seq`; never account data or the key)
 * and stops after `--duration`, `--batches` or Ctrl-C.
 */
import { parseArgs } from 'node:util';
import { readDatasetFile } from '../data/file-tenant-data.ts';
import { runSimulator, type BatchReport } from '../simulate/simulator.ts';
import { SimulationError } from '../simulate/simulation-source.ts';
import { CliError, usageError } from './cli-error.ts';
import { parseDurationSeconds } from './parse-duration.ts';

/** Batches per second from `2`, `2/s`, `30/m` or `600/h`. */
export function parseRate(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(?:\/([smh]))?$/.exec(text.trim());
  const perUnit = { s: 1, m: 60, h: 3600 } as const;
  const rate = match ? Number(match[1]) / perUnit[(match[2] ?? 's') as keyof typeof perUnit] : NaN;
  if (!(rate > 0) || rate > 100) throw usageError(`simulate: --rate must be batches per second above 0 and at most 100, like 2/s, 0.5 or 30/m (got "${text}")`);
  return rate;
}

function describe(report: BatchReport): string {
  const items = Object.entries(report.items).map(([kind, n]) => `${n} ${kind}`).join(', ');
  if (report.seq !== null) return `seq ${report.seq}: ${items}`;
  return `refused (${report.status ?? 'no answer'}): ${items} — ${report.problem ?? ''}`;
}

/** Runs `simulate`; resolves with the exit code when the run ends. */
export async function simulateCommand(args: string[], out: (line: string) => void = console.log, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      url: { type: 'string' },
      key: { type: 'string' },
      rate: { type: 'string', default: '0.5' },
      seed: { type: 'string', default: '1' },
      duration: { type: 'string' },
      batches: { type: 'string' },
      data: { type: 'string' },
    },
    strict: true,
  });
  if (!values.url) throw usageError('simulate: --url URL is required (the server, e.g. http://127.0.0.1:8787)');
  let url: URL;
  try {
    url = new URL(values.url);
  } catch {
    throw usageError(`simulate: --url must be an http(s) URL (got "${values.url}")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw usageError(`simulate: --url must be an http(s) URL (got "${values.url}")`);
  const key = values.key ?? env.SUCCESSKIT_SERVICE_KEY;
  if (!key) throw usageError('simulate: --key KEY (or SUCCESSKIT_SERVICE_KEY) is required: a service key from `successkit key create --tenant T`');
  if (!/^\d+$/.test(values.seed)) throw usageError(`simulate: --seed must be a whole number (got "${values.seed}")`);
  const batches = values.batches === undefined ? undefined : Number(values.batches);
  if (batches !== undefined && !(Number.isInteger(batches) && batches > 0)) throw usageError(`simulate: --batches must be a whole number ≥ 1 (got "${values.batches}")`);
  const durationMs = values.duration === undefined ? undefined : parseDurationSeconds(values.duration, 'simulate: --duration') * 1000;
  const dataset = values.data ? await readDatasetFile(values.data) : undefined;

  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const result = await runSimulator({
      url: url.origin + url.pathname.replace(/\/+$/, ''),
      key,
      rate: parseRate(values.rate),
      seed: Number(values.seed),
      ...(durationMs !== undefined ? { durationMs } : {}),
      ...(batches !== undefined ? { maxBatches: batches } : {}),
      ...(dataset ? { dataset } : {}),
      signal: stop.signal,
      onBatch: (report) => out(describe(report)),
    });
    out(`simulate: ${result.accepted} of ${result.sent} batches accepted (${result.rejected} refused, ${result.failed} failed), last seq ${result.lastSeq}`);
    return result.accepted === 0 && result.sent > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof SimulationError) throw new CliError(`simulate: ${error.message}`, { cause: error });
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
