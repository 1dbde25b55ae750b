/**
 * Dataset model benches: one attribute change at depth 6 applied to the model (the rollups of
 * the ancestors, the account's health inputs and history, the health memo forgotten) on 10,000
 * and on 1,000,000 accounts, and their ratio (the cost follows the change, not the tenant); one
 * batch of 10,000 touchpoint creations on a 100,000-account model with its spotlight index
 * built; and the model's build time on those 100,000 accounts.
 */
import { median, recordFigure, sampleMs } from '@successkit/bench-kit';
import type { Dataset, HealthProfile, Touchpoint } from '../src/dataset/schema.ts';
import { entityKeyOf, type DataChange } from '../src/model/data-change.ts';
import { createDatasetModel, type DatasetModel } from '../src/model/dataset-model.ts';
import { generateDataset } from '../src/synthetic/generate-dataset.ts';
import { rollupForest } from './domain-fixtures.ts';

const actor = { kind: 'service' as const, id: 'bench' };
const asOf = '2026-01-31T00:00:00Z';

/** A health profile over two of the forest's attributes, parents scored from their children by value. */
const profile: HealthProfile = {
  id: 'h',
  accountTypeId: 't',
  parentHealth: 'childrenByValue',
  bands: { poor: 40, good: 70 },
  dimensions: [
    {
      key: 'd',
      label: 'D',
      weight: 1,
      measures: [
        { key: 'm1', label: 'M1', weight: 1, source: { type: 'attribute', key: 'a1' }, rule: { type: 'range', min: 0, max: 100_000 } },
        { key: 'm2', label: 'M2', weight: 1, source: { type: 'attribute', key: 'a2' }, rule: { type: 'range', min: 0, max: 100_000 } },
      ],
    },
  ],
};

/** A forest of `n` accounts with depth ≥ 6, health profiles and a contract-value attribute. */
function forest(n: number): Dataset {
  const { dataset } = rollupForest(n, 1, Math.max(1, Math.round(n / 1000)));
  const attributes = dataset.attributes.map((a) => (a.key === 'a0' ? { ...a, meaning: 'contractValue' as const } : a));
  return { ...dataset, attributes, healthProfiles: [profile] };
}

/** Median µs of one attribute change at depth 6 (1,000 accounts, keys a0–a5 in turn). */
async function attributeChange(n: number): Promise<{ micros: number; model: DatasetModel; buildMs: number }> {
  const dataset = forest(n);
  const start = performance.now();
  const model = createDatasetModel(dataset);
  const buildMs = performance.now() - start;
  const deep = model.hierarchy.ids.filter((id) => model.hierarchy.depth(id) === 6).slice(0, 1000);
  if (deep.length === 0) throw new Error(`no account at depth 6 among ${n}`);
  let seq = 0;
  let k = 0;
  const one = (id: string): void => {
    const old = model.index.accountsById.get(id)!;
    const key = `a${k++ % 6}`;
    const row = { ...old, attributes: { ...old.attributes, [key]: k % 1000 } };
    const change: DataChange = { seq: ++seq, at: new Date(Date.parse(asOf) + seq).toISOString(), actor, kind: 'accounts', key: id, old, new: row };
    model.apply([change]);
  };
  for (const id of deep) one(id); // warm-up: first writes copy the history list, JIT
  // CPU time of this process (user + system): on a shared machine wall time mostly measures the neighbours.
  const samples: number[] = [];
  for (let run = 0; run < 9; run++) {
    const begin = process.cpuUsage();
    for (const id of deep) one(id);
    const used = process.cpuUsage(begin);
    samples.push((used.user + used.system) / deep.length);
  }
  // The change is visible: the root's health is scored again from its children (memo forgotten).
  model.health.scoreValueAt(model.hierarchy.roots[0]!, Date.parse(asOf));
  return { micros: median(samples), model, buildMs };
}

const small = await attributeChange(10_000);
recordFigure({ name: 'core.model.apply-attribute-depth6-10k', median: small.micros, unit: 'µs', note: `CPU time, median of 9 runs of 1,000 changes (one account each, keys a0–a5) at depth 6 of 10,000 accounts; rollups of 20 attributes, health from children by value; model built in ${small.buildMs.toFixed(0)} ms` });
const large = await attributeChange(Number(process.env.SK_BENCH_MODEL_ACCOUNTS ?? 1_000_000));
recordFigure({ name: 'core.model.apply-attribute-depth6-1m', median: large.micros, unit: 'µs', note: `CPU time, median of 9 runs of 1,000 changes at depth 6 of ${large.model.hierarchy.size} accounts; model built in ${(large.buildMs / 1000).toFixed(1)} s` });
const ratio = large.micros / small.micros;
recordFigure({ name: 'core.model.apply-1m-vs-10k', median: ratio, unit: 'x', target: '≤ 2 x', met: ratio <= 2, note: 'apply time of one attribute change, 1M accounts over 10k accounts' });

// ---- 100k accounts with activity --------------------------------------------------------------
const dataset = generateDataset({ seed: 11, accounts: 100_000, asOf, days: 120, usageDays: 60 });
const buildSamples = await sampleMs(() => createDatasetModel(dataset), { runs: 3, warmup: 0 });
recordFigure({
  name: 'core.model.build-100k',
  median: median(buildSamples),
  unit: 'ms',
  note: `3 runs; createDatasetModel: index + hierarchy + rollups + health inputs of ${dataset.accounts.length} accounts (${dataset.usage.length} usage rows, ${dataset.attributeHistory.length} attribute changes, ${dataset.touchpoints.length} touchpoints)`,
});
const model = createDatasetModel(dataset);
const spotlightStart = performance.now();
void model.spotlight;
const spotlightMs = performance.now() - spotlightStart;
let seq = 0;
let batchNo = 0;
const users = dataset.users.map((u) => u.id);
const accounts = dataset.accounts.map((a) => a.id);
const batch = (): DataChange[] => {
  batchNo++;
  return Array.from({ length: 10_000 }, (_, i) => {
    const row: Touchpoint = {
      id: `bench-${batchNo}-${i}`,
      accountId: accounts[(i * 7919 + batchNo * 104_729) % accounts.length]!,
      userId: users[(i * 31 + batchNo) % users.length]!,
      flow: 'adoption',
      type: 'call',
      at: new Date(Date.parse(asOf) - (i % 1440) * 60_000).toISOString(),
    };
    return { seq: ++seq, at: asOf, actor, kind: 'touchpoints' as const, key: entityKeyOf('touchpoints', row), old: null, new: row };
  });
};
const batchSamples: number[] = [];
const batchCpu: number[] = [];
for (let run = 0; run < 6; run++) {
  const changes = batch();
  const start = performance.now();
  const cpu = process.cpuUsage();
  model.apply(changes);
  const used = process.cpuUsage(cpu);
  if (run === 0) continue; // the first one copies the touchpoint list
  batchSamples.push(performance.now() - start);
  batchCpu.push((used.user + used.system) / 1000);
}
const batchMs = median(batchSamples);
recordFigure({
  name: 'core.model.apply-10k-touchpoints-100k',
  median: batchMs,
  unit: 'ms',
  note: `5 batches of 10,000 new touchpoints (after one warm-up batch) on ${accounts.length} accounts with the spotlight index built (${spotlightMs.toFixed(0)} ms); ${Math.round(10_000 / (batchMs / 1000))} touchpoints/s; CPU ${median(batchCpu).toFixed(0)} ms`,
});
