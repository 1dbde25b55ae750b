/**
 * The shared benchmark harness: measure a function a few times, take the median, and record
 * a named figure that `pnpm bench` prints in one table and writes to `bench-results.json`.
 *
 * A benchmark never fails the build: a missed target is reported, not thrown.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One reported figure. */
export interface Figure {
  /** Stable name, e.g. `core.rollup.full-1m-x20`. */
  name: string;
  /** The median of the measured samples (or the single measured value). */
  median: number;
  /** Unit of `median`: `ms`, `µs`, `req/s`, `KB`, `tokens`, `x`… */
  unit: string;
  /** Human-readable target, e.g. `< 1500 ms`. */
  target?: string;
  /** Whether the target is met; omitted when there is no target. */
  met?: boolean;
  /** Extra context: sample count, baseline, sizes. */
  note?: string;
}

const resultsDir = fileURLToPath(new URL('../../../.bench-results/', import.meta.url));

/**
 * Appends a figure to `.bench-results/<package>.jsonl` (the package is the folder the bench runs
 * in) and prints it.
 */
export function recordFigure(figure: Figure): Figure {
  mkdirSync(resultsDir, { recursive: true });
  appendFileSync(`${resultsDir}${basename(process.cwd())}.jsonl`, `${JSON.stringify(figure)}\n`);
  const mark = figure.met === undefined ? '' : figure.met ? ' ✓' : ' ✗';
  console.log(
    `  ${figure.name}: ${formatNumber(figure.median)} ${figure.unit}${figure.target ? ` (target ${figure.target})` : ''}${mark}${figure.note ? ` — ${figure.note}` : ''}`,
  );
  return figure;
}

/** The median of a list of numbers. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The p-th percentile (0–100) of a list of numbers, nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/**
 * Runs `fn` `warmup` times unmeasured, then `runs` times, and returns every sample in
 * milliseconds. `fn` may be async.
 */
export async function sampleMs(
  fn: () => unknown,
  { runs = 5, warmup = 1 }: { runs?: number; warmup?: number } = {},
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Measures `fn` and records the median in ms against an upper-bound target. */
export async function benchMs(
  name: string,
  fn: () => unknown,
  options: { runs?: number; warmup?: number; targetMs?: number; note?: string } = {},
): Promise<Figure> {
  const samples = await sampleMs(fn, options);
  const value = median(samples);
  return recordFigure({
    name,
    median: value,
    unit: 'ms',
    ...(options.targetMs === undefined ? {} : { target: `< ${options.targetMs} ms`, met: value < options.targetMs }),
    note: `${samples.length} runs${options.note ? `; ${options.note}` : ''}`,
  });
}

function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return Math.abs(n) >= 100 ? n.toFixed(1) : n.toPrecision(3);
}
export { runBenches } from './run-benches.ts';
