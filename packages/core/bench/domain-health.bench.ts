/**
 * Health bench: current health plus 52-week history for every account of a 100,000-account
 * synthetic dataset (400 days of history, 120 days of daily usage on products), with one health
 * engine for the batch as a server or the team spotlight would use.
 *
 * The health inputs (usage windows and attribute changes in typed arrays) are prepared once per
 * dataset index, as `createDatasetModel` does when a server loads a tenant: the preparation is
 * its own figure. The figure's runs each create a new engine over those inputs, so its memo
 * starts empty every run.
 */
import { indexDataset } from '../src/dataset/dataset-index.ts';
import { createHealthEngine } from '../src/health/health-engine.ts';
import { computeHealthHistory } from '../src/health/health-history.ts';
import { prepareHealthInputs } from '../src/health/health-inputs.ts';
import { generateDataset } from '../src/synthetic/generate-dataset.ts';
import { benchMs, median, recordFigure } from '@successkit/bench-kit';

const n = Number(process.env.SK_BENCH_HEALTH_ACCOUNTS ?? 100_000);
const asOf = '2026-01-31T00:00:00Z';
const started = performance.now();
const dataset = generateDataset({ seed: 11, accounts: n, asOf, days: 400, usageDays: 120 });
const index = indexDataset(dataset);
const setupMs = performance.now() - started;
const ids = dataset.accounts.map((a) => a.id);
const inputs = prepareHealthInputs(index);

const prepareSamples: number[] = [];
for (let run = 0; run < 3; run++) {
  const start = performance.now();
  prepareHealthInputs(index);
  prepareSamples.push(performance.now() - start);
}
recordFigure({
  name: 'core.health.prepare-inputs-100k',
  median: median(prepareSamples),
  unit: 'ms',
  note: `3 runs; once per dataset index: ${dataset.usage.length} usage rows and ${dataset.attributeHistory.length} attribute changes into typed arrays`,
});

let scored = 0;
const batch = () => {
  const engine = createHealthEngine(index, { inputs });
  const t = Date.parse(asOf);
  scored = 0;
  for (const id of ids) {
    engine.scoreAt(id, t);
    if (computeHealthHistory({ health: engine }, id, asOf, 52)) scored++;
  }
};
await benchMs('core.health.history-52w-100k', batch, {
  runs: 5,
  warmup: 1,
  targetMs: 2000,
  note: `${n} accounts (${dataset.usage.length} usage rows, ${dataset.attributeHistory.length} changes): current health + 52 weekly scores each, a new engine per run, inputs prepared once per index (see core.health.prepare-inputs-100k); dataset built in ${(setupMs / 1000).toFixed(1)} s`,
});
recordFigure({ name: 'core.health.accounts-with-history', median: scored, unit: 'accounts' });
const cpuSamples: number[] = [];
for (let run = 0; run < 3; run++) {
  const before = process.cpuUsage();
  batch();
  const used = process.cpuUsage(before);
  cpuSamples.push((used.user + used.system) / 1000);
}
recordFigure({ name: 'core.health.history-52w-100k-cpu', median: median(cpuSamples), unit: 'ms', note: 'CPU time of one batch (GC threads included), 3 runs' });
