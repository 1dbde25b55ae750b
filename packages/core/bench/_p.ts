import { datasetSchema } from '../src/dataset/schema.ts';
import { checkDatasetRules } from '../src/dataset/dataset-rules.ts';
import { generateDataset } from '../src/synthetic/generate-dataset.ts';
let t = performance.now();
const ds = generateDataset({ seed: 1, accounts: 20000, asOf: '2026-01-31T00:00:00Z', days: 30, usageDays: 7 });
console.log('gen', performance.now() - t, Object.entries(ds).map(([k, v]) => Array.isArray(v) ? `${k}:${v.length}` : '').join(' '));
const text = JSON.stringify(ds);
console.log('MB', text.length / 1e6);
for (let r = 0; r < 3; r++) {
  const json = JSON.parse(text);
  t = performance.now();
  datasetSchema.parse(json);
  const zodMs = performance.now() - t;
  t = performance.now();
  checkDatasetRules(json);
  console.log('zod', zodMs.toFixed(0), 'rules', (performance.now() - t).toFixed(0));
  for (const k of ['accounts', 'usage', 'touchpoints', 'tasks', 'attributeHistory'] as const) {
    const sub = (datasetSchema.shape as any)[k];
    t = performance.now(); sub.parse(json[k]); console.log('  ', k, (performance.now() - t).toFixed(0));
  }
}
