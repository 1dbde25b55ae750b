import { indexDataset } from '../src/dataset/dataset-index.ts';
import { buildHierarchy } from '../src/hierarchy/hierarchy.ts';
import { createRollups } from '../src/hierarchy/rollups.ts';
import { rollupForest } from './domain-fixtures.ts';
const { dataset } = rollupForest(100000);
const index = indexDataset(dataset);
for (let r = 0; r < 3; r++) {
let t = performance.now();
const h = buildHierarchy(index);
console.log('hier', performance.now() - t, Math.max(...h.depthAt));
t = performance.now();
createRollups(index, h);
console.log('roll', performance.now() - t);
}
