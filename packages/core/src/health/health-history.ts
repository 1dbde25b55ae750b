/**
 * Weekly health history: the score and band of each of the last `weeks` weeks (weeks start on
 * Monday 00:00 UTC; each is scored at its end, the current week at `asOf`), with a marker on the
 * weeks in which the contract-value attribute rose (an upsell), and the trend.
 *
 * Trend: the mean score of the last 4 weeks against the mean of the 4 weeks before (weeks
 * without a score are left out); a difference above 5 points is `up`, below −5 `down`, otherwise
 * (or without scores in either window) `flat`.
 */
import type { HealthHistory, Trend } from '../api/account-view.ts';
import { bandOf } from './health-band.ts';
import type { HealthEngine } from './health-engine.ts';

const dayMs = 86_400_000;
const weekMs = 7 * dayMs;
/** Weeks in each of the two windows the trend compares. */
export const trendWindowWeeks = 4;
/** Score difference (points) within which the trend is flat. */
export const trendFlatPoints = 5;

/** Monday 00:00 UTC of the week containing time `t` (ms). */
export function weekStartOf(t: number): number {
  const day = Math.floor(t / dayMs);
  const weekday = (day + 3) % 7; // 1970-01-01 was a Thursday; 0 = Monday
  return (day - weekday) * dayMs;
}

/** Up, down or flat from weekly scores (oldest first), as described above. */
export function trendOf(scores: readonly (number | null)[], window = trendWindowWeeks, flat = trendFlatPoints): Trend {
  const mean = (part: readonly (number | null)[]): number | null => {
    const values = part.filter((s): s is number => s !== null);
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  };
  const recent = mean(scores.slice(-window));
  const before = mean(scores.slice(-2 * window, -window));
  if (recent === null || before === null) return 'flat';
  const diff = recent - before;
  return diff > flat ? 'up' : diff < -flat ? 'down' : 'flat';
}

/**
 * The account's weekly health history up to `asOf`, oldest week first, or `null` when its type
 * has no health profile. Reads the model's health engine (`model.health`), so many accounts
 * share its prepared inputs and memo.
 *
 * @example
 * ```ts
 * const history = computeHealthHistory(model, 'acme', '2026-01-31T00:00:00Z');
 * history?.weeks.at(-1)?.band; history?.trend; // 'up' | 'down' | 'flat'
 * ```
 */
export function computeHealthHistory(model: { readonly health: HealthEngine }, accountId: string, asOf: string, weeks = 52): HealthHistory | null {
  const engine = model.health;
  const profile = engine.profileOf(accountId);
  if (!profile) return null;
  const end = Date.parse(asOf);
  const current = weekStartOf(end);
  // Weeks (by index, oldest first) in which the contract value rose, up to `asOf`.
  const first = current - (weeks - 1) * weekMs;
  const upsellWeeks = new Set<number>();
  for (const t of engine.upsellTimes(accountId)) if (t >= first && t <= end) upsellWeeks.add(Math.floor((t - first) / weekMs));
  const out: HealthHistory['weeks'] = new Array(weeks);
  const scores: (number | null)[] = new Array(weeks);
  for (let i = 0; i < weeks; i++) {
    const start = first + i * weekMs;
    const score = engine.scoreValueAt(accountId, Math.min(start + weekMs, end));
    scores[i] = score;
    out[i] = { weekStart: weekText(start), score, band: bandOf(score, profile.bands), upsell: upsellWeeks.has(i) };
  }
  return { weeks: out, trend: trendOf(scores), trendWindowWeeks };
}

// Keyed by day number (a small integer: cheap to hash, unlike a time in ms).
const weekTexts = new Map<number, string>();
function weekText(start: number): string {
  const day = Math.floor(start / dayMs);
  let text = weekTexts.get(day);
  if (text === undefined) {
    text = new Date(start).toISOString().slice(0, 10);
    if (weekTexts.size > 10_000) weekTexts.clear();
    weekTexts.set(day, text);
  }
  return text;
}
