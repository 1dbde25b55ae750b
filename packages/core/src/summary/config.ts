/**
 * The summary configuration's defaults and its validation against a dataset's attributes.
 * The zod schema (`config-schema.ts`) checks shapes and limits; this file adds the rules that
 * need the attributes, with messages that say exactly what is wrong and where (`kpis[2]`).
 *
 * Selection rules (applied by `buildSummaryInput`, enforced here for what an admin saves):
 * - a `restricted` attribute never enters a summary: it cannot be a KPI or included;
 * - a `pii` attribute enters only when on the include list (also to be a KPI);
 * - `system` attributes are always included: they cannot be ignored;
 * - an attribute cannot be both included and ignored, nor a KPI and ignored;
 * - at most 4 KPIs, at most 10 included attributes, no duplicates, no unknown keys.
 */
import type { AttributeDefinition } from '../dataset/schema.ts';
import { summaryConfigSchema, type SummaryConfig } from './config-schema.ts';

/** The configuration used until an admin saves one (version 1). */
export const defaultSummaryConfig: SummaryConfig = Object.freeze(summaryConfigSchema.parse({}));

/** One problem with a configuration: where (`kpis[2]`) and what. */
export interface SummaryConfigError {
  path: string;
  message: string;
}

/** The outcome of `validateSummaryConfig`. */
export type SummaryConfigValidation = { ok: true; config: SummaryConfig } | { ok: false; errors: SummaryConfigError[] };

function pathOf(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (path, s) => (typeof s === 'number' ? `${path}[${s}]` : path ? `${path}.${String(s)}` : String(s)),
    '',
  );
}

/**
 * Validates a configuration (as sent by an admin) against the tenant's attributes, applying
 * the defaults. Returns every problem, not just the first.
 *
 * @example
 * ```ts
 * const result = validateSummaryConfig({ kpis: ['arr', 'nope'] }, dataset.attributes);
 * // { ok: false, errors: [{ path: 'kpis[1]', message: "unknown attribute 'nope'" }] }
 * ```
 */
export function validateSummaryConfig(config: unknown, attributes: readonly AttributeDefinition[]): SummaryConfigValidation {
  const parsed = summaryConfigSchema.safeParse(config);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => ({ path: pathOf(issue.path), message: issue.message })) };
  }
  const value = parsed.data;
  const byKey = new Map(attributes.map((a) => [a.key, a]));
  const included = new Set(value.includeAttributes);
  const ignored = new Set(value.ignoreAttributes);
  const errors: SummaryConfigError[] = [];

  const eachKey = (list: readonly string[], name: string, check: (a: AttributeDefinition, key: string) => string | null, duplicate: (key: string) => string) => {
    const seen = new Set<string>();
    list.forEach((key, i) => {
      const path = `${name}[${i}]`;
      if (seen.has(key)) errors.push({ path, message: duplicate(key) });
      seen.add(key);
      const attribute = byKey.get(key);
      if (!attribute) {
        errors.push({ path, message: `unknown attribute '${key}'` });
        return;
      }
      const message = check(attribute, key);
      if (message) errors.push({ path, message });
    });
  };

  eachKey(
    value.kpis,
    'kpis',
    (a, key) => {
      if (a.restricted) return `'${key}' is restricted and cannot be a KPI`;
      if (ignored.has(key)) return `'${key}' is both a KPI and ignored`;
      if (a.pii && !included.has(key)) return `'${key}' is personal data (pii): include it to use it as a KPI`;
      return null;
    },
    (key) => `duplicate KPI '${key}'`,
  );
  eachKey(
    value.includeAttributes,
    'includeAttributes',
    (a, key) => {
      if (a.restricted) return `'${key}' is restricted and cannot be included`;
      if (ignored.has(key)) return `'${key}' is both included and ignored`;
      return null;
    },
    (key) => `'${key}' is included more than once`,
  );
  eachKey(
    value.ignoreAttributes,
    'ignoreAttributes',
    (a, key) => (a.category === 'system' && !a.restricted ? `'${key}' is a system attribute and is always included` : null),
    (key) => `'${key}' is ignored more than once`,
  );
  return errors.length > 0 ? { ok: false, errors } : { ok: true, config: value };
}
