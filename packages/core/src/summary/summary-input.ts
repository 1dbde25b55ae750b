/**
 * The summary input: every data point a summary may rest on, each under a stable input key
 * (`attr.arr`, `usage.activeUsers.last30`, `health.overall`, `touchpoints.byFlow.renewal`…).
 * Statements cite these keys as evidence, the faithfulness check reads the numbers from them,
 * and the stored summary's evidence map shows their labels and values.
 *
 * The same shape, anonymized, is the payload sent to a model (`SummaryPayload`).
 */
import type { AttributeValue } from '../dataset/schema.ts';
import type { DatasetModel } from '../model/dataset-model.ts';

/** How a data point's number reads. */
export type SummaryUnit = 'currency' | 'percent' | 'days' | 'score' | 'count' | 'date';

/** One data point. */
export interface SummaryDataPoint {
  /** What it is, for a reader ("ARR, rolled up over sub-accounts"). */
  label: string;
  value: AttributeValue;
  unit?: SummaryUnit;
  /** Sent without anonymization (an attribute on the config's include list). Not in payloads. */
  unmasked?: boolean;
}

/** Everything a summary of one account may say, by input key. */
export interface SummaryInput {
  version: 1;
  /** The time the input was computed for. */
  asOf: string;
  /** The tenant's currency (ISO 4217), if known. */
  currency: string | null;
  /** Input keys of the header KPIs, in order. */
  kpis: string[];
  /** Data points by input key, grouped by prefix in a stable order. */
  points: Record<string, SummaryDataPoint>;
}

/** The anonymized input that leaves the server: same shape, identifiers replaced. */
export type SummaryPayload = SummaryInput;

/** What an input is built from: the parts of a `DatasetModel` it reads (pass the model). */
export type SummaryData = Pick<DatasetModel, 'index' | 'rollups' | 'health'>;

/** A key segment from free-form names ("Onboarding Manager" → `onboardingManager`). */
export function keyPart(name: string): string {
  const words = name.normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) return '_';
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join('');
}
