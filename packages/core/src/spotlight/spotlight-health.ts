/**
 * The health side of Team Spotlight: which health function scores an account at a time (the
 * core's `computeAccountHealth` unless the caller injects one), and the per-band snapshot of a
 * set of accounts. Scores are memoised per query, so an account shared by several members is
 * scored once per time.
 */
import type { BandCounts } from '../api/spotlight-api.ts';
import type { Band, HealthScore } from '../api/account-view.ts';
import { bandOf } from '../health/health-band.ts';
import type { HealthEngine } from '../health/health-engine.ts';

/**
 * Scores one account at one ISO time; `null` when it has no health profile. The spotlight reads
 * only `score` and `band`, so a full `HealthScore` (e.g. from `computeAccountHealth`) fits too.
 */
export type SpotlightHealthFn = (accountId: string, at: string) => Pick<HealthScore, 'score' | 'band'> | null;

/** Options shared by `computeTeamSpotlight` and `memberDrilldown`. */
export interface SpotlightOptions {
  /** Health of an account at a time; defaults to `computeAccountHealth(model, accountId, at)` (see `defaultHealth`). */
  health?: SpotlightHealthFn;
}

/**
 * The default health function of a model: the same score and band as
 * `computeAccountHealth(model, accountId, at)`, through the model's health engine and its
 * memoised score path, so an account scored at a time is scored once and no per-dimension
 * breakdown is built that the spotlight would not read.
 */
export function defaultHealth(model: { readonly health: HealthEngine }): SpotlightHealthFn {
  const cached = model.health;
  return (accountId, at) => {
    const profile = cached.profileOf(accountId);
    if (!profile) return null;
    const score = cached.scoreValueAt(accountId, Date.parse(at));
    return { score, band: bandOf(score, profile.bands) };
  };
}

const bands: readonly Band[] = ['poor', 'average', 'good'];

/** Memoised health of accounts (by index) at one time. */
export class HealthAt {
  readonly #band: Int8Array;
  readonly #score: Float64Array;
  readonly #fn: SpotlightHealthFn;
  readonly #accountIds: readonly string[];
  readonly #at: string;

  constructor(fn: SpotlightHealthFn, accountIds: readonly string[], at: string) {
    this.#fn = fn;
    this.#accountIds = accountIds;
    this.#at = at;
    this.#band = new Int8Array(accountIds.length).fill(-2);
    this.#score = new Float64Array(accountIds.length);
  }

  #load(a: number): void {
    if (this.#band[a] !== -2) return;
    const health = this.#fn(this.#accountIds[a]!, this.#at);
    this.#band[a] = health?.band ? bands.indexOf(health.band) : -1;
    this.#score[a] = health?.score ?? Number.NaN;
  }

  /** The band of account `a`, `null` without health data. */
  band(a: number): Band | null {
    this.#load(a);
    return bands[this.#band[a]!] ?? null;
  }

  /** The score of account `a`, `null` without health data. */
  score(a: number): number | null {
    this.#load(a);
    const score = this.#score[a]!;
    return Number.isNaN(score) ? null : score;
  }

  /** Accounts per band (`none` without a band). */
  counts(accounts: Iterable<number>): BandCounts {
    const counts = { poor: 0, average: 0, good: 0, none: 0 };
    for (const a of accounts) counts[this.band(a) ?? 'none']++;
    return counts;
  }
}

/** The snapshot at `asOf`, at the period's start, and the change (`now − atStart`) per band. */
export function healthSnapshot(now: HealthAt, atStart: HealthAt, accounts: Iterable<number>): { now: BandCounts; atStart: BandCounts; change: BandCounts } {
  const list = [...accounts];
  const a = now.counts(list);
  const b = atStart.counts(list);
  return {
    now: a,
    atStart: b,
    change: { poor: a.poor - b.poor, average: a.average - b.average, good: a.good - b.good, none: a.none - b.none },
  };
}
