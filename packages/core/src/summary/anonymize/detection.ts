/**
 * What a detector reports: a span of the folded text (see `fold.ts`), the kind of identifier,
 * the key that identifies it (so the same identifier gets the same pseudonym), and a rank that
 * decides between two detections of the same span (lower wins).
 */
import type { IdentifierKind } from './pseudonyms.ts';

/** One identifier found in a folded text. */
export interface Detection {
  /** Start in the folded text. */
  from: number;
  /** End (exclusive) in the folded text. */
  to: number;
  kind: IdentifierKind;
  /** Identity of the value within its kind (e.g. a normalised email). */
  key: string;
  /** What `deanonymize` restores; the original characters when omitted. */
  canonical?: string;
  /** Tie-break between detections of equal length: lower wins. */
  rank: number;
}

/** Ranks, in order of preference. */
export const detectionRank = {
  known: 0,
  email: 1,
  url: 2,
  iban: 3,
  card: 4,
  ip: 5,
  phone: 6,
  domain: 7,
  address: 8,
  name: 9,
} as const;

/**
 * Keeps the detections that do not overlap, preferring longer spans, then lower ranks, then
 * earlier ones; returns them in text order.
 */
export function resolveOverlaps(detections: Detection[]): Detection[] {
  const sorted = [...detections].sort((a, b) => b.to - b.from - (a.to - a.from) || a.rank - b.rank || a.from - b.from);
  const kept: Detection[] = [];
  for (const d of sorted) {
    if (kept.every((k) => d.to <= k.from || d.from >= k.to)) kept.push(d);
  }
  return kept.sort((a, b) => a.from - b.from);
}
