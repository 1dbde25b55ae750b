/**
 * The evidence map of a stored summary: for every input key a statement or KPI cites, the
 * data point's label and value as they were, with pseudonyms restored — what the reader sees
 * when hovering a citation. Keys that are not in the payload are left out.
 */
import type { StoredSummary } from '../api/summary-api.ts';
import { deanonymize } from './anonymize/deanonymize.ts';
import type { AnonymizationMapping } from './anonymize/pseudonyms.ts';
import type { SummaryOutput } from './output-schema.ts';
import type { SummaryPayload } from './summary-input.ts';

/**
 * Builds the evidence map from the (anonymized) output, its payload and the mapping.
 *
 * @example
 * ```ts
 * buildEvidence(output, payload, mapping)['account.name']; // { label: 'Account', value: 'Acme Corp' }
 * ```
 */
export function buildEvidence(output: SummaryOutput, payload: SummaryPayload, mapping: AnonymizationMapping = {}): StoredSummary['evidence'] {
  const keys = new Set<string>(output.kpis.map((k) => k.key));
  for (const statements of Object.values(output.sections)) for (const s of statements) for (const key of s.evidence) keys.add(key);
  const evidence: StoredSummary['evidence'] = {};
  for (const key of [...keys].sort()) {
    if (!Object.hasOwn(payload.points, key)) continue;
    const point = payload.points[key]!;
    evidence[key] = {
      label: deanonymize(point.label, mapping),
      value: typeof point.value === 'string' ? deanonymize(point.value, mapping) : point.value,
    };
  }
  return evidence;
}
