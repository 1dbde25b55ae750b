/**
 * Health bench: current health plus 52-week history for every account of a 100,000-account
 * synthetic dataset (400 days of history, 120 days of daily usage on products), sharing one
 * health engine across the batch as a server or the team spotlight would.
 */
import { indexDataset } from '../src/dataset/dataset-index.ts';
import { createHealthEngine } from '../src/health/health-engine.ts';
import { computeHealthHistory } from '../src/health/health-history.ts';
import { generateDataset } from '../src/synthetic/generate-dataset.ts';
import { benchMs, recordFigure } from '@successkit/bench-kit';

const n = Number(process.env.SK_BENCH_HEALTH_ACCOUNTS ?? 100_000);
const asOf = '2026-01-31T00:00:00Z';
const started = performance.now();
const dataset = generateDataset({ seed: 11, accounts: n, asOf, days: 400, usageDays: 120 });
const index = indexDataset(dataset);
const setupMs = performance.now() - started;
const ids = dataset.accounts.map((a) => a.id);

let scored = 0;
await benchMs(
  'core.health.history-52w-100k',
  () => {
    const engine = createHealthEngine(index);
    const t = Date.parse(asOf);
    scored = 0;
    for (const id of ids) {
      engine.scoreAt(id, t);
      if (computeHealthHistory(index, id, asOf, 52, engine)) scored++;
    }
  },
  {
    runs: 3,
    warmup: 1,
    targetMs: 2000,
    note: `${n} accounts (${dataset.usage.length} usage rows, ${dataset.attributeHistory.length} changes): current health + 52 weekly scores each; dataset built in ${(setupMs / 1000).toFixed(1)} s`,
  },
);
recordFigure({ name: 'core.health.accounts-with-history', median: scored, unit: 'accounts' });
const before = process.cpuUsage();
{
  const engine = createHealthEngine(index);
  for (const id of ids) computeHealthHistory(index, id, asOf, 52, engine);
}
const used = process.cpuUsage(before);
recordFigure({ name: 'core.health.history-52w-100k-cpu', median: (used.user + used.system) / 1000, unit: 'ms', note: 'CPU time of one batch (GC threads included)' });
