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
 * An engine caches each account's prepared inputs, so scoring many times or many accounts
 * reads each account's rows once, and memoises scores and contract values per scoring time, so
 * a parent's children-derived score reuses its children's. It assumes the index does not change
 * while it is in use: create a new engine after changing data.
 */
import type { Band, HealthScore } from '../api/account-view.ts';
import { findAttributeByMeaning } from '../dataset/attribute-meaning.ts';
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import type { AttributeValue, HealthProfile } from '../dataset/schema.ts';
import { TypedArena } from '../hierarchy/typed-arena.ts';
import { buildAccountContext, type AccountContext } from './account-context.ts';
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
}

/** `ownScore` without the breakdown (same arithmetic, no allocation). */
function ownScoreValue(profile: HealthProfile, context: AccountContext, t: number): number | null {
  let weightWithData = 0;
  let weighted = 0;
  for (const dimension of profile.dimensions) {
    let measureWithData = 0;
    let measureWeighted = 0;
    for (const measure of dimension.measures) {
      const source = measure.source;
      const raw = source.type === 'attribute' ? context.valueAt(source.key, t) : context.usage(source.metric, source.days, t);
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

function ownScore(profile: HealthProfile, context: AccountContext, t: number): HealthScore {
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
      if (measure.source.type === 'attribute') raw = context.valueAt(measure.source.key, t);
      else raw = context.usage(measure.source.metric, measure.source.days, t);
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

/** At most this many scoring times keep memoised scores (a history uses 52). */
const maxMemoTimes = 128;
/** Prepared account inputs kept at once, by default (see `HealthEngineOptions.maxContexts`). */
const defaultMaxContexts = 256;

/** Options of `createHealthEngine`. */
export interface HealthEngineOptions {
  /**
   * How many accounts' prepared inputs to keep (least recently used first out). The default, 256,
   * suits one-off views and long histories over many accounts; a caller that scores the same
   * accounts again at new times (Team Spotlight) keeps one per account.
   */
  maxContexts?: number;
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
  const maxContexts = options.maxContexts ?? defaultMaxContexts;
  const contexts = new Map<string, AccountContext>();
  const arena = new TypedArena(64 * 1024);
  // Memoised scores and contract values per scoring time: one column per time, one cell per
  // account in order of first use (columns grow with the accounts seen, so scoring one account
  // stays small); `unset` marks a cell not computed yet, NaN a null.
  const slots = new Map<string, number>();
  const slotOf = (accountId: string): number => {
    let slot = slots.get(accountId);
    if (slot === undefined) slots.set(accountId, (slot = slots.size));
    return slot;
  };
  const unset = Number.NEGATIVE_INFINITY;
  const scoreColumns = new Map<number, Float64Array>();
  const valueColumns = new Map<number, Float64Array>();
  const contractKey = findAttributeByMeaning(index.dataset.attributes, 'contractValue')?.key;
  const columnFor = (columns: Map<number, Float64Array>, t: number, slot: number): Float64Array => {
    let column = columns.get(t);
    if (!column || column.length <= slot) {
      if (!column && columns.size >= maxMemoTimes) columns.clear();
      const grown = new Float64Array(Math.max(64, (slot + 1) * 2)).fill(unset);
      if (column) grown.set(column);
      column = grown;
      columns.set(t, column);
    }
    return column;
  };
  const contextOf = (accountId: string): AccountContext | null => {
    let context = contexts.get(accountId);
    if (!context) {
      const account = index.accountsById.get(accountId);
      if (!account) return null;
      context = buildAccountContext(index, account, arena);
      // A small recently-used cache: enough for a parent and its children across the weeks of a
      // history, small enough that contexts die young instead of filling the old generation.
      if (contexts.size >= maxContexts) contexts.delete(contexts.keys().next().value!);
      contexts.set(accountId, context);
    }
    return context;
  };

  const contractValueAt = (accountId: string, t: number): number | null => {
    if (contractKey === undefined || !index.accountsById.has(accountId)) return null;
    const slot = slotOf(accountId);
    const memo = columnFor(valueColumns, t, slot)[slot]!;
    if (memo !== unset) return memo !== memo ? null : memo;
    const context = contextOf(accountId);
    if (!context) return null;
    const own = context.valueAt(contractKey, t);
    let total = typeof own === 'number' && Number.isFinite(own) ? own : null;
    for (const child of index.childrenById.get(accountId) ?? []) {
      const v = contractValueAt(child, t);
      if (v !== null) total = (total ?? 0) + v;
    }
    columnFor(valueColumns, t, slot)[slot] = total === null ? Number.NaN : total;
    return total;
  };

  const fromChildren = (profile: HealthProfile, children: readonly string[], t: number): HealthScore | null => {
    const scored: { score: number; band: Band; weight: number }[] = [];
    let total = 0;
    const byValue = profile.parentHealth === 'childrenByValue';
    const values = byValue ? children.map((c) => Math.max(0, contractValueAt(c, t) ?? 0)) : null;
    const valueTotal = values ? values.reduce((a, b) => a + b, 0) : 0;
    const useValue = byValue && valueTotal > 0;
    children.forEach((child, i) => {
      const weight = useValue ? values![i]! : 1;
      total += weight;
      const health = scoreAt(child, t);
      if (health?.score != null && health.band !== null) scored.push({ score: health.score, band: health.band, weight });
    });
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

  const scoreAt = (accountId: string, t: number): HealthScore | null => {
    const context = contextOf(accountId);
    if (!context) return null;
    const profile = index.healthProfileByType.get(context.account.typeId);
    if (!profile) return null;
    const children = index.childrenById.get(accountId);
    if (profile.parentHealth && profile.parentHealth !== 'own' && children && children.length > 0) {
      const derived = fromChildren(profile, children, t);
      if (derived) return derived;
    }
    return ownScore(profile, context, t);
  };

  const childrenScoreValue = (profile: HealthProfile, children: readonly string[], t: number): number | null => {
    const byValue = profile.parentHealth === 'childrenByValue';
    let values: number[] | null = null;
    let valueTotal = 0;
    if (byValue) {
      values = children.map((c) => Math.max(0, contractValueAt(c, t) ?? 0));
      for (const v of values) valueTotal += v;
    }
    const useValue = byValue && valueTotal > 0;
    let withData = 0;
    let weighted = 0;
    let any = false;
    for (let i = 0; i < children.length; i++) {
      const score = scoreValueAt(children[i]!, t);
      if (score === null) continue;
      const weight = useValue ? values![i]! : 1;
      any = true;
      withData += weight;
      weighted += score * weight;
    }
    return any && withData > 0 ? clamp(weighted / withData) : null;
  };

  const scoreValueAt = (accountId: string, t: number): number | null => {
    if (!index.accountsById.has(accountId)) return null;
    // The memo first: preparing an account's inputs (an LRU of `maxContexts`) costs far more.
    const slot = slotOf(accountId);
    const memo = columnFor(scoreColumns, t, slot)[slot]!;
    if (memo !== unset) return memo !== memo ? null : memo;
    const context = contextOf(accountId);
    if (!context) return null;
    const profile = index.healthProfileByType.get(context.account.typeId);
    let score: number | null = null;
    if (profile) {
      const children = index.childrenById.get(accountId);
      if (profile.parentHealth && profile.parentHealth !== 'own' && children && children.length > 0) score = childrenScoreValue(profile, children, t);
      if (score === null) score = ownScoreValue(profile, context, t);
    }
    columnFor(scoreColumns, t, slot)[slot] = score === null ? Number.NaN : score;
    return score;
  };

  const upsellTimes = (accountId: string): readonly number[] => {
    const times: number[] = [];
    const changes = contractKey === undefined ? undefined : contextOf(accountId)?.changeTimes(contractKey);
    if (changes) {
      changes.rows.forEach((c, i) => {
        if (typeof c.old === 'number' && typeof c.new === 'number' && c.new > c.old) times.push(changes.times[i]!);
      });
    }
    return times;
  };

  const profileOf = (accountId: string): HealthProfile | undefined => {
    const account = index.accountsById.get(accountId);
    return account ? index.healthProfileByType.get(account.typeId) : undefined;
  };

  return { scoreAt, scoreValueAt, contractValueAt, profileOf, upsellTimes };
}
