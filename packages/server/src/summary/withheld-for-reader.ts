/**
 * What a reader may see of a summary's withheld statements. The stored (and team-shared cached)
 * summary keeps every withheld statement with its reasons; an answer carries them only to
 * admins (`summary:configure`), who can open the details in `<account-summary>`. Everyone else
 * gets the counts ("2 statements withheld: not supported by the account data") and an empty
 * `items`: the statements were withheld because the account data does not support them, so they
 * must not reach a reader's browser either.
 */
import type { JobEvent, StoredSummary, SummaryResponse } from '@successkit/core';
import type { Caller } from '../auth/caller.ts';

/** `summary` as `caller` may read it. */
export function summaryForReader<T extends StoredSummary | null>(summary: T, caller: Caller): T {
  if (!summary?.withheld || summary.withheld.items.length === 0 || caller.permissions.has('summary:configure')) return summary;
  return { ...summary, withheld: { ...summary.withheld, items: [] } };
}

/** A summary answer (ready or pending) as `caller` may read it. */
export function answerForReader<T extends SummaryResponse>(answer: T, caller: Caller): T {
  if (answer.state === 'generating') return { ...answer, lastGood: summaryForReader(answer.lastGood, caller) };
  return { ...answer, summary: summaryForReader(answer.summary, caller) };
}

/** A job event as `caller` may read it (the `done` event carries the summary). */
export function eventForReader(event: JobEvent, caller: Caller): JobEvent {
  return event.type === 'done' ? { ...event, summary: summaryForReader(event.summary, caller) } : event;
}
