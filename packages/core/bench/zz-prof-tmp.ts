import { spotlightBenchData } from './spotlight-data.ts';
import { indexDataset } from '../src/dataset/dataset-index.ts';
import { buildSpotlightIndex } from '../src/spotlight/spotlight-index.ts';
const d = spotlightBenchData({ events: 1_000_000 });
let t = performance.now();
const idx = indexDataset(d);
console.log('indexDataset', performance.now() - t);
for (let r = 0; r < 1; r++) {
t = performance.now();
buildSpotlightIndex(idx);
console.log('build', performance.now() - t);
}
