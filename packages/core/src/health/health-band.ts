/**
 * Health bands (DESIGN.md "Health"): `poor` below the profile's `bands.poor`, `good` at or above
 * `bands.good`, `average` between.
 */
import type { Band } from '../api/account-view.ts';
import type { HealthProfile } from '../dataset/schema.ts';

/**
 * The band of a 0–100 score under a profile's thresholds; `null` for no score.
 *
 * @example
 * ```ts
 * bandOf(72, { poor: 40, good: 70 }); // 'good'
 * ```
 */
export function bandOf(score: number | null, bands: HealthProfile['bands']): Band | null {
  if (score === null) return null;
  if (score < bands.poor) return 'poor';
  return score >= bands.good ? 'good' : 'average';
}
