/**
 * The summary input: every data point a summary may rest on, each under a stable input key
 * (`attr.arr`, `usage.activeUsers.last30`, `health.overall`, `touchpoints.byFlow.renewal`…).
 * Statements cite these keys as evidence, the faithfulness check reads the numbers from them,
 * and the stored summary's evidence map shows their labels and values.
 *
 * The same shape, anonymized, is the payload sent to a model (`SummaryPayload`).
 */
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import type { AttributeValue } from '../dataset/schema.ts';
import type { HealthEngine } from '../health/health-engine.ts';

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

/** Data needed to build an input: the dataset index and, optionally, shared computations. */
export interface SummaryData {
  index: DatasetIndex;
  /** Own and rolled-up attribute values (`createRollups`); rolled-up values are left out without it. */
  rollups?: { own(accountId: string, key: string): unknown; rolledUp(accountId: string, key: string): unknown };
  /** A shared health engine (`createHealthEngine`), to score many accounts without re-reading rows. */
  health?: HealthEngine;
}

/** A key segment from free-form names ("Onboarding Manager" → `onboardingManager`). */
export function keyPart(name: string): string {
  const words = name.normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) return '_';
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join('');
}
