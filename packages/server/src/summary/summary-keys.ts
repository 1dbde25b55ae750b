/**
 * Small helpers shared by the summary service, its job runner and the refresher: cache-key
 * strings, token estimates, UTC days and the problem a failed generation is reported with.
 */
import { GenerationError, problemTypeUri, type Problem, type SummaryKey } from '@successkit/core';
import { HttpProblem } from '../http/http-problem.ts';

/** A stable string for a cache key (tenant, account, config version). */
export function keyString(key: SummaryKey): string {
  return JSON.stringify([key.tenantId, key.accountId, key.configVersion]);
}

/** The UTC day (`YYYY-MM-DD`) of a time in ms. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Seconds until the next UTC midnight (when a daily budget resets). */
export function secondsToNextUtcDay(ms: number): number {
  const next = Date.UTC(new Date(ms).getUTCFullYear(), new Date(ms).getUTCMonth(), new Date(ms).getUTCDate() + 1);
  return Math.max(1, Math.ceil((next - ms) / 1000));
}

const failureText: Record<string, string> = {
  truncated: 'The model stopped at its length limit before finishing the summary',
  refusal: 'The model refused to write the summary',
  'content-filter': 'The model output was blocked by a content filter',
  'invalid-json': 'The model returned output that is not valid JSON',
  'invalid-output': 'The model output does not match the summary schema',
  unfaithful: 'A section of the summary is not supported by the account data, even after a repair round',
  timeout: 'The model did not answer in time',
  upstream: 'The model provider kept failing',
};

/** The problem+json a failed job carries (no account data, no prompt). */
export function problemOfFailure(error: unknown): Problem {
  if (error instanceof HttpProblem) return error.toProblem();
  if (error instanceof GenerationError) {
    if (error.kind === 'input-too-large' || error.kind === 'budget-exceeded')
      return new HttpProblem(error.kind, error.message).toProblem();
    return {
      type: problemTypeUri('generation-failed'),
      title: 'Generation failed',
      status: 502,
      detail: `${failureText[error.kind] ?? 'Generation failed'} (${error.kind}).`,
    };
  }
  return { type: problemTypeUri('internal'), title: 'Internal', status: 500, detail: 'Summary generation failed unexpectedly.' };
}
