import type { SummaryKey } from '@successkit/core';
import { describe, expect, it } from 'vitest';
import { createMemoryStores } from '../stores/memory-stores.ts';
import { createOpenedRecorder } from './summary-opened.ts';

const key: SummaryKey = { tenantId: 'acme', accountId: 'acc-1', configVersion: 1 };
const minute = 60_000;
const t0 = Date.parse('2026-03-02T12:00:00Z');

/** Memory stores whose `touch` counts its calls and can be made to fail. */
function countingStores() {
  const stores = createMemoryStores();
  const calls: string[] = [];
  let failing = false;
  const touch = stores.summaries.touch.bind(stores.summaries);
  stores.summaries.touch = async (k, at) => {
    if (failing) throw new Error('store down');
    calls.push(`${k.accountId}@${at}`);
    return touch(k, at);
  };
  return { stores, calls, fail: (on: boolean) => (failing = on) };
}

describe('createOpenedRecorder', () => {
  it('writes an open at most once per key per window, and again after it', async () => {
    const { stores, calls } = countingStores();
    const record = createOpenedRecorder(stores, minute);
    await record(key, t0);
    await record(key, t0 + 1_000);
    await record({ ...key }, t0 + minute - 1);
    await record({ ...key, accountId: 'acc-2' }, t0 + 2_000);
    await record({ ...key, configVersion: 2 }, t0 + 3_000);
    expect(calls).toEqual(['acc-1@2026-03-02T12:00:00.000Z', 'acc-2@2026-03-02T12:00:02.000Z', 'acc-1@2026-03-02T12:00:03.000Z']);
    await record(key, t0 + minute);
    expect(calls.at(-1)).toBe('acc-1@2026-03-02T12:01:00.000Z');
    expect(await stores.summaries.recentlyOpened(new Date(t0 + 30_000).toISOString())).toEqual([key]);
  });

  it('writes again when the clock went back, after clear(), and after a failed write', async () => {
    const { stores, calls, fail } = countingStores();
    const record = createOpenedRecorder(stores, minute);
    await record(key, t0);
    await record(key, t0 - 5_000);
    expect(calls).toHaveLength(2);
    record.clear();
    await record(key, t0 - 4_000);
    expect(calls).toHaveLength(3);
    fail(true);
    await expect(record(key, t0 + 2 * minute)).rejects.toThrow('store down');
    fail(false);
    await record(key, t0 + 2 * minute + 1);
    expect(calls).toHaveLength(4);
  });
});
