import { indexDataset } from '../src/dataset/dataset-index.ts';
import { buildHierarchy } from '../src/hierarchy/hierarchy.ts';
import { createRollups } from '../src/hierarchy/rollups.ts';
import { rollupForest } from './domain-fixtures.ts';
const n = Number(process.argv[2] ?? 1000000);
const { dataset } = rollupForest(n);
const index = indexDataset(dataset);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let r = 0; r < 3; r++) {
  let w = performance.now(), c = cpu();
  const h = buildHierarchy(index);
  console.log('hier wall', (performance.now() - w).toFixed(0), 'cpu', (cpu() - c).toFixed(0));
  w = performance.now(); c = cpu();
  createRollups(index, h);
  console.log('roll wall', (performance.now() - w).toFixed(0), 'cpu', (cpu() - c).toFixed(0));
}
