/**
 * How one health measure turns a raw value into a 0–100 score (rules in `dataset/schema.ts`):
 * `threshold` gives Good = 100, Average = 60, Poor = 0; `range` is linear and clamped;
 * `boolean` is 100 when the value equals `good`, else 0. A raw value of the wrong kind (text
 * for a numeric rule, a number for a boolean rule) or `null` has no data: the score is `null`.
 */
import type { AttributeValue, MeasureRule } from '../dataset/schema.ts';

/** Score of a threshold rule's good, average and poor outcomes. */
export const thresholdScores = { good: 100, average: 60, poor: 0 } as const;

/**
 * The 0–100 score of a raw value under a rule, or `null` when there is no usable data.
 *
 * @example
 * ```ts
 * scoreMeasure({ type: 'threshold', poor: 20, good: 50 }, 35); // 60
 * scoreMeasure({ type: 'range', min: 0, max: 80 }, 40); // 50
 * ```
 */
export function scoreMeasure(rule: MeasureRule, raw: AttributeValue): number | null {
  if (rule.type === 'boolean') return typeof raw === 'boolean' ? (raw === rule.good ? 100 : 0) : null;
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return null;
  if (rule.type === 'threshold') {
    const { poor, good } = rule;
    if (good >= poor) {
      if (raw >= good) return thresholdScores.good;
      return raw < poor ? thresholdScores.poor : thresholdScores.average;
    }
    if (raw <= good) return thresholdScores.good;
    return raw > poor ? thresholdScores.poor : thresholdScores.average;
  }
  const { min, max } = rule;
  if (min === max) return raw >= max ? 100 : 0;
  const share = (raw - min) / (max - min);
  return Math.min(100, Math.max(0, share * 100));
}
