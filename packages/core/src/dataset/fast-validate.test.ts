import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../synthetic/generate-dataset.ts';
import { fastValidateDataset } from './fast-validate.ts';
import { datasetSchema } from './schema.ts';

const base = generateDataset({ seed: 5, accounts: 30, asOf: '2026-01-31T00:00:00Z', days: 20 });

/** Every path (as key lists) to a value inside a document. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.slice(0, 3).forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [key, v] of Object.entries(value)) paths(v, [...prefix, key], out);
  return out;
}
const allPaths = paths(base).filter((p) => p.length > 0);
const replacements = [null, undefined, '', 'x', -1, 0, 1.5, 101, 366, true, [], {}, '2026-13-45', '2026-01-31T10:00:00Z', 'weightedAvg', 'attribute', 'usage', Number.NaN,
  '2026-02-30', '2026-01-01T24:00Z', '2026-00-10', '2026-01-01T10:00:00.123Z', '2026-01-01T10:60Z', '2026-01-01T10:00:00.12Z', '2026-01-01T10:00+00:00', '2026-01-01 10:00Z'];

function mutate(doc: unknown, path: (string | number)[], replacement: unknown, addKey: boolean): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (addKey && target[last] && typeof target[last] === 'object' && !Array.isArray(target[last])) (target[last] as Record<string, unknown>).unexpected = replacement;
  else if (replacement === undefined) delete target[last];
  else target[last] = replacement;
  return copy;
}

describe('fastValidateDataset', () => {
  it('accepts a valid generated dataset', () => {
    expect(fastValidateDataset(JSON.parse(JSON.stringify(base)))).toBe(true);
  });

  it('agrees with the schema on ISO dates and times', () => {
    const shape = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.constantFrom('', 'Z', ':05Z', ':59.999Z', ':60Z', '+00:00'));
    fc.assert(
      fc.property(shape, fc.boolean(), ([y, m, d, h, min, tail], dateOnly) => {
        const p2 = (x: number) => String(x).padStart(2, '0');
        const at = `${String(y).padStart(4, '0')}-${p2(m)}-${p2(d)}${dateOnly ? '' : `T${p2(h)}:${p2(min)}${tail}`}`;
        const doc = mutate(base, ['touchpoints', 0, 'at'], at, false);
        expect(fastValidateDataset(doc)).toBe(datasetSchema.safeParse(doc).success);
      }),
      { numRuns: 1000 },
    );
  });

  it('never accepts a document the zod schema rejects', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), fc.constantFrom(...replacements), fc.boolean(), (path, replacement, addKey) => {
        const doc = mutate(base, path, replacement, addKey);
        if (fastValidateDataset(doc)) expect(datasetSchema.safeParse(doc).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});
