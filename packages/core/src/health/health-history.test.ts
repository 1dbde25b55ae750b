import { describe, expect, it } from 'vitest';
import { createDatasetModel } from '../model/dataset-model.ts';
import type { AttributeChange, Dataset } from '../dataset/schema.ts';
import { computeHealthHistory, trendOf, weekStartOf } from './health-history.ts';

function dataset(history: AttributeChange[], current: number): Dataset {
  return {
    version: 1,
    tenant: { id: 't', name: 'T' },
    accountTypes: [{ id: 'p', name: 'P', parentTypeId: null }],
    attributes: [
      { key: 'score', label: 'Score', type: 'number', category: 'health' },
      { key: 'arr', label: 'ARR', type: 'currency', category: 'valueMetrics', rollup: 'sum' },
    ],
    accounts: [{ id: 'a', name: 'A', typeId: 'p', parentId: null, attributes: { score: current, arr: 1200 } }],
    users: [], teams: [], contacts: [], assignments: [], touchpoints: [], tasks: [], usage: [],
    healthProfiles: [{
      id: 'hp', accountTypeId: 'p', bands: { poor: 40, good: 70 },
      dimensions: [{ key: 'd', label: 'D', weight: 1, measures: [{ key: 's', label: 'S', weight: 1, source: { type: 'attribute', key: 'score' }, rule: { type: 'range', min: 0, max: 100 } }] }],
    }],
    attributeHistory: history,
  };
}

describe('weekStartOf', () => {
  it('returns Monday 00:00 UTC', () => {
    expect(new Date(weekStartOf(Date.parse('2026-01-31T15:00:00Z'))).toISOString()).toBe('2026-01-26T00:00:00.000Z'); // a Saturday
    expect(new Date(weekStartOf(Date.parse('2026-01-26T00:00:00Z'))).toISOString()).toBe('2026-01-26T00:00:00.000Z'); // a Monday
    expect(new Date(weekStartOf(Date.parse('2026-02-01T23:59:00Z'))).toISOString()).toBe('2026-01-26T00:00:00.000Z'); // a Sunday
  });
});

describe('trendOf', () => {
  it('compares the last 4 weeks with the 4 before, ±5 points being flat', () => {
    expect(trendOf([50, 50, 50, 50, 60, 60, 60, 60])).toBe('up');
    expect(trendOf([60, 60, 60, 60, 50, 50, 50, 50])).toBe('down');
    expect(trendOf([50, 50, 50, 50, 54, 55, 55, 55])).toBe('flat');
    expect(trendOf([null, null, null, null, 90, 90, 90, 90])).toBe('flat');
    expect(trendOf([40, null, null, null, null, null, 90, null])).toBe('up');
  });
});

describe('computeHealthHistory', () => {
  const history: AttributeChange[] = [
    { accountId: 'a', key: 'score', at: '2025-12-01T10:00:00Z', old: 20, new: 50 },
    { accountId: 'a', key: 'score', at: '2026-01-14T10:00:00Z', old: 50, new: 90 },
    { accountId: 'a', key: 'arr', at: '2026-01-07T09:00:00Z', old: 1000, new: 1200 },
    { accountId: 'a', key: 'arr', at: '2025-11-05T09:00:00Z', old: 1100, new: 1000 },
  ];
  const index = createDatasetModel(dataset(history, 90));
  const result = computeHealthHistory(index, 'a', '2026-01-31T12:00:00Z')!;

  it('gives 52 weeks, oldest first, each starting on a Monday', () => {
    expect(result.weeks).toHaveLength(52);
    expect(result.weeks.at(-1)!.weekStart).toBe('2026-01-26');
    expect(result.weeks[0]!.weekStart).toBe('2025-02-03');
    for (const week of result.weeks) expect(new Date(`${week.weekStart}T00:00:00Z`).getUTCDay()).toBe(1);
  });

  it('scores each week from the attribute values of its time', () => {
    const byWeek = Object.fromEntries(result.weeks.map((w) => [w.weekStart, w]));
    expect(byWeek['2025-11-24']!.score).toBe(20);
    expect(byWeek['2025-11-24']!.band).toBe('poor');
    expect(byWeek['2025-12-01']!.score).toBe(50);
    expect(byWeek['2026-01-05']!.score).toBe(50);
    expect(byWeek['2026-01-12']!.score).toBe(90);
    expect(byWeek['2026-01-12']!.band).toBe('good');
  });

  it('marks only weeks where the contract value rose', () => {
    expect(result.weeks.filter((w) => w.upsell).map((w) => w.weekStart)).toEqual(['2026-01-05']);
  });

  it('reports the trend over the last 4 weeks against the 4 before', () => {
    // Last 4 weeks (Jan 5 … Jan 26): 50, 90, 90, 90 = 80; the 4 before: 50 → up.
    expect(result.trend).toBe('up');
    expect(result.trendWindowWeeks).toBe(4);
  });

  it('returns null for an account without a profile', () => {
    expect(computeHealthHistory(index, 'missing', '2026-01-31T00:00:00Z')).toBeNull();
  });
});
