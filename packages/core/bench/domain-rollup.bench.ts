/**
 * Rollup benches: the full rollup of 1,000,000 accounts × 20 rolled-up attributes (hierarchy
 * build included), one incremental update at depth 6, and the same full rollup done by SQLite
 * (`node:sqlite`, a recursive CTE over the same data, in this process) as the baseline.
 */
import { DatabaseSync } from 'node:sqlite';
import { benchMs, median, recordFigure, sampleMs } from '@successkit/bench-kit';
import { indexDataset } from '../src/dataset/dataset-index.ts';
import { buildHierarchy } from '../src/hierarchy/hierarchy.ts';
import { createRollups } from '../src/hierarchy/rollups.ts';
import { rollupAttributes, rollupForest } from './domain-fixtures.ts';

const n = Number(process.env.SK_BENCH_ROLLUP_ACCOUNTS ?? 1_000_000);
const { dataset, parent } = rollupForest(n);
const index = indexDataset(dataset);

const full = await benchMs('core.rollup.full-1m-x20', () => createRollups(index, buildHierarchy(index)), {
  runs: 5,
  targetMs: 1500,
  note: `${n} accounts, 20 rolled-up attributes (sum, avg, min, max, count, countDistinct, latest, weightedAvg), hierarchy build included`,
});

// The same in CPU time (this process's user + system), steadier than wall time on a shared machine.
const cpuSamples: number[] = [];
for (let run = 0; run < 3; run++) {
  const before = process.cpuUsage();
  createRollups(index, buildHierarchy(index));
  const used = process.cpuUsage(before);
  cpuSamples.push((used.user + used.system) / 1000);
}
recordFigure({ name: 'core.rollup.full-1m-x20-cpu', median: median(cpuSamples), unit: 'ms', note: 'CPU time of the full rollup (GC threads included), 3 runs' });

// One incremental update at depth 6 (alternating values so every run changes something).
const hierarchy = buildHierarchy(index);
const rollups = createRollups(index, hierarchy);
const deep = hierarchy.ids.filter((id) => hierarchy.depth(id) === 6).slice(0, 1000);
// The first update of a countDistinct key builds its per-code tallies (one O(n) pass, once per
// key); do that before measuring the steady state.
for (const def of rollupAttributes) if (def.rollup === 'countDistinct') rollups.setAttribute(deep[0]!, def.key, 'warm-up');
let k = 0;
const updateSamples: number[] = [];
for (let run = 0; run < 7; run++) {
  const start = performance.now();
  for (let i = 0; i < deep.length; i++) {
    const key = `a${(k++ % 20)}`;
    const def = rollupAttributes[k % 20]!;
    rollups.setAttribute(deep[i]!, key, def.type === 'date' ? `2026-0${1 + (k % 9)}-01` : def.type === 'string' ? `v${k % 13}` : k % 1000);
  }
  updateSamples.push(((performance.now() - start) * 1000) / deep.length);
}
const perUpdate = median(updateSamples);
recordFigure({ name: 'core.rollup.update-depth6', median: perUpdate, unit: 'µs', target: '< 50 µs', met: perUpdate < 50, note: `median of 7 batches of ${deep.length} updates on depth-6 accounts, keys rotating over all 20 attributes (countDistinct tallies built once before)` });

// SQLite baseline over the same data.
const db = new DatabaseSync(':memory:');
const cols = rollupAttributes.map((a) => a.key);
db.exec(`CREATE TABLE acc (id INTEGER PRIMARY KEY, parent INTEGER, ${cols.map((c) => `${c}`).join(', ')}); `);
const insert = db.prepare(`INSERT INTO acc VALUES (?, ?, ${cols.map(() => '?').join(', ')})`);
db.exec('BEGIN');
for (let i = 0; i < n; i++) {
  const a = dataset.accounts[i]!.attributes;
  insert.run(i, parent[i]! >= 0 ? parent[i]! : null, ...cols.map((c) => (a[c] ?? null) as string | number | null));
}
db.exec('COMMIT');
db.exec('CREATE INDEX acc_parent ON acc(parent)');
const aggregate = rollupAttributes.map((a) => {
  const r = a.rollup!;
  const c = `d.${a.key}`;
  if (typeof r === 'object') return `SUM(CASE WHEN ${c} IS NOT NULL AND d.${r.weightKey} IS NOT NULL THEN ${c} * d.${r.weightKey} END) / SUM(CASE WHEN ${c} IS NOT NULL THEN d.${r.weightKey} END)`;
  switch (r) {
    case 'countDistinct': return `COUNT(DISTINCT ${c})`;
    case 'latest': return `MAX(${c})`;
    case 'sum': return `SUM(${c})`;
    default: return `${r.toUpperCase()}(${c})`;
  }
});
const sql = `WITH RECURSIVE closure(anc, node) AS (SELECT id, id FROM acc UNION ALL SELECT c.anc, a.id FROM closure c JOIN acc a ON a.parent = c.node)
SELECT c.anc, ${aggregate.join(', ')} FROM closure c JOIN acc d ON d.id = c.node GROUP BY c.anc`;
const sqliteSamples = await sampleMs(() => db.prepare(sql).all(), { runs: 1, warmup: 0 });
const sqliteMs = median(sqliteSamples);
recordFigure({ name: 'core.rollup.sqlite-baseline-1m-x20', median: sqliteMs, unit: 'ms', note: `node:sqlite recursive CTE (ancestor closure + GROUP BY), ${n} accounts, 1 run` });
const ratio = sqliteMs / full.median;
recordFigure({ name: 'core.rollup.speedup-vs-sqlite', median: ratio, unit: 'x', target: '≥ 10 x', met: ratio >= 10, note: `${sqliteMs.toFixed(0)} ms / ${full.median.toFixed(0)} ms` });
db.close();
