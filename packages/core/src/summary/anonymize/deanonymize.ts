/**
 * Restoring real values: pseudonyms in a text (or in a whole `SummaryOutput`) are replaced by
 * what they stand for, using the mapping of the payload they came from. Pseudonyms are matched
 * case-insensitively (a model may write `Person_1`); unknown ones are left as they are.
 */
import type { SummaryOutput } from '../output-schema.ts';
import { pseudonymPattern, type AnonymizationMapping } from './pseudonyms.ts';

/**
 * The text with every pseudonym of the mapping restored.
 *
 * @example
 * ```ts
 * deanonymize('PERSON_1 asked for a QBR', { PERSON_1: 'Jane Doe' }); // "Jane Doe asked for a QBR"
 * ```
 */
export function deanonymize(text: string, mapping: AnonymizationMapping): string {
  return text.replace(pseudonymPattern, (token) => {
    const value = mapping[token.toUpperCase()];
    return value === undefined ? token : value;
  });
}

/** A summary output with every pseudonym in its texts and KPI values restored. */
export function deanonymizeOutput(output: SummaryOutput, mapping: AnonymizationMapping): SummaryOutput {
  const sections = Object.fromEntries(
    Object.entries(output.sections).map(([name, statements]) => [
      name,
      statements.map((s) => ({ text: deanonymize(s.text, mapping), evidence: [...s.evidence] })),
    ]),
  ) as SummaryOutput['sections'];
  return {
    kpis: output.kpis.map((k) => ({ key: k.key, label: deanonymize(k.label, mapping), value: deanonymize(k.value, mapping) })),
    sections,
  };
}
