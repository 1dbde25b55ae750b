import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TimeMemo, unset } from './time-memo.ts';

describe('TimeMemo', () => {
  it('returns what was set per (time, slot), unset otherwise', () => {
    const memo = new TimeMemo(100);
    expect(memo.get(5, 3)).toBe(unset);
    memo.set(5, 3, 42);
    memo.set(7, 3, 43);
    memo.set(6, 3, Number.NaN);
    expect(memo.get(5, 3)).toBe(42);
    expect(memo.get(7, 3)).toBe(43);
    expect(memo.get(6, 3)).toBeNaN();
    expect(memo.get(5, 4)).toBe(unset);
  });

  it('never answers a wrong value when bounded (slots collide, times overflow)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 199 }), fc.boolean()), { maxLength: 400 }), (ops) => {
        const memo = new TimeMemo(200, { maxSlots: 16, maxTimes: 4 });
        const truth = (t: number, slot: number) => t * 1000 + slot;
        for (const [t, slot, write] of ops) {
          if (write) memo.set(t * 1e12, slot, truth(t, slot));
          const got = memo.get(t * 1e12, slot);
          if (got !== unset) expect(got).toBe(truth(t, slot));
          if (write) expect(got).toBe(truth(t, slot));
        }
      }),
    );
  });

  it('keeps every slot when the dataset fits the column', () => {
    const memo = new TimeMemo(1000, { maxSlots: 8192 });
    for (let slot = 0; slot < 1000; slot++) memo.set(1, slot, slot * 2);
    for (let slot = 0; slot < 1000; slot++) expect(memo.get(1, slot)).toBe(slot * 2);
  });
});
