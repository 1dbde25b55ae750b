/**
 * Reading a model's answer into a `SummaryOutput` when the endpoint does not enforce the schema
 * (`json_object` or tool calls on OpenAI-compatible servers, small local models): the JSON is
 * found even when the model wraps it in prose or a Markdown fence, or nests it one level under
 * a name (`{ "account_summary": { … } }`); missing sections or KPIs read as empty lists; then
 * zod decides. Anything else fails as `invalid-json` or `invalid-output`, never silently.
 */
import { GenerationError } from '../contracts/summary-generator.ts';
import { summaryOutputSchema, summarySectionNames, type SummaryOutput } from './output-schema.ts';

/** The first complete JSON object in a text (balanced braces, strings respected), if any. */
export function findJsonObject(text: string): string | null {
  for (let start = text.indexOf('{'); start !== -1; start = text.indexOf('{', start + 1)) {
    let depth = 0;
    let inString = false;
    for (let i = start; i < text.length; i++) {
      const ch = text[i];
      if (inString) {
        if (ch === '\\') i++;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === '{') depth++;
      else if (ch === '}' && --depth === 0) {
        const candidate = text.slice(start, i + 1);
        try {
          JSON.parse(candidate);
          return candidate;
        } catch {
          break;
        }
      }
    }
  }
  return null;
}

function unwrap(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  if ('sections' in record || 'kpis' in record) return record;
  const entries = Object.values(record);
  const inner = entries.length === 1 ? entries[0] : undefined;
  if (inner && typeof inner === 'object' && ('sections' in inner || 'kpis' in inner)) return inner;
  // Sections written at the top level, without the `sections` wrapper.
  if (summarySectionNames.some((name) => name in record)) return { kpis: record.kpis, sections: record };
  return record;
}

function withDefaults(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as { kpis?: unknown; sections?: unknown };
  const sections = record.sections && typeof record.sections === 'object' && !Array.isArray(record.sections) ? (record.sections as Record<string, unknown>) : record.sections;
  return {
    kpis: record.kpis ?? [],
    sections:
      sections && typeof sections === 'object'
        ? Object.fromEntries(summarySectionNames.map((name) => [name, (sections as Record<string, unknown>)[name] ?? []]))
        : sections,
  };
}

/**
 * Parses a model's text answer into a summary output.
 *
 * @throws {GenerationError} `invalid-json` when no JSON object is found, `invalid-output` when it is not the schema.
 * @example
 * ```ts
 * parseSummaryText('Here is the summary:\n```json\n{"kpis":[],"sections":{…}}\n```');
 * ```
 */
export function parseSummaryText(text: string): SummaryOutput {
  const json = findJsonObject(text);
  if (json === null) throw new GenerationError('invalid-json', 'The model returned output that is not valid JSON.');
  return parseSummaryValue(JSON.parse(json));
}

/**
 * Validates an already parsed value (e.g. tool-call arguments) as a summary output, leniently
 * about missing lists and one level of wrapping.
 *
 * @throws {GenerationError} `invalid-output` when it is not the schema, with the zod issues as cause.
 */
export function parseSummaryValue(value: unknown): SummaryOutput {
  const parsed = summaryOutputSchema.safeParse(withDefaults(unwrap(value)));
  if (!parsed.success) {
    const where = parsed.error.issues.slice(0, 3).map((issue) => `/${issue.path.join('/')}: ${issue.message}`).join('; ');
    throw new GenerationError('invalid-output', `The model output does not match the summary schema (${where}).`, { cause: parsed.error });
  }
  return parsed.data;
}
