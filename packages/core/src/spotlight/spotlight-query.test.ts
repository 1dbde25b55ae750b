import { describe, expect, it } from 'vitest';
import { teamSpotlightQuerySchema } from '../api/spotlight-api.ts';
import { datasetSchema } from '../dataset/schema.ts';
import { createDatasetModel } from '../model/dataset-model.ts';
import { handBuiltModel, handBuiltInput } from './__fixtures__/hand-built.ts';
import { spotlightQueryFromParams } from './spotlight-query.ts';
import { SpotlightQueryError } from './spotlight-query-error.ts';

const index = handBuiltModel();
const now = '2026-03-01T09:30:00Z';
const fromUrl = (query: string) => spotlightQueryFromParams(teamSpotlightQuerySchema.parse(Object.fromEntries(new URLSearchParams(query))), index, now);

function errorOf(query: string): SpotlightQueryError {
  try {
    fromUrl(query);
  } catch (error) {
    if (error instanceof SpotlightQueryError) return error;
    throw error;
  }
  throw new Error(`no error for ${query}`);
}

describe('spotlightQueryFromParams', () => {
  it('applies the defaults: CSM, 30 days ending now, the first two metrics', () => {
    const q = fromUrl('');
    expect(q.role).toBe('CSM');
    expect(q.asOf).toBe('2026-03-01T09:30:00.000Z');
    expect(q.period).toEqual({ from: '2026-01-30T09:30:00.000Z', to: '2026-03-01T09:30:00.000Z', days: 30 });
    expect(q.previousPeriod).toEqual({ from: '2025-12-31T09:30:00.000Z', to: '2026-01-30T09:30:00.000Z', days: 30 });
    expect(q.filters).toEqual({ team: null, manager: null, accountType: null, flow: null, excludeInactive: false });
    expect(q.metrics).toEqual([
      { id: 'licenseUtilization', label: 'License utilization', attributeKey: 'licenseUtilization', aggregate: 'avg' },
      { id: 'contractValue', label: 'ARR', attributeKey: 'arr', aggregate: 'sum' },
    ]);
  });

  it('defaults to the first role alphabetically when there is no CSM', () => {
    const input = { ...handBuiltInput, assignments: handBuiltInput.assignments!.map((a) => ({ ...a, role: a.role === 'CSM' ? 'Owner' : a.role })) };
    const q = spotlightQueryFromParams({}, createDatasetModel(datasetSchema.parse(input)), now);
    expect(q.role).toBe('Onboarding');
  });

  it('reads period, asOf, from/to, filters and metrics', () => {
    const q = fromUrl('role=Onboarding&period=90&asOf=2026-02-01&team=manager:m1&accountType=region&flow=Risk&excludeInactive=true&metrics=seats:avg,arr:sum,seats:avg');
    expect(q.role).toBe('Onboarding');
    expect(q.period).toEqual({ from: '2025-11-03T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z', days: 90 });
    expect(q.filters).toEqual({ team: null, manager: 'm1', accountType: 'region', flow: 'Risk', excludeInactive: true });
    expect(q.metrics.map((m) => [m.id, m.attributeKey, m.aggregate, m.label])).toEqual([
      ['seats:avg', 'seats', 'avg', 'Seats (avg)'],
      ['arr:sum', 'arr', 'sum', 'ARR (sum)'],
    ]);
    const range = fromUrl('from=2026-01-01&to=2026-01-15T12:00:00Z');
    expect(range.asOf).toBe('2026-01-15T12:00:00.000Z');
    expect(range.period.days).toBe(14.5);
    expect(range.previousPeriod.from).toBe('2025-12-17T12:00:00.000Z');
    expect(fromUrl('to=2026-01-15&period=7').period.from).toBe('2026-01-08T00:00:00.000Z');
    expect(fromUrl('from=2026-02-01').period.to).toBe('2026-03-01T09:30:00.000Z');
    expect(fromUrl('team=t2').filters.team).toBe('t2');
  });

  it.each([
    ['role=AE', 'role'],
    ['team=nope', 'team'],
    ['team=manager:ghost', 'team'],
    ['accountType=planet', 'accountType'],
    ['metrics=foo', 'metrics'],
    ['metrics=ghost:sum', 'metrics'],
    ['metrics=segment:avg', 'metrics'],
    ['from=2026-02-02&to=2026-02-01', 'from'],
    ['asOf=2026-02-02&to=2026-02-01', 'asOf'],
  ])('rejects %s with a SpotlightQueryError on %s', (query, field) => {
    const error = errorOf(query);
    expect(error.name).toBe('SpotlightQueryError');
    expect(error.field).toBe(field);
    expect(error.message.length).toBeGreaterThan(0);
  });

  it('rejects the named metrics when the data has no such attribute', () => {
    const input = { ...handBuiltInput, attributes: handBuiltInput.attributes.filter((a) => a.key !== 'licenseUtilization') };
    const bare = createDatasetModel(datasetSchema.parse({ ...input, accounts: input.accounts.map((a) => ({ ...a, attributes: {} })) }));
    expect(() => spotlightQueryFromParams({ metrics: 'licenseUtilization' }, bare, now)).toThrow(SpotlightQueryError);
    // defaults fall back to what exists: contract value, then the other numeric attributes
    expect(spotlightQueryFromParams({}, bare, now).metrics.map((m) => m.id)).toEqual(['contractValue', 'seats:sum']);
  });
});
