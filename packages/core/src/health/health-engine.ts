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
 * reads each account's rows once.
 */
import type { Band, HealthScore } from '../api/account-view.ts';
import { findAttributeByMeaning } from '../dataset/attribute-meaning.ts';
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import type { AttributeValue, HealthProfile } from '../dataset/schema.ts';
import { buildAccountContext, type AccountContext } from './account-context.ts';
import { bandOf } from './health-band.ts';
import { scoreMeasure } from './measure-score.ts';

/** Scores accounts at given times, caching per-account inputs. */
export interface HealthEngine {
  /** The account's health at time `t` (ms since epoch), or `null` when its type has no profile. */
  scoreAt(accountId: string, t: number): HealthScore | null;
  /** The account's contract value summed over its subtree at time `t` (ms), `null` without data. */
  contractValueAt(accountId: string, t: number): number | null;
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
export function createHealthEngine(index: DatasetIndex): HealthEngine {
  const contexts = new Map<string, AccountContext>();
  const contractKey = findAttributeByMeaning(index.dataset.attributes, 'contractValue')?.key;

  const contextOf = (accountId: string): AccountContext | null => {
    let context = contexts.get(accountId);
    if (!context) {
      const account = index.accountsById.get(accountId);
      if (!account) return null;
      context = buildAccountContext(index, account);
      contexts.set(accountId, context);
    }
    return context;
  };

  const contractValueAt = (accountId: string, t: number): number | null => {
    if (contractKey === undefined) return null;
    const own = contextOf(accountId)?.valueAt(contractKey, t);
    let total = typeof own === 'number' && Number.isFinite(own) ? own : null;
    for (const child of index.childrenById.get(accountId) ?? []) {
      const v = contractValueAt(child, t);
      if (v !== null) total = (total ?? 0) + v;
    }
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

  return { scoreAt, contractValueAt };
}
