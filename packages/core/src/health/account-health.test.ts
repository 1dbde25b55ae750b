import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDatasetModel } from '../model/dataset-model.ts';
import type { Account, AttributeValue, Dataset, HealthProfile, MeasureRule } from '../dataset/schema.ts';
import { computeAccountHealth } from './account-health.ts';
import { scoreMeasure } from './measure-score.ts';

const at = '2026-01-31T00:00:00Z';

function dataset(profile: HealthProfile, accounts: Account[], extra: Partial<Dataset> = {}): Dataset {
  return {
    version: 1,
    tenant: { id: 't', name: 'T' },
    accountTypes: [{ id: 'p', name: 'P', parentTypeId: null }, { id: 'c', name: 'C', parentTypeId: 'p' }],
    attributes: ['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'arr'].map((key) => ({ key, label: key, type: 'number' as const, category: 'health' as const })),
    accounts,
    users: [], teams: [], contacts: [], assignments: [], touchpoints: [], tasks: [], usage: [], attributeHistory: [],
    healthProfiles: [profile],
    ...extra,
  };
}

const ruleArb: fc.Arbitrary<MeasureRule> = fc.oneof(
  fc.record({ type: fc.constant('threshold' as const), poor: fc.integer({ min: -50, max: 150 }), good: fc.integer({ min: -50, max: 150 }) }),
  fc.record({ type: fc.constant('range' as const), min: fc.integer({ min: -50, max: 150 }), max: fc.integer({ min: -50, max: 150 }) }),
  fc.record({ type: fc.constant('boolean' as const), good: fc.boolean() }),
);
const measureArb = fc.record({ key: fc.constantFrom('m0', 'm1', 'm2', 'm3', 'm4', 'm5'), weight: fc.integer({ min: 1, max: 10 }), rule: ruleArb });
const profileArb = fc.array(fc.record({ weight: fc.integer({ min: 1, max: 10 }), measures: fc.array(measureArb, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 4 }).map(
  (dims): HealthProfile => ({
    id: 'hp',
    accountTypeId: 'p',
    bands: { poor: 40, good: 70 },
    dimensions: dims.map((d, i) => ({
      key: `d${i}`,
      label: `D${i}`,
      weight: d.weight,
      measures: d.measures.map((m, j) => ({ key: `m${j}`, label: m.key, weight: m.weight, source: { type: 'attribute' as const, key: m.key }, rule: m.rule })),
    })),
  }),
);
const valueArb: fc.Arbitrary<AttributeValue> = fc.oneof(fc.constant(null), fc.integer({ min: -100, max: 200 }), fc.boolean());
const valuesArb = fc.record({ m0: valueArb, m1: valueArb, m2: valueArb, m3: valueArb, m4: valueArb, m5: valueArb });

describe('computeAccountHealth', () => {
  it('keeps every score in 0–100 and re-normalises weights over what has data', () => {
    fc.assert(
      fc.property(profileArb, valuesArb, (profile, values) => {
        const index = createDatasetModel(dataset(profile, [{ id: 'a', name: 'A', typeId: 'p', parentId: null, attributes: values }]));
        const health = computeAccountHealth(index, 'a', at)!;
        // Brute force from the definition.
        let dimWeight = 0;
        let dimWeighted = 0;
        let total = 0;
        let covered = 0;
        for (const d of profile.dimensions) {
          const scored = d.measures.map((m) => ({ w: m.weight, s: scoreMeasure(m.rule, values[(m.source as { key: 'm0' }).key]) })).filter((x) => x.s !== null);
          const all = d.measures.reduce((a, m) => a + m.weight, 0);
          const withData = scored.reduce((a, x) => a + x.w, 0);
          total += d.weight;
          covered += (d.weight * withData) / all;
          if (withData > 0) {
            dimWeight += d.weight;
            dimWeighted += (d.weight * scored.reduce((a, x) => a + x.w * x.s!, 0)) / withData;
          }
        }
        const expected = dimWeight > 0 ? dimWeighted / dimWeight : null;
        if (expected === null) expect(health.score).toBeNull();
        else expect(health.score).toBeCloseTo(expected, 9);
        expect(health.coverage).toBeCloseTo(covered / total, 9);
        if (health.score !== null) {
          expect(health.score).toBeGreaterThanOrEqual(0);
          expect(health.score).toBeLessThanOrEqual(100);
          expect(health.dimensions.reduce((a, d) => a + d.effectiveWeight, 0)).toBeCloseTo(1, 9);
        }
        for (const d of health.dimensions) {
          if (d.score !== null) expect(d.score >= 0 && d.score <= 100).toBe(true);
          for (const m of d.measures) if (m.score !== null) expect(m.score >= 0 && m.score <= 100).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  const measure = (key: string, weight: number, rule: MeasureRule) => ({ key, label: key, weight, source: { type: 'attribute' as const, key }, rule });
  const profile: HealthProfile = {
    id: 'hp',
    accountTypeId: 'p',
    bands: { poor: 40, good: 70 },
    dimensions: [
      { key: 'usage', label: 'Usage', weight: 3, measures: [measure('m0', 1, { type: 'range', min: 0, max: 100 })] },
      { key: 'sentiment', label: 'Sentiment', weight: 1, measures: [measure('m1', 1, { type: 'threshold', poor: 0, good: 30 })] },
    ],
  };

  it('scores threshold rules Good 100 / Average 60 / Poor 0 and drops dimensions without data', () => {
    const index = createDatasetModel(dataset(profile, [{ id: 'a', name: 'A', typeId: 'p', parentId: null, attributes: { m0: 50, m1: 10 } }, { id: 'b', name: 'B', typeId: 'p', parentId: null, attributes: { m1: 40 } }]));
    const a = computeAccountHealth(index, 'a', at)!;
    expect(a.score).toBe((3 * 50 + 60) / 4);
    expect(a.band).toBe('average');
    const b = computeAccountHealth(index, 'b', at)!;
    expect(b.score).toBe(100);
    expect(b.band).toBe('good');
    expect(b.coverage).toBe(0.25);
    expect(b.dimensions.map((d) => d.effectiveWeight)).toEqual([0, 1]);
  });

  it('returns null without a profile for the type, and a null score without data', () => {
    const index = createDatasetModel(dataset(profile, [{ id: 'a', name: 'A', typeId: 'p', parentId: null, attributes: {} }, { id: 'k', name: 'K', typeId: 'c', parentId: 'a', attributes: {} }]));
    expect(computeAccountHealth(index, 'k', at)).toBeNull();
    const empty = computeAccountHealth(index, 'a', at)!;
    expect(empty.score).toBeNull();
    expect(empty.band).toBeNull();
    expect(empty.coverage).toBe(0);
  });

  it('derives a parent health from its children, by count or by contract value', () => {
    const child: HealthProfile = { ...profile, id: 'hc', accountTypeId: 'c' };
    const accounts: Account[] = [
      { id: 'p', name: 'P', typeId: 'p', parentId: null, attributes: {} },
      { id: 'good', name: 'G', typeId: 'c', parentId: 'p', attributes: { m0: 100, m1: 50, arr: 300 } }, // 100
      { id: 'poor', name: 'X', typeId: 'c', parentId: 'p', attributes: { m0: 0, m1: -5, arr: 100 } }, // 0
    ];
    const byCount = createDatasetModel({ ...dataset({ ...profile, parentHealth: 'childrenByCount' }, accounts), healthProfiles: [{ ...profile, parentHealth: 'childrenByCount' }, child] });
    const count = computeAccountHealth(byCount, 'p', at)!;
    expect(count.source).toBe('childrenByCount');
    expect(count.score).toBe(50);
    expect(count.childBands).toEqual({ poor: 0.5, average: 0, good: 0.5 });
    const byValue = createDatasetModel({ ...dataset(profile, accounts), healthProfiles: [{ ...profile, parentHealth: 'childrenByValue' }, child] });
    const value = computeAccountHealth(byValue, 'p', at)!;
    expect(value.source).toBe('childrenByValue');
    expect(value.score).toBe(75);
    expect(value.childBands).toEqual({ poor: 0.25, average: 0, good: 0.75 });
  });

  it('reads usage over the days before the scoring time', () => {
    const usageProfile: HealthProfile = {
      id: 'hp', accountTypeId: 'p', bands: { poor: 40, good: 70 },
      dimensions: [{ key: 'u', label: 'U', weight: 1, measures: [{ key: 'days', label: 'Days', weight: 1, source: { type: 'usage', metric: 'activeDays', days: 10 }, rule: { type: 'range', min: 0, max: 10 } }] }],
    };
    const usage = Array.from({ length: 20 }, (_, d) => ({ accountId: 'a', date: `2026-01-${String(d + 10).padStart(2, '0')}`, activeUsers: d % 2 }));
    const index = createDatasetModel(dataset(usageProfile, [{ id: 'a', name: 'A', typeId: 'p', parentId: null, attributes: {} }], { usage }));
    // Window: 2026-01-21 … 2026-01-30, active on odd offsets (Jan 21, 23, …, 29): 5 days.
    expect(computeAccountHealth(index, 'a', at)!.score).toBe(50);
    expect(computeAccountHealth(index, 'a', '2026-01-05T00:00:00Z')!.score).toBeNull();
  });
});

describe('scoreMeasure', () => {
  it('handles lower-is-better thresholds and ranges, and booleans', () => {
    expect(scoreMeasure({ type: 'threshold', poor: 10, good: 3 }, 2)).toBe(100);
    expect(scoreMeasure({ type: 'threshold', poor: 10, good: 3 }, 5)).toBe(60);
    expect(scoreMeasure({ type: 'threshold', poor: 10, good: 3 }, 11)).toBe(0);
    expect(scoreMeasure({ type: 'range', min: 100, max: 0 }, 25)).toBe(75);
    expect(scoreMeasure({ type: 'range', min: 0, max: 10 }, 30)).toBe(100);
    expect(scoreMeasure({ type: 'boolean', good: true }, false)).toBe(0);
    expect(scoreMeasure({ type: 'boolean', good: true }, 1)).toBeNull();
    expect(scoreMeasure({ type: 'range', min: 0, max: 10 }, 'x')).toBeNull();
  });
});
