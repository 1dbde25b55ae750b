/**
 * The published `dataset.schema.json` (written by `scripts/write-json-schema.ts`) checked with a
 * real JSON Schema validator: it accepts what `parseDataset` accepts for both versions, and says
 * what the rules say about version-2 keys in a version-1 file.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../synthetic/generate-dataset.ts';

const schema = JSON.parse(readFileSync(new URL('../../dataset.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const { $schema: _draft, ...body } = schema;
const validate = new Ajv({ strict: false, allErrors: true }).compile(body);
const v2 = JSON.parse(JSON.stringify(generateDataset({ seed: 9, accounts: 40, asOf: '2026-01-31T00:00:00Z', days: 30 }))) as Record<string, unknown>;

function v1Of(doc: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(doc);
  copy.version = 1;
  for (const key of ['tickets', 'assets', 'collections', 'endUsers']) delete copy[key];
  for (const row of copy.usage as Record<string, unknown>[]) delete row.users;
  for (const row of copy.attributeHistory as Record<string, unknown>[]) delete row.actor;
  for (const row of copy.attributes as Record<string, unknown>[]) delete row.editable;
  return copy;
}

describe('dataset.schema.json', () => {
  it('accepts a generated version-2 dataset and its version-1 form', () => {
    expect(validate(v2), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate(v1Of(v2)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('refuses version-2 keys in a version-1 file, at their paths', () => {
    for (const [path, patch] of [
      ['/tickets', (d: Record<string, unknown>) => (d.tickets = v2.tickets)],
      ['/usage/0/users', (d: Record<string, unknown>) => ((d.usage as Record<string, unknown>[])[0]!.users = { x: 1 })],
      ['/attributes/0/editable', (d: Record<string, unknown>) => ((d.attributes as Record<string, unknown>[])[0]!.editable = true)],
    ] as const) {
      const doc = v1Of(v2);
      patch(doc);
      expect(validate(doc), path).toBe(false);
      expect(validate.errors?.map((e) => e.instancePath), path).toContain(path);
    }
  });

  it('refuses an asset URL that is not http(s) and an unknown version', () => {
    const bad = structuredClone(v2);
    (bad.assets as Record<string, unknown>[])[0]!.url = 'javascript:alert(1)';
    expect(validate(bad)).toBe(false);
    expect(validate({ ...v2, version: 3 })).toBe(false);
  });
});
