/**
 * `createOpenedRecorder`: records that a summary was opened (`stores.summaries.touch`, read by
 * the refresher) at most once per key per window. Every cached GET opens its summary, but the
 * refresher only asks "opened in the last day?", so one write per key per minute is enough and
 * keeps a store write off nearly every read.
 */
import type { Stores, SummaryKey } from '@successkit/core';

/** Records opens; `clear()` forgets what was recorded (the next open of each key writes again). */
export interface OpenedRecorder {
  (key: SummaryKey, now: number): Promise<void>;
  clear(): void;
}

/** Keys remembered at most; past this the memory is cleared (each key then writes once more). */
const maxRemembered = 100_000;

/**
 * Creates the recorder.
 *
 * @example
 * ```ts
 * const touch = createOpenedRecorder(stores, 60_000);
 * await touch({ tenantId: 'acme', accountId: 'acc-1', configVersion: 1 }, Date.now()); // writes
 * await touch({ tenantId: 'acme', accountId: 'acc-1', configVersion: 1 }, Date.now()); // skipped
 * ```
 */
export function createOpenedRecorder(stores: Pick<Stores, 'summaries'>, windowMs: number): OpenedRecorder {
  const lastWrite = new Map<string, number>();
  const record = async (key: SummaryKey, now: number): Promise<void> => {
    const id = `${key.tenantId.length}:${key.tenantId}${key.accountId.length}:${key.accountId}${key.configVersion}`;
    const last = lastWrite.get(id);
    // A clock that went back (tests, NTP) writes again rather than trusting the old mark.
    if (last !== undefined && now >= last && now - last < windowMs) return;
    if (lastWrite.size >= maxRemembered) lastWrite.clear();
    lastWrite.set(id, now);
    try {
      await stores.summaries.touch(key, new Date(now).toISOString());
    } catch (error) {
      lastWrite.delete(id);
      throw error;
    }
  };
  return Object.assign(record, { clear: () => lastWrite.clear() });
}
