import { describe, expect, it } from 'vitest';
import { summaryOutputSchema, summarySectionNames } from './output-schema.ts';
import { fitsStrictEnum, summaryResponseJsonSchema, summaryResponseSchemaText } from './output-schema-json.ts';

const unsupported = ['minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'minItems', 'maxItems', 'uniqueItems', 'default', 'patternProperties', 'propertyNames', 'oneOf', 'allOf', 'not', 'if', 'then', 'else'];
type Schema = { [k: string]: unknown };

/** Problems OpenAI strict mode would reject, following `$ref`s into `$defs`. */
function strictProblems(root: Schema): string[] {
  const problems: string[] = [];
  const defs = (root.$defs ?? {}) as Record<string, Schema>;
  const seen = new Set<string>();
  const visit = (schema: Schema, path: string) => {
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.replace('#/$defs/', '');
      if (!defs[name]) problems.push(`${path}: dangling ${schema.$ref}`);
      else if (!seen.has(name)) {
        seen.add(name);
        visit(defs[name], `$defs.${name}`);
      }
      return;
    }
    for (const key of unsupported) if (key in schema) problems.push(`${path}: unsupported keyword ${key}`);
    if (schema.type === 'object') {
      const props = Object.keys((schema.properties ?? {}) as object);
      if (schema.additionalProperties !== false) problems.push(`${path}: additionalProperties must be false`);
      if (JSON.stringify([...((schema.required ?? []) as string[])].sort()) !== JSON.stringify([...props].sort())) problems.push(`${path}: every property must be required`);
      for (const [name, child] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) visit(child, `${path}.${name}`);
    }
    if (schema.enum !== undefined && (!Array.isArray(schema.enum) || schema.enum.length === 0)) problems.push(`${path}: empty enum`);
    if (schema.items) visit(schema.items as Schema, `${path}[]`);
  };
  visit(root, '$');
  return problems;
}

const payload = {
  points: {
    'account.name': { label: 'Account', value: 'ACCOUNT_1' },
    'attr.arr': { label: 'ARR', value: 120000 },
    'usage.activeUsers.last30': { label: 'Active users', value: 42 },
  },
};

describe('summaryResponseJsonSchema', () => {
  const schema = summaryResponseJsonSchema(payload);

  it('is valid for strict structured outputs', () => {
    expect(strictProblems(schema)).toEqual([]);
  });

  it("makes every evidence item and KPI key an enum of the payload's points keys, written once", () => {
    const defs = schema.$defs as Record<string, Schema>;
    expect(defs.key).toEqual({ type: 'string', enum: Object.keys(payload.points) });
    expect((defs.statement!.properties as Record<string, Schema>).evidence).toEqual({ type: 'array', items: { $ref: '#/$defs/key' } });
    expect((defs.kpi!.properties as Record<string, Schema>).key).toEqual({ $ref: '#/$defs/key' });
    const text = summaryResponseSchemaText(payload);
    expect(text.split('"usage.activeUsers.last30"')).toHaveLength(2);
  });

  it('lists the seven sections in display order', () => {
    const sections = (schema.properties as Record<string, Schema>).sections!;
    expect(sections.required).toEqual([...summarySectionNames]);
  });

  it('differs per payload', () => {
    const other = summaryResponseSchemaText({ points: { 'health.overall': { label: 'Health', value: 70 } } });
    expect(other).toContain('"health.overall"');
    expect(other).not.toContain('"attr.arr"');
  });

  it('describes the same shape the zod schema accepts', () => {
    const sample = { kpis: [{ key: 'attr.arr', label: 'ARR', value: '$120,000' }], sections: Object.fromEntries(summarySectionNames.map((n) => [n, [{ text: 'x', evidence: ['attr.arr'] }]])) };
    expect(summaryOutputSchema.safeParse(sample).success).toBe(true);
  });

  it('drops the enum (never the check) beyond what strict mode accepts', () => {
    const many = (n: number, width = 8) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k.${String(i).padStart(width, '0')}`, { label: 'x', value: 1 }]));
    const keyDef = (points: Record<string, { label: string; value: number }>) => (summaryResponseJsonSchema({ points }).$defs as Record<string, Schema>).key;
    expect(keyDef(many(1000))?.enum).toHaveLength(1000);
    expect(keyDef(many(1001))).toEqual({ type: 'string' });
    expect(keyDef(many(300, 60))).toEqual({ type: 'string' });
    expect(keyDef({})).toEqual({ type: 'string' });
    expect(fitsStrictEnum(['a'])).toBe(true);
  });
});
