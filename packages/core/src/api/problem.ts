/**
 * Errors over HTTP: RFC 9457 problem details with a stable `type` per kind of failure.
 * The server answers every error with one of these; the client turns them back into typed errors.
 */
import { z } from 'zod';

/** The stable problem types of API v1 (the `type` member is `https://successkit.dev/problems/<name>`). */
export const problemTypes = [
  'validation', // 400: a request field is wrong; `errors` lists each with its path
  'unauthenticated', // 401: missing, malformed, expired or badly signed token
  'forbidden', // 403: seat or permission does not allow this, or another tenant's data
  'not-found', // 404
  'conflict', // 409
  'payload-too-large', // 413
  'rate-limited', // 429: request rate or the tenant's daily budget
  'budget-exceeded', // 429: the tenant's daily model budget is spent
  'input-too-large', // 422: the summary input is above the per-request limit
  'ingest-invalid', // 422: an ingest batch breaks the schema or the data; `errors` lists each problem with its JSON pointer
  'feature-disabled', // 403: summaries are switched off for the tenant
  'generation-failed', // 502: the model failed (refusal, truncation, invalid output…)
  'unavailable', // 503: a store or queue is unreachable
  'internal', // 500
] as const;

/** A problem type name. */
export type ProblemType = (typeof problemTypes)[number];

/** The URI prefix of problem types. */
export const problemTypeBase = 'https://successkit.dev/problems/';

/** An `application/problem+json` body. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  /** For `validation`: every problem with its JSON path (e.g. `body.kpis[4]`, `query.period`). */
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** For `rate-limited` / `budget-exceeded`: seconds until a retry may succeed. */
  retryAfter: z.number().optional(),
  requestId: z.string().optional(),
});

/** An `application/problem+json` body. */
export type Problem = z.infer<typeof problemSchema>;

/** The full `type` URI of a problem name. */
export function problemTypeUri(type: ProblemType): string {
  return `${problemTypeBase}${type}`;
}
