/**
 * An account's health at one time: the entry point over `health-engine.ts` for a single score.
 */
import type { HealthScore } from '../api/account-view.ts';
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import { createHealthEngine } from './health-engine.ts';

/**
 * The account's multidimensional health at `at` (ISO time), or `null` when the account's type
 * has no health profile (or the account does not exist).
 *
 * @example
 * ```ts
 * const health = computeAccountHealth(index, 'acme', '2026-01-31T00:00:00Z');
 * health?.score; // 0–100, or null when no measure has data
 * ```
 */
export function computeAccountHealth(index: DatasetIndex, accountId: string, at: string): HealthScore | null {
  return createHealthEngine(index).scoreAt(accountId, Date.parse(at));
}
