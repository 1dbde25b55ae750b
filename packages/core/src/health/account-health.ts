/**
 * An account's health at one time: the entry point over the model's health engine
 * (`model.health`, see `health-engine.ts`) for a single score.
 */
import type { HealthScore } from '../api/account-view.ts';
import type { HealthEngine } from './health-engine.ts';

/**
 * The account's multidimensional health at `at` (ISO time), or `null` when the account's type
 * has no health profile (or the account does not exist).
 *
 * @example
 * ```ts
 * const health = computeAccountHealth(model, 'acme', '2026-01-31T00:00:00Z');
 * health?.score; // 0–100, or null when no measure has data
 * ```
 */
export function computeAccountHealth(model: { readonly health: HealthEngine }, accountId: string, at: string): HealthScore | null {
  return model.health.scoreAt(accountId, Date.parse(at));
}
