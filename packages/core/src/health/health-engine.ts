/**
 * The health scorer (DESIGN.md "Health"). A measure's score is 0–100 (`measure-score.ts`); a
 * dimension's score is the weighted mean of its measures that have data; the overall score is
 * the weighted mean of the dimensions that have data; weights are re-normalised over what has
 * data and the coverage is the share of the total weight with data (a measure's share of the
 * total is its dimension's share times its share within the dimension).
 *
 * Parent health from children (`parentHealth` on the profile): when the account has children,
 * the score is the mean of its children's scores weighted by 1 (`childrenByCount`) or by each
 * child's contract value (`childrenByValue`: the contract-value attribute summed over the
 * child's subtree at that time), `childBands` gives the share per band and coverage the share of
 * children (or value) with a score. Children without a score are left out; when no child has a
 * score the account's own measures are used; when every child's contract value is 0 or missing
 * the children count instead.
 *
 * Engines read the inputs prepared once per index (`health-inputs.ts`), so scoring many times or
 * many accounts reads each account's rows once, and memoise scores and contract values per
 * scoring time, so a parent's children-derived score reuses its children's. The `DatasetModel`
 * owns one engine over its inputs and calls `invalidate()` after each batch of changes.
 */
import type { Band, HealthScore } from '../api/account-view.ts';
import { findAttributeByMeaning } from '../dataset/attribute-meaning.ts';
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import type { AttributeValue, HealthProfile } from '../dataset/schema.ts';
import { prepareHealthInputs, type HealthInputs } from './health-inputs.ts';
import { TimeMemo, unset } from './time-memo.ts';
import { bandOf } from './health-band.ts';
import { scoreMeasure } from './measure-score.ts';

/** Scores accounts at given times, caching per-account inputs. */
export interface HealthEngine {
  /** The account's health at time `t` (ms since epoch), or `null` when its type has no profile. */
  scoreAt(accountId: string, t: number): HealthScore | null;
  /**
   * Only the 0–100 score of `scoreAt` (`null` without a profile or without data), computed
   * without building the breakdown: for histories and batches.
   */
  scoreValueAt(accountId: string, t: number): number | null;
  /** The account's contract value summed over its subtree at time `t` (ms), `null` without data. */
  contractValueAt(accountId: string, t: number): number | null;
  /** The health profile of the account's type, if any. */
  profileOf(accountId: string): HealthProfile | undefined;
  /** Times (ms) at which the account's contract value rose, ascending. */
  upsellTimes(accountId: string): readonly number[];
  /**
   * Forgets every memoised score and contract value (O(1)): the `DatasetModel` calls it after
   * applying changes, since a change of one account moves the scores of its ancestors.
   */
  invalidate(): void;
}

/** `ownScore` without the breakdown (same arithmetic, no allocation). */
function ownScoreValue(profile: HealthProfile, inputs: HealthInputs, slot: number, t: number): number | null {
  let weightWithData = 0;
  let weighted = 0;
  for (const dimension of profile.dimensions) {
    let measureWithData = 0;
    let measureWeighted = 0;
    for (const measure of dimension.measures) {
      const source = measure.source;
      const raw = source.type === 'attribute' ? inputs.valueAt(slot, source.key, t) : inputs.usage(slot, source.metric, source.days, t);
      const score = scoreMeasure(measure.rule, raw);
      if (score !== null) {
        measureWithData += measure.weight;
        measureWeighted += measure.weight * score;
      }
    }
    if (measureWithData > 0) {
      weightWithData += dimension.weight;
      weighted += dimension.weight * clamp(measureWeighted / measureWithData);
    }
  }
  return weightWithData > 0 ? clamp(weighted / weightWithData) : null;
}

function ownScore(profile: HealthProfile, inputs: HealthInputs, slot: number, t: number): HealthScore {
  let totalWeight = 0;
  let weightWithData = 0;
  let weighted = 0;
  let coverageSum = 0;
  const dimensions = profile.dimensions.map((dimension) => {
    let measureWeight = 0;
    let measureWithData = 0;
    let measureWeighted = 0;
    const measures = dimension.measures.map((measure) => {
      let raw: AttributeValue;
      if (measure.source.type === 'attribute') raw = inputs.valueAt(slot, measure.source.key, t);
      else raw = inputs.usage(slot, measure.source.metric, measure.source.days, t);
      const score = scoreMeasure(measure.rule, raw);
      measureWeight += measure.weight;
      if (score !== null) {
        measureWithData += measure.weight;
        measureWeighted += measure.weight * score;
      }
      return { key: measure.key, label: measure.label, weight: measure.weight, raw, score };
    });
    const score = measureWithData > 0 ? clamp(measureWeighted / measureWithData) : null;
    const coverage = measureWeight > 0 ? measureWithData / measureWeight : 0;
    totalWeight += dimension.weight;
    coverageSum += dimension.weight * coverage;
    if (score !== null) {
      weightWithData += dimension.weight;
      weighted += dimension.weight * score;
    }
    return { key: dimension.key, label: dimension.label, weight: dimension.weight, effectiveWeight: 0, score, band: bandOf(score, profile.bands), coverage, measures };
  });
  for (const d of dimensions) d.effectiveWeight = d.score !== null && weightWithData > 0 ? d.weight / weightWithData : 0;
  const score = weightWithData > 0 ? clamp(weighted / weightWithData) : null;
  return {
    profileId: profile.id,
    score,
    band: bandOf(score, profile.bands),
    coverage: totalWeight > 0 ? Math.min(1, coverageSum / totalWeight) : 0,
    dimensions,
    source: 'own',
  };
}


/** Options of `createHealthEngine`. */
export interface HealthEngineOptions {
  /**
   * The prepared inputs to read (the `DatasetModel` passes its own); prepared from the index
   * (O(rows)) when left out.
   */
  inputs?: HealthInputs;
}

function clamp(score: number): number {
  return Math.min(100, Math.max(0, score));
}

/**
 * Creates a health scorer over a dataset index.
 *
 * @example
 * ```ts
 * const engine = createHealthEngine(index);
 * engine.scoreAt('acme', Date.parse('2026-01-31T00:00:00Z'))?.band; // 'good'
 * ```
 */
export function createHealthEngine(index: DatasetIndex, options: HealthEngineOptions = {}): HealthEngine {
  const inputs = options.inputs ?? prepareHealthInputs(index);
  const { childStart, childSlots, profileAt, parentRank, parentCount } = inputs;
  const contractKey = findAttributeByMeaning(index.dataset.attributes, 'contractValue')?.key;
  // Memoised scores and contract values per scoring time (see `TimeMemo`; a history uses 53
  // times). Contract values are memoised for accounts with children only: a leaf's is one lookup.
  const scores = new TimeMemo(index.dataset.accounts.length);
  const values = new TimeMemo(parentCount);

  const ownValue = (slot: number, t: number): number | null => {
    const own = inputs.valueAt(slot, contractKey!, t);
    return typeof own === 'number' && Number.isFinite(own) ? own : null;
  };
  const valueOfSlot = (slot: number, t: number): number | null => {
    const rank = parentRank[slot]!;
    if (rank < 0) return ownValue(slot, t);
    const memo = values.get(t, rank);
    if (memo !== unset) return memo !== memo ? null : memo;
    let total = ownValue(slot, t);
    for (let c = childStart[slot]!; c < childStart[slot + 1]!; c++) {
      const v = valueOfSlot(childSlots[c]!, t);
      if (v !== null) total = (total ?? 0) + v;
    }
    values.set(t, rank, total === null ? Number.NaN : total);
    return total;
  };
  /** A child's weight under `childrenByValue`: its subtree's contract value, at least 0. */
  const weightOf = (slot: number, t: number): number => (contractKey === undefined ? 0 : Math.max(0, valueOfSlot(slot, t) ?? 0));

  const fromChildren = (profile: HealthProfile, slot: number, t: number): HealthScore | null => {
    const scored: { score: number; band: Band; weight: number }[] = [];
    let total = 0;
    const byValue = profile.parentHealth === 'childrenByValue';
    let valueTotal = 0;
    if (byValue) for (let c = childStart[slot]!; c < childStart[slot + 1]!; c++) valueTotal += weightOf(childSlots[c]!, t);
    const useValue = byValue && valueTotal > 0;
    for (let c = childStart[slot]!; c < childStart[slot + 1]!; c++) {
      const child = childSlots[c]!;
      const weight = useValue ? weightOf(child, t) : 1;
      total += weight;
      // A child's score and band, through the memoised path: the same numbers as its `scoreAt`
      // (derived or own, always banded by its own profile), without building its breakdown.
      const score = scoreValueOfSlot(child, t);
      const childProfile = profileAt[child];
      const band = score === null || !childProfile ? null : bandOf(score, childProfile.bands);
      if (score !== null && band !== null) scored.push({ score, band, weight });
    }
    const withData = scored.reduce((a, s) => a + s.weight, 0);
    if (scored.length === 0 || withData === 0) return null;
    const childBands = { poor: 0, average: 0, good: 0 };
    let weighted = 0;
    for (const s of scored) {
      childBands[s.band] += s.weight / withData;
      weighted += s.score * s.weight;
    }
    const score = clamp(weighted / withData);
    return {
      profileId: profile.id,
      score,
      band: bandOf(score, profile.bands),
      coverage: total > 0 ? withData / total : 0,
      dimensions: [],
      source: useValue ? 'childrenByValue' : 'childrenByCount',
      childBands,
    };
  };

  const derivesFromChildren = (profile: HealthProfile, slot: number): boolean =>
    profile.parentHealth !== undefined && profile.parentHealth !== 'own' && childStart[slot + 1]! > childStart[slot]!;

  const scoreOfSlot = (slot: number, t: number): HealthScore | null => {
    const profile = profileAt[slot];
    if (!profile) return null;
    if (derivesFromChildren(profile, slot)) {
      const derived = fromChildren(profile, slot, t);
      if (derived) return derived;
    }
    return ownScore(profile, inputs, slot, t);
  };

  const childrenScoreValue = (profile: HealthProfile, slot: number, t: number): number | null => {
    let valueTotal = 0;
    if (profile.parentHealth === 'childrenByValue') for (let c = childStart[slot]!; c < childStart[slot + 1]!; c++) valueTotal += weightOf(childSlots[c]!, t);
    const useValue = valueTotal > 0;
    let withData = 0;
    let weighted = 0;
    let any = false;
    for (let c = childStart[slot]!; c < childStart[slot + 1]!; c++) {
      const child = childSlots[c]!;
      const score = scoreValueOfSlot(child, t);
      if (score === null) continue;
      const weight = useValue ? weightOf(child, t) : 1;
      any = true;
      withData += weight;
      weighted += score * weight;
    }
    return any && withData > 0 ? clamp(weighted / withData) : null;
  };

  const scoreValueOfSlot = (slot: number, t: number): number | null => {
    const memo = scores.get(t, slot);
    if (memo !== unset) return memo !== memo ? null : memo;
    const profile = profileAt[slot];
    let score: number | null = null;
    if (profile) {
      if (derivesFromChildren(profile, slot)) score = childrenScoreValue(profile, slot, t);
      if (score === null) score = ownScoreValue(profile, inputs, slot, t);
    }
    scores.set(t, slot, score === null ? Number.NaN : score);
    return score;
  };

  const scoreAt = (accountId: string, t: number): HealthScore | null => {
    const slot = inputs.slotOf(accountId);
    return slot < 0 ? null : scoreOfSlot(slot, t);
  };
  const scoreValueAt = (accountId: string, t: number): number | null => {
    const slot = inputs.slotOf(accountId);
    return slot < 0 ? null : scoreValueOfSlot(slot, t);
  };
  const contractValueAt = (accountId: string, t: number): number | null => {
    const slot = inputs.slotOf(accountId);
    return slot < 0 || contractKey === undefined ? null : valueOfSlot(slot, t);
  };

  const upsellTimes = (accountId: string): readonly number[] => {
    const slot = inputs.slotOf(accountId);
    return contractKey === undefined || slot < 0 ? [] : inputs.risesOf(slot, contractKey);
  };

  const profileOf = (accountId: string): HealthProfile | undefined => {
    const slot = inputs.slotOf(accountId);
    return slot < 0 ? undefined : profileAt[slot];
  };

  const invalidate = (): void => {
    scores.clear();
    values.clear();
  };

  return { scoreAt, scoreValueAt, contractValueAt, profileOf, upsellTimes, invalidate };
}
