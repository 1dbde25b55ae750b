import { generateDataset } from '../src/synthetic/generate-dataset.ts';
const t = performance.now();
const ds = generateDataset({ seed: 1, accounts: 5000, asOf: '2026-01-31T00:00:00Z', days: 400, usageDays: 120 });
console.log('gen', performance.now() - t, Object.entries(ds).map(([k, v]) => Array.isArray(v) ? `${k}:${v.length}` : '').join(' '));
