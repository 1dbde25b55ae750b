/**
 * The JSON schema of one summary request: the output contract of `output-schema.ts`, with every
 * `evidence` item (and every KPI `key`) an `enum` of that payload's `points` keys, so a model
 * under structured outputs cannot cite a key that does not exist (DESIGN.md "Account
 * summaries", 4). Valid in OpenAI strict mode: every property required, no extra properties,
 * only supported keywords. The enum is written once, in `$defs`, and referenced, so its size is
 * paid once per request whatever the number of statements.
 */
import { summarySectionNames } from './output-schema.ts';
import type { SummaryPayload } from './summary-input.ts';

/** A JSON schema object (the subset this module writes). */
export type JsonSchema = { [keyword: string]: unknown };

/**
 * Strict structured outputs accept at most 1,000 enum values per schema, and at most 15,000
 * characters of string values in an enum of more than 250. A payload beyond that (far more data
 * points than a typical summary has) is sent with evidence as plain strings; the faithfulness
 * check still withholds any statement citing a key that does not exist.
 */
export function fitsStrictEnum(keys: readonly string[]): boolean {
  if (keys.length === 0 || keys.length > 1000) return false;
  return keys.length <= 250 || keys.reduce((sum, key) => sum + key.length, 0) <= 15_000;
}

/** The name the schema is sent under (`response_format.json_schema.name`, the tool's name). */
export const summaryResponseSchemaName = 'account_summary';

/**
 * Builds the response schema of one payload.
 *
 * @example
 * ```ts
 * const schema = summaryResponseJsonSchema(payload);
 * schema.$defs.key.enum; // ["account.name", "attr.arr", …]
 * ```
 */
export function summaryResponseJsonSchema(payload: Pick<SummaryPayload, 'points'>): JsonSchema {
  const keys = Object.keys(payload.points);
  const ref = (name: string) => ({ $ref: `#/$defs/${name}` });
  return {
    type: 'object',
    additionalProperties: false,
    required: ['kpis', 'sections'],
    properties: {
      kpis: { type: 'array', items: ref('kpi') },
      sections: {
        type: 'object',
        additionalProperties: false,
        required: [...summarySectionNames],
        // Every section is the same list, referenced: the structure costs few tokens.
        properties: Object.fromEntries(summarySectionNames.map((name) => [name, ref('list')])),
      },
    },
    $defs: {
      // An empty enum is not a valid schema (a payload always has `account.name`, but stay valid anyway), nor is one over the limits.
      key: fitsStrictEnum(keys) ? { type: 'string', enum: keys } : { type: 'string' },
      kpi: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'label', 'value'],
        properties: { key: ref('key'), label: { type: 'string' }, value: { type: 'string' } },
      },
      list: { type: 'array', items: ref('statement') },
      statement: {
        type: 'object',
        additionalProperties: false,
        required: ['text', 'evidence'],
        properties: { text: { type: 'string' }, evidence: { type: 'array', items: ref('key') } },
      },
    },
  };
}

/** The schema as compact JSON text (what is counted against the token budget). */
export function summaryResponseSchemaText(payload: Pick<SummaryPayload, 'points'>): string {
  return JSON.stringify(summaryResponseJsonSchema(payload));
}
