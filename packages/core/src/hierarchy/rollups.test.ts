import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../dataset/dataset-index.ts';
import type { AttributeDefinition, AttributeValue, Dataset } from '../dataset/schema.ts';
import { buildHierarchy } from './hierarchy.ts';
import { createRollups } from './rollups.ts';

const attributes: AttributeDefinition[] = [
  { key: 'v', label: 'v', type: 'number', category: 'custom', rollup: 'sum' },
  { key: 'vAvg', label: 'vAvg', type: 'number', category: 'custom', rollup: 'avg' },
  { key: 'vMin', label: 'vMin', type: 'number', category: 'custom', rollup: 'min' },
  { key: 'vMax', label: 'vMax', type: 'number', category: 'custom', rollup: 'max' },
  { key: 'vCount', label: 'vCount', type: 'number', category: 'custom', rollup: 'count' },
  { key: 'w', label: 'w', type: 'number', category: 'custom', rollup: { fn: 'weightedAvg', weightKey: 'seats' } },
  { key: 'seats', label: 'seats', type: 'number', category: 'custom' },
  { key: 'c', label: 'c', type: 'string', category: 'custom', rollup: 'countDistinct' },
  { key: 'd', label: 'd', type: 'date', category: 'custom', rollup: 'latest' },
  { key: 'dMin', label: 'dMin', type: 'date', category: 'custom', rollup: 'min' },
];
const keys = ['v', 'vAvg', 'vMin', 'vMax', 'vCount', 'w', 'seats', 'c', 'd', 'dMin'] as const;
type Key = (typeof keys)[number];

const num = fc.oneof(fc.constant(null), fc.integer({ min: -4000, max: 4000 }).map((x) => x / 4));
const date = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)));
const category = fc.oneof(fc.constant(null), fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.integer({ min: 0, max: 80 }).map((x) => `k${x}`));
const weight = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 50 }));
const valueFor = (key: Key): fc.Arbitrary<AttributeValue> =>
  key === 'c' ? category : key === 'd' || key === 'dMin' ? date : key === 'seats' ? weight : num;

const accountArb = fc.record(Object.fromEntries(keys.map((k) => [k, fc.option(valueFor(k), { nil: undefined })])) as Record<Key, fc.Arbitrary<AttributeValue | undefined>>);

/** A random forest: parent index before child, then shuffled so dataset order is arbitrary. */
const forestArb = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc.tuple(
    fc.tuple(...Array.from({ length: n }, (_, i) => fc.integer({ min: -1, max: i - 1 }))),
    fc.tuple(...Array.from({ length: n }, () => accountArb)),
    fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n, maxLength: n }),
  ),
);

function datasetOf(parents: number[], values: Record<Key, AttributeValue | undefined>[], order: number[]): Dataset {
  const accounts = order.map((i) => {
    const attrs: Record<string, AttributeValue> = {};
    for (const k of keys) if (values[i]![k] !== undefined) attrs[k === 'vAvg' || k === 'vMin' || k === 'vMax' || k === 'vCount' ? k : k] = values[i]![k]!;
    return { id: `a${i}`, name: `A${i}`, typeId: 't', parentId: parents[i]! >= 0 ? `a${parents[i]}` : null, attributes: attrs };
  });
  return {
    version: 1, tenant: { id: 't', name: 'T' }, accountTypes: [{ id: 't', name: 'T', parentTypeId: null }], attributes, accounts,
    users: [], teams: [], contacts: [], assignments: [], touchpoints: [], tasks: [], usage: [], healthProfiles: [], attributeHistory: [],
  };
}

/** Brute force: every subtree's own values, aggregated straight from DESIGN.md's definitions. */
function bruteForce(parents: number[], own: (i: number, key: Key) => AttributeValue, i: number, key: Key): AttributeValue {
  const inSubtree = (j: number): boolean => {
    for (let p = j; p >= 0; p = parents[p]!) if (p === i) return true;
    return false;
  };
  const members = parents.map((_, j) => j).filter(inSubtree);
  const values = members.map((j) => own(j, key)).filter((v) => v !== null);
  const nums = values.filter((v): v is number => typeof v === 'number');
  switch (key) {
    case 'v': return nums.length ? nums.reduce((a, b) => a + b, 0) : null;
    case 'vAvg': return nums.length ? nums.reduce((a, b) => a + b, 0) / nums.length : null;
    case 'vMin': return nums.length ? Math.min(...nums) : null;
    case 'vMax': return nums.length ? Math.max(...nums) : null;
    case 'vCount': return values.length;
    case 'c': return new Set(values).size;
    case 'd': return values.length ? (values as string[]).reduce((a, b) => (b > a ? b : a)) : null;
    case 'dMin': return values.length ? (values as string[]).reduce((a, b) => (b < a ? b : a)) : null;
    case 'w': {
      let sw = 0, swv = 0, n = 0;
      for (const j of members) {
        const v = own(j, 'w'), w = own(j, 'seats');
        if (typeof v === 'number' && typeof w === 'number') { sw += w; swv += v * w; n++; }
      }
      return n > 0 && sw !== 0 ? swv / sw : null;
    }
    case 'seats': return null; // no rollup
  }
}

function expectSame(actual: AttributeValue, expected: AttributeValue, where: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), where).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else {
    expect(actual, where).toEqual(expected);
  }
}

function compareAll(parents: number[], rollups: ReturnType<typeof createRollups>, own: (i: number, k: Key) => AttributeValue): void {
  for (let i = 0; i < parents.length; i++) {
    for (const key of keys) {
      expectSame(rollups.rolledUp(`a${i}`, key), bruteForce(parents, own, i, key), `a${i}.${key}`);
      expect(rollups.own(`a${i}`, key)).toEqual(own(i, key));
    }
  }
}

describe('createRollups', () => {
  it('rolls up exactly like a brute-force recomputation over random forests (nulls included)', () => {
    fc.assert(
      fc.property(forestArb, ([parents, values, order]) => {
        const index = indexDataset(datasetOf(parents, values, order));
        const rollups = createRollups(index, buildHierarchy(index));
        compareAll(parents, rollups, (i, k) => values[i]![k] ?? null);
      }),
      { numRuns: 150 },
    );
  });

  it('stays exact through random sequences of incremental updates', () => {
    const updateArb = fc.constantFrom(...keys).chain((key) => fc.tuple(fc.nat(), fc.constant(key), valueFor(key)));
    fc.assert(
      fc.property(forestArb, fc.array(updateArb, { minLength: 1, maxLength: 30 }), ([parents, values, order], updates) => {
        const index = indexDataset(datasetOf(parents, values, order));
        const rollups = createRollups(index, buildHierarchy(index));
        const model = values.map((v) => Object.fromEntries(keys.map((k) => [k, v[k] ?? null])) as Record<Key, AttributeValue>);
        for (const [at, key, value] of updates) {
          const i = at % parents.length;
          rollups.setAttribute(`a${i}`, key, value);
          model[i]![key] = value;
        }
        compareAll(parents, rollups, (i, k) => model[i]![k]);
      }),
      { numRuns: 150 },
    );
  });

  it('rolls an empty subtree up to 0 for count and countDistinct and null otherwise', () => {
    const index = indexDataset(datasetOf([-1], [{} as Record<Key, AttributeValue | undefined>], [0]));
    const rollups = createRollups(index, buildHierarchy(index));
    expect(keys.filter((k) => k !== 'seats').map((k) => rollups.rolledUp('a0', k))).toEqual([null, null, null, null, 0, null, 0, null, null]);
    expect(rollups.rolledUpKeys).toEqual(['v', 'vAvg', 'vMin', 'vMax', 'vCount', 'w', 'c', 'd', 'dMin']);
  });

  it('keeps countDistinct exact when distinct values outgrow the dense tallies', () => {
    const n = 200;
    const parents = Array.from({ length: n }, (_, i) => (i === 0 ? -1 : Math.floor((i - 1) / 3)));
    const values = Array.from({ length: n }, (_, i) => ({ c: `x${i % 50}` }) as Record<Key, AttributeValue | undefined>);
    const index = indexDataset(datasetOf(parents, values, parents.map((_, i) => i)));
    const rollups = createRollups(index, buildHierarchy(index));
    expect(rollups.rolledUp('a0', 'c')).toBe(50);
    for (let i = 0; i < n; i += 2) rollups.setAttribute(`a${i}`, 'c', `y${i}`);
    const own = (i: number, k: Key) => (k === 'c' ? (i % 2 === 0 ? `y${i}` : `x${i % 50}`) : null);
    for (let i = 0; i < n; i += 7) expect(rollups.rolledUp(`a${i}`, 'c')).toBe(bruteForce(parents, own, i, 'c'));
  });
});
