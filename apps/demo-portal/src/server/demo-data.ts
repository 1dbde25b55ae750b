/**
 * The demo's dataset: a synthetic tenant of a few hundred accounts, written once to a file when
 * none exists, so the portal shows realistic data on the first start.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateDataset } from '@successkit/core/synthetic';

/** Options of the demo dataset. */
export interface DemoDataOptions {
  /** How many accounts (default 300). */
  accounts?: number;
  /** The generator's seed (default 7). */
  seed?: number;
  /** The time the data is generated up to (default now). */
  asOf?: string;
}

/** Writes a synthetic dataset to `path` unless the file exists; returns whether it wrote one. */
export function ensureDemoDataset(path: string, options: DemoDataOptions = {}): boolean {
  if (existsSync(path)) return false;
  mkdirSync(dirname(path), { recursive: true });
  const dataset = generateDataset({
    seed: options.seed ?? 7,
    accounts: options.accounts ?? 300,
    asOf: options.asOf ?? new Date().toISOString(),
  });
  writeFileSync(path, JSON.stringify(dataset));
  return true;
}
