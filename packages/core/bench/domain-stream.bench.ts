/**
 * Synthetic-data scale bench: streams a 1,000,000-account dataset (7 days of activity, no
 * usage rows) into a byte counter and records time, size and the heap growth, which must stay
 * far below what holding the dataset would take.
 */
import { recordFigure } from '@successkit/bench-kit';
import { streamDataset } from '../src/synthetic/generate-dataset.ts';

const n = Number(process.env.SK_BENCH_STREAM_ACCOUNTS ?? 1_000_000);
globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let peakHeap = heapBefore;
let bytes = 0;
let chunks = 0;
const started = performance.now();
await streamDataset({ seed: 2, accounts: n, asOf: '2026-01-31T00:00:00Z', days: 7, usageDays: 0 }, (chunk) => {
  bytes += chunk.length;
  if (++chunks % 16 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
});
const ms = performance.now() - started;
recordFigure({ name: 'core.synthetic.stream-1m', median: ms, unit: 'ms', note: `${n} accounts, ${(bytes / 1e6).toFixed(0)} MB of JSON in ${chunks} chunks (one run)` });
const growthMb = (peakHeap - heapBefore) / 1e6;
recordFigure({ name: 'core.synthetic.stream-1m-heap-growth', median: growthMb, unit: 'MB', target: '< 25% of the JSON size', met: growthMb < bytes / 4e6, note: 'peak heap used while streaming minus before' });
