import { generateDataset } from './src/synthetic/generate-dataset.ts';
import { indexDataset } from './src/dataset/dataset-index.ts';
import { buildHierarchy } from './src/hierarchy/hierarchy.ts';
import { createRollups } from './src/hierarchy/rollups.ts';
import { createHealthEngine } from './src/health/health-engine.ts';
import { buildSummaryInput } from './src/summary/build-summary-input.ts';
import { anonymizeSummaryInput } from './src/summary/anonymize/anonymize-payload.ts';
import { collectKnownIdentifiers } from './src/summary/anonymize/known-identifiers.ts';
import { defaultSummaryConfig } from './src/summary/config.ts';
const asOf = '2026-01-31T00:00:00Z';
const ds = generateDataset({ seed: 1, accounts: 200, asOf });
const index = indexDataset(ds as any);
const rollups = createRollups(index, buildHierarchy(index));
const health = createHealthEngine(index);
const ids = ds.accounts.map(a => a.id);
console.log('users', ds.users.length, 'contacts', ds.contacts.length);
let a = 0, b = 0, c = 0;
for (let r = 0; r < 2; r++) { a = b = c = 0;
for (const id of ids) {
  let t0 = performance.now();
  const input = buildSummaryInput({ index, rollups, health }, id, defaultSummaryConfig, asOf);
  let t1 = performance.now();
  const known = collectKnownIdentifiers(index, id);
  let t2 = performance.now();
  anonymizeSummaryInput(input, known);
  let t3 = performance.now();
  a += t1 - t0; b += t2 - t1; c += t3 - t2;
}
console.log('build', a / ids.length, 'known', b / ids.length, 'anon', c / ids.length);
}
