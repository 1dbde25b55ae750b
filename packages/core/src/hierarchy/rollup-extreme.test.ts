import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparableKey } from './rollup-extreme.ts';

describe('comparableKey', () => {
  it('reads plain dates exactly like Date.parse', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(comparableKey(text)).toEqual(Date.parse(text));
      }),
    );
  });

  it('takes numbers as they are and ignores text, booleans and null', () => {
    expect(comparableKey(3.5)).toBe(3.5);
    expect(comparableKey('2026-01-31T10:00:00Z')).toBe(Date.parse('2026-01-31T10:00:00Z'));
    expect(comparableKey('gold')).toBeNaN();
    expect(comparableKey(true)).toBeNaN();
    expect(comparableKey(null)).toBeNaN();
  });
});
