/**
 * The summary cache policy (DESIGN.md "Account summaries", 5): summaries are keyed by tenant,
 * account and config version; a summary is fresh for 12 hours after generation, then expired
 * (still shown, and a new one is generated when opened); while a generation runs the state is
 * `generating`, and after a failed one `failed` — both keep the last good summary to show.
 * Whether the data changed since generation is told by a fingerprint of the summary input.
 */
import type { StoredSummary } from '../api/summary-api.ts';
import type { SummaryKey } from '../contracts/stores.ts';
import type { SummaryInput } from './summary-input.ts';

/** How long a summary stays fresh: 12 hours. */
export const SUMMARY_TTL_MS = 12 * 60 * 60 * 1000;

/** The state of a summary key. */
export type SummaryCacheState = 'fresh' | 'expired' | 'generating' | 'failed';

/**
 * The cache key of a summary as one string; parts are URI-encoded so ids containing `:` cannot
 * collide.
 *
 * @example
 * ```ts
 * summaryCacheKey({ tenantId: 't1', accountId: 'acme', configVersion: 3 }); // "summary:t1:acme:v3"
 * ```
 */
export function summaryCacheKey(key: SummaryKey): string {
  return `summary:${encodeURIComponent(key.tenantId)}:${encodeURIComponent(key.accountId)}:v${key.configVersion}`;
}

/** When a summary generated at `generatedAt` expires (ISO). */
export function expiresAtFor(generatedAt: string): string {
  return new Date(Date.parse(generatedAt) + SUMMARY_TTL_MS).toISOString();
}

const timeOf = (t: string | number | Date) => (typeof t === 'number' ? t : typeof t === 'string' ? Date.parse(t) : t.getTime());

/** Whether a summary is expired at `now` (12 hours after `generatedAt`, the boundary included). */
export function isExpired(summary: Pick<StoredSummary, 'generatedAt'>, now: string | number | Date): boolean {
  return timeOf(now) >= Date.parse(summary.generatedAt) + SUMMARY_TTL_MS;
}

/** What a summary key looks like to a reader. */
export interface SummaryCacheView {
  state: SummaryCacheState;
  /** The summary to show: the current one, or the last good one while generating or after a failure. */
  summary: StoredSummary | null;
}

/**
 * The state of a key from what the stores hold: a running job means `generating`; a failed
 * last attempt with no newer summary means `failed`; else fresh or expired by age.
 */
export function summaryCacheState(
  current: {
    summary: StoredSummary | null;
    lastGood?: StoredSummary | null;
    generating?: boolean;
    /** When the last attempt failed (ISO), if it did. */
    failedAt?: string | null;
  },
  now: string | number | Date,
): SummaryCacheView {
  const shown = current.summary ?? current.lastGood ?? null;
  if (current.generating) return { state: 'generating', summary: shown };
  if (current.failedAt && (!current.summary || Date.parse(current.failedAt) > Date.parse(current.summary.generatedAt))) {
    return { state: 'failed', summary: shown };
  }
  if (!current.summary) return { state: 'expired', summary: shown };
  return { state: isExpired(current.summary, now) ? 'expired' : 'fresh', summary: current.summary };
}

function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}

/** A 64-bit hash (two 32-bit lanes, cyrb53-style) of a string, as 16 hex digits. Not cryptographic. */
export function hashString(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/**
 * The fingerprint of a summary input: a hash of its data points and KPIs, key order ignored,
 * `asOf` left out (the same data on another day is the same data).
 */
export function inputFingerprint(input: SummaryInput): string {
  return hashString(stableJson({ version: input.version, currency: input.currency, kpis: input.kpis, points: input.points }));
}

/** Whether the data changed since the summary was generated. */
export function hasDataChanged(summary: Pick<StoredSummary, 'inputFingerprint'>, currentFingerprint: string): boolean {
  return summary.inputFingerprint !== currentFingerprint;
}
