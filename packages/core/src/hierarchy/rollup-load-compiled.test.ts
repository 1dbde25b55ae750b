import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Account, AttributeValue } from '../dataset/schema.ts';
import type { Hierarchy } from './hierarchy.ts';
import { AdditiveColumn } from './rollup-additive.ts';
import { DistinctColumn } from './rollup-distinct.ts';
import { ExtremeColumn } from './rollup-extreme.ts';
import { loadColumns, type ColumnLoad } from './rollup-load.ts';
import { compileLoader } from './rollup-load-compiled.ts';
import { TypedArena } from './typed-arena.ts';

const keys = ['n', 'm', 'c', 'v', 'd', 'e', 'k'] as const;
const value: fc.Arbitrary<AttributeValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -50, max: 50 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.constantFrom('x', 'y', 'gold', '2025-03-04', '2024-12-31T10:00:00Z', ''),
);
/** Accounts listing some of the keys, in any order (plus one no column reads). */
const accountsArb = fc.array(fc.shuffledSubarray([...keys, 'other'] as string[]).chain((present) => fc.tuple(...present.map(() => value)).map((vals) => Object.fromEntries(present.map((k, i) => [k, vals[i]!])))), { minLength: 1, maxLength: 30 });

/**
 * Every column kind, one own column per key as in `createRollups` (the weighted average is
 * weighted by a key that is also summed, as the bench's is); a flat forest.
 */
function columns(n: number): { load: ColumnLoad; read: () => unknown[] } {
  const hierarchy = { size: n, parentAt: new Int32Array(n).fill(-1), sizeAt: new Int32Array(n).fill(1) } as unknown as Hierarchy;
  const arena = new TypedArena(1024);
  const load: ColumnLoad = {
    additive: [
      { key: 'n', column: new AdditiveColumn('sum', hierarchy, arena) },
      { key: 'm', column: new AdditiveColumn('avg', hierarchy, arena) },
      { key: 'c', column: new AdditiveColumn('count', hierarchy, arena) },
    ],
    weighted: [{ key: 'v', weightKey: 'n', column: new AdditiveColumn('weightedAvg', hierarchy, arena) }],
    extreme: [
      { key: 'd', column: new ExtremeColumn('max', hierarchy, arena) },
      { key: 'e', column: new ExtremeColumn('min', hierarchy, arena) },
    ],
    distinct: [{ key: 'k', column: new DistinctColumn(hierarchy, arena) }],
  };
  const read = () => {
    for (const group of [load.additive, load.weighted, load.extreme, load.distinct]) for (const { column } of group) column.aggregate();
    const out: unknown[] = [];
    for (let pos = 0; pos < n; pos++) {
      for (const { column } of [...load.additive, ...load.weighted]) out.push(column.valueAt(pos));
      for (const { column } of load.extreme) out.push(column.holderAt(pos));
      for (const { column } of load.distinct) out.push(column.valueAt(pos));
    }
    return out;
  };
  return { load, read };
}

describe('compileLoader', () => {
  it('loads exactly what the generic pass loads, whatever keys, order and values', () => {
    fc.assert(
      fc.property(accountsArb, (attributeSets) => {
        const accounts = attributeSets.map((attributes, i) => ({ id: `a${i}`, name: 'A', typeId: 't', parentId: null, attributes })) as Account[];
        const positions = Int32Array.from(accounts, (_, i) => accounts.length - 1 - i);
        const generic = columns(accounts.length);
        loadColumns(accounts, positions, generic.load);
        const compiled = columns(accounts.length);
        compileLoader(compiled.load)!(accounts, positions);
        expect(compiled.read()).toEqual(generic.read());
      }),
    );
  });

  it('declines keys that name Object.prototype properties (the generic pass reads only own keys)', () => {
    const { load } = columns(1);
    load.additive[0]!.key = 'constructor';
    expect(compileLoader(load)).toBeNull();
    load.additive[0]!.key = '__proto__';
    expect(compileLoader(load)).toBeNull();
  });

  it('treats any key text as data (quotes, backslashes, line separators)', () => {
    const { load } = columns(2);
    const key = 'a"b\\c\u2028d`${x}';
    load.additive[0]!.key = key;
    const loader = compileLoader(load)!;
    loader([{ id: 'a', name: 'A', typeId: 't', parentId: null, attributes: { [key]: 5 } }, { id: 'b', name: 'B', typeId: 't', parentId: null, attributes: {} }] as Account[], Int32Array.from([0, 1]));
    load.additive[0]!.column.aggregate();
    expect(load.additive[0]!.column.valueAt(0)).toBe(5);
    expect(load.additive[0]!.column.valueAt(1)).toBeNull();
  });
});
