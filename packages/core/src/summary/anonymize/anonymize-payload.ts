/**
 * Anonymizes a whole summary input into the payload that leaves the server: every label and
 * every string value passes through one anonymizer (so pseudonyms are consistent across the
 * payload), except the values of attributes on the config's include list, which are sent
 * unmasked by the admin's choice. Numbers, booleans, dates and input keys are kept.
 */
import type { SummaryDataPoint, SummaryInput, SummaryPayload } from '../summary-input.ts';
import { createAnonymizer, type AnonymizerOptions } from './anonymizer.ts';
import type { KnownIdentifiers } from './known-identifiers.ts';
import type { AnonymizationMapping } from './pseudonyms.ts';

/** An anonymized payload and the mapping that restores it. */
export interface AnonymizedPayload {
  payload: SummaryPayload;
  mapping: AnonymizationMapping;
}

/**
 * Anonymizes a summary input.
 *
 * @example
 * ```ts
 * const { payload, mapping } = anonymizeSummaryInput(input, collectKnownIdentifiers(index, 'acme'));
 * payload.points['account.name'].value; // "ACCOUNT_1"
 * ```
 */
export function anonymizeSummaryInput(input: SummaryInput, known: KnownIdentifiers, options?: AnonymizerOptions): AnonymizedPayload {
  const anonymizer = createAnonymizer(known, options);
  const points: Record<string, SummaryDataPoint> = {};
  for (const [key, point] of Object.entries(input.points)) {
    const value = typeof point.value === 'string' && !point.unmasked ? anonymizer.text(point.value) : point.value;
    points[key] = { label: anonymizer.text(point.label), value, ...(point.unit ? { unit: point.unit } : {}) };
  }
  return {
    payload: { version: input.version, asOf: input.asOf, currency: input.currency, kpis: [...input.kpis], points },
    mapping: anonymizer.mapping(),
  };
}
