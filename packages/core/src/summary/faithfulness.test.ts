import { describe, expect, it } from 'vitest';
import { checkFaithfulness, numbersInText } from './faithfulness.ts';
import type { SummaryOutput } from './output-schema.ts';
import type { SummaryPayload } from './summary-input.ts';

const payload: SummaryPayload = {
  version: 1,
  asOf: '2026-01-31T00:00:00Z',
  currency: 'USD',
  kpis: ['attr.arr'],
  points: {
    'attr.arr': { label: 'ARR', value: 1234567, unit: 'currency' },
    'attr.seats': { label: 'Seats', value: 12000 },
    'attr.util': { label: 'License utilization', value: 0.1234 },
    'usage.activeUsers.last30': { label: 'Active users, daily mean, last 30 days', value: 42.53 },
    'usage.activeUsers.changePct': { label: 'Change', value: -12, unit: 'percent' },
    'touchpoints.recent.1': { label: 'Touchpoint on 2026-01-19', value: 'Asked for 15 more seats (PERSON_2)' },
  },
};
const output = (text: string, evidence = ['attr.arr']): SummaryOutput => ({
  kpis: [],
  sections: { overview: [{ text, evidence }], usageAndEngagement: [], interactions: [], sentiment: [], risks: [], renewal: [], nextActions: [] },
});
const ok = (text: string) => checkFaithfulness(output(text), payload).ok;

describe('checkFaithfulness', () => {
  it.each([
    'ARR is $1,234,567.', 'ARR is $1.2M.', 'ARR is 1.23 million.', 'ARR is about $1,235k.', 'Seats: 12,000.', 'Seats: 12k.', 'Seats: 12000.',
    'Utilization is 12%.', 'Utilization is 12.3%.', 'Utilization is 0.12.', 'Active users: 42.5 per day over 30 days.', 'Active users: 43.',
    'Users are down 12%.', 'They asked for 15 more seats on 2026-01-19.', 'PERSON_2 asked for more seats.', 'As of January 31, 2026.',
  ])('accepts numbers from the input, formatted or rounded: %s', (text) => {
    expect(ok(text)).toBe(true);
  });

  it.each(['ARR is $1.3M.', 'Seats: 13k.', 'Utilization is 17%.', 'Active users: 42.6.', 'They asked for 16 more seats.', 'ARR grew 8%.', 'Seats: 11,000.'])(
    'rejects numbers not in the input: %s',
    (text) => {
      const result = checkFaithfulness(output(text), payload);
      expect(result.ok).toBe(false);
      expect(result.failures[0]).toMatchObject({ section: 'overview', index: 0, text });
      expect(result.failures[0]!.reason).toMatch(/^number .* is not in the input$/);
    },
  );

  it('rejects unknown evidence keys and statements without evidence', () => {
    expect(checkFaithfulness(output('Fine.', ['attr.nope']), payload).failures.map((f) => f.reason)).toEqual(["unknown evidence key 'attr.nope'"]);
    expect(checkFaithfulness(output('Fine.', []), payload).failures.map((f) => f.reason)).toEqual(['no evidence']);
    expect(checkFaithfulness(output('Fine.', ['constructor']), payload).ok).toBe(false);
  });

  it('checks KPIs too', () => {
    const result = checkFaithfulness({ ...output('Fine.'), kpis: [{ key: 'attr.arr', label: 'ARR', value: '$2M' }, { key: 'x', label: 'X', value: 'n/a' }] }, payload);
    expect(result.failures.map((f) => [f.section, f.index, f.reason])).toEqual([
      ['kpis', 0, 'number $2M is not in the input'],
      ['kpis', 1, "unknown input key 'x'"],
    ]);
  });

  it('reads numbers with their precision', () => {
    expect(numbersInText('$1.2M and 12k, 12%, 12,000 and ACCOUNT_3')).toEqual([
      { raw: '$1.2M', value: 1_200_000, tolerance: 50_000, percent: false },
      { raw: '12k', value: 12_000, tolerance: 500, percent: false },
      { raw: '12%', value: 12, tolerance: 0.5, percent: true },
      { raw: '12,000', value: 12_000, tolerance: 500, percent: false },
    ]);
  });
});
