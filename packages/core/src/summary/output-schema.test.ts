import { zodResponseFormat } from 'openai/helpers/zod';
import { describe, expect, it } from 'vitest';
import { summaryOutputSchema } from './output-schema.ts';

/** Keywords OpenAI structured outputs (strict mode) does not support. */
const unsupported = ['minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'minItems', 'maxItems', 'uniqueItems', 'default', 'patternProperties', 'propertyNames', 'oneOf', 'allOf', 'not', 'if', 'then', 'else'];

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; additionalProperties?: unknown; items?: Schema; [k: string]: unknown };

function visit(schema: Schema, path: string, problems: string[]): void {
  for (const key of unsupported) if (key in schema) problems.push(`${path}: unsupported keyword ${key}`);
  if (schema.type === 'object' || schema.properties) {
    const props = Object.keys(schema.properties ?? {});
    if (schema.additionalProperties !== false) problems.push(`${path}: additionalProperties must be false`);
    if (JSON.stringify([...(schema.required ?? [])].sort()) !== JSON.stringify([...props].sort())) problems.push(`${path}: every property must be required`);
    for (const [name, child] of Object.entries(schema.properties ?? {})) visit(child, `${path}.${name}`, problems);
  }
  if (schema.items) visit(schema.items, `${path}[]`, problems);
  for (const list of ['anyOf'] as const) for (const [i, s] of ((schema[list] as Schema[] | undefined) ?? []).entries()) visit(s, `${path}.${list}[${i}]`, problems);
}

describe('summaryOutputSchema', () => {
  const format = zodResponseFormat(summaryOutputSchema, 'account_summary');

  it('is accepted by openai zodResponseFormat in strict mode', () => {
    expect(format.type).toBe('json_schema');
    expect(format.json_schema.strict).toBe(true);
    expect(format.json_schema.name).toBe('account_summary');
  });

  it('has every property required, no additional properties and no unsupported keywords', () => {
    const problems: string[] = [];
    visit(format.json_schema.schema as Schema, '$', problems);
    expect(problems).toEqual([]);
  });

  it('describes the seven sections of cited statements', () => {
    const schema = format.json_schema.schema as Schema;
    expect(Object.keys(schema.properties!.sections!.properties!)).toEqual(['overview', 'usageAndEngagement', 'interactions', 'sentiment', 'risks', 'renewal', 'nextActions']);
    expect(schema.properties!.sections!.properties!.risks!.items!.required).toEqual(['text', 'evidence']);
    expect(schema.properties!.kpis!.items!.required).toEqual(['key', 'label', 'value']);
  });

  it('parses what the helper would return', () => {
    const output = { kpis: [{ key: 'attr.arr', label: 'ARR', value: '$1.2M' }], sections: { overview: [{ text: 'x', evidence: ['attr.arr'] }], usageAndEngagement: [], interactions: [], sentiment: [], risks: [], renewal: [], nextActions: [] } };
    expect(format.$parseRaw(JSON.stringify(output))).toEqual(output);
  });
});
