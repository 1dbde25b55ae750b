import { indexDataset } from '../src/dataset/dataset-index.ts';
import { createHealthEngine } from '../src/health/health-engine.ts';
import { computeHealthHistory } from '../src/health/health-history.ts';
import { generateDataset } from '../src/synthetic/generate-dataset.ts';
const n = Number(process.argv[2]);
const asOf = '2026-01-31T00:00:00Z';
const dataset = generateDataset({ seed: 11, accounts: n, asOf, days: 400, usageDays: 120 });
const index = indexDataset(dataset);
const ids = dataset.accounts.map((a) => a.id);
for (let r = 0; r < 4; r++) {
  const t0 = performance.now();
  const engine = createHealthEngine(index);
  for (const id of ids) { engine.scoreAt(id, Date.parse(asOf)); computeHealthHistory(index, id, asOf, 52, engine); }
  console.log(n, (performance.now() - t0).toFixed(0), process.memoryUsage().heapUsed / 1e6 | 0);
}
