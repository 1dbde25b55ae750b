/**
 * `createDataChangedSince`: a summary answer's `dataChangedSince` (DESIGN.md "Live data":
 * summaries know when data changed) — how many changes of the tenant's change log touched the
 * account or its subtree after the `seq` the summary was generated from, and when the latest
 * was accepted — without keeping the log in memory.
 *
 * Per tenant it holds a bounded window of the most recent changes (seq, time, the accounts each
 * touched: the account itself, its old and new parent, the account of an activity, the accounts
 * of a contact), caught up from the change log when a summary is read and the tenant's data is
 * newer than the window. The subtree test walks the current hierarchy up from each touched
 * account (a few steps). A summary older than the window pages the log from its `seq` to the
 * window's floor in bounded pages, once: that stretch of the log never changes, so its count is
 * remembered (and extended as the window slides). An answer waits for that count at most
 * `olderWaitMs`; a longer stretch (hundreds of thousands of changes) is counted in the
 * background, and answers meanwhile carry the changes counted so far. Tenant-wide changes (attribute definitions,
 * users, teams, account types, health profiles) touch no account and are not counted.
 */
import type { DataChange, DataChangedSince } from '@successkit/core';
import type { TenantData } from '../data/tenant-data.ts';
import { changeWindow, touchedAccounts, type ChangeWindow } from './change-window.ts';

/** Reads the change log: up to `limit` changes with `seq > after`, in order (`RecordStore.changesAfter`). */
export type ChangeSource = (tenantId: string, after: number, limit: number) => Promise<DataChange[]>;

/** Options of `createDataChangedSince`. */
export interface DataChangedSinceOptions {
  /** The change log; without one (datasets served from memory) every answer is `null`. */
  changes?: ChangeSource | undefined;
  /** Changes held per tenant (default 10 000). */
  windowSize?: number;
  /** Rows read from the log per query (default 1 000). */
  pageSize?: number;
  /** Answers remembered (default 2 000). */
  memoSize?: number;
  /**
   * How long an answer waits for the log to be read for a summary older than the window
   * (default 250 ms); past it, it answers with the changes counted so far and the count goes on
   * in the background, so a GET never waits for a long log.
   */
  olderWaitMs?: number;
}

/** Computes `dataChangedSince` for summary answers. */
export interface DataChangedSinceIndex {
  /**
   * Changes to the account or its subtree with `seq` in `(since, tenant.dataVersion]`, or `null`
   * when there are none or `since` is unknown (a summary stored before live data).
   */
  compute(tenant: TenantData, accountId: string, since: number | undefined): Promise<DataChangedSince | null>;
}

interface Tally {
  changes: number;
  latestMs: number;
}

/**
 * Creates the index.
 *
 * @example
 * ```ts
 * const changed = createDataChangedSince({ changes: (t, after, limit) => records.changesAfter(t, after, limit) });
 * await changed.compute(tenant, 'acc-1', summary.dataVersion); // { changes: 3, latestAt: '2026-…' } or null
 * ```
 */
export function createDataChangedSince(options: DataChangedSinceOptions = {}): DataChangedSinceIndex {
  const source = options.changes;
  const windowSize = options.windowSize ?? 10_000;
  const pageSize = options.pageSize ?? 1_000;
  const memoSize = options.memoSize ?? 2_000;
  const waitMs = options.olderWaitMs ?? 250;
  const windows = new Map<string, ChangeWindow>();
  const catching = new Map<string, Promise<void>>();
  const answers = new Map<string, DataChangedSince | null>();
  // Counts of log stretches older than the window: (tenant, account, since) → tally up to `upTo`.
  const older = new Map<string, Tally & { upTo: number }>();
  const scans = new Map<string, Promise<void>>();

  const remember = <V>(map: Map<string, V>, key: string, value: V) => {
    if (map.size >= memoSize) map.delete(map.keys().next().value!);
    map.set(key, value);
  };

  const catchUp = (tenantId: string, target: number): Promise<void> => {
    const running = catching.get(tenantId);
    if (running) return running.then(() => catchUp(tenantId, target));
    let window = windows.get(tenantId);
    if (window && window.top >= target) return Promise.resolve();
    const work = (async () => {
      if (!window || target - window.top > windowSize) {
        // First use, or too far behind to keep what is held: start a window of the latest changes.
        window = changeWindow(windowSize, Math.max(0, target - windowSize));
        windows.set(tenantId, window);
      }
      while (window.top < target) {
        const page = await source!(tenantId, window.top, Math.min(pageSize, target - window.top));
        if (page.length === 0) break;
        for (const change of page) if (change.seq <= target) window.push(change.seq, Date.parse(change.at), touchedAccounts(change));
        if (page.at(-1)!.seq >= target) break;
      }
    })();
    catching.set(tenantId, work);
    return work.finally(() => catching.delete(tenantId));
  };

  /**
   * Counts the stretch `(since, floor]` of the log for a subtree, page by page, into `older`
   * (so a later call, or a slid window, continues where it stopped). Resolves with the tally
   * so far after at most `waitMs`; the scan goes on in the background and the next answers use it.
   */
  const olderTally = async (tenant: TenantData, accountId: string, since: number, floor: number): Promise<Tally & { complete: boolean }> => {
    const key = `${tenant.tenantId.length}:${tenant.tenantId}|${since}|${accountId}`;
    const known = () => older.get(key) ?? { upTo: since, changes: 0, latestMs: 0 };
    if (known().upTo < floor && !scans.has(key)) {
      const scan = (async () => {
        let tally = known();
        while (tally.upTo < floor) {
          // Let requests (and the answer's wait) run between pages: a store may read synchronously.
          await new Promise((resolve) => setImmediate(resolve));
          const page = await source!(tenant.tenantId, tally.upTo, Math.min(pageSize, floor - tally.upTo));
          if (page.length === 0) break;
          let { changes, latestMs } = tally;
          for (const change of page) {
            if (change.seq > floor) break;
            if (!inSubtree(tenant, accountId, touchedAccounts(change))) continue;
            changes += 1;
            latestMs = Math.max(latestMs, Date.parse(change.at));
          }
          tally = { upTo: Math.min(page.at(-1)!.seq, floor), changes, latestMs };
          remember(older, key, tally);
        }
      })();
      scans.set(key, scan);
      void scan.catch(() => undefined).finally(() => scans.delete(key));
    }
    const scan = scans.get(key);
    if (scan) await Promise.race([scan, new Promise((resolve) => setTimeout(resolve, waitMs).unref?.())]);
    const tally = known();
    return { changes: tally.changes, latestMs: tally.latestMs, complete: tally.upTo >= floor };
  };

  return {
    async compute(tenant, accountId, since) {
      const target = tenant.dataVersion;
      if (since === undefined || since >= target || !source) return null;
      const key = `${tenant.tenantId.length}:${tenant.tenantId}|${tenant.loadedAt}|${since}|${target}|${accountId}`;
      if (answers.has(key)) return answers.get(key)!;
      await catchUp(tenant.tenantId, target);
      const window = windows.get(tenant.tenantId)!;
      const tally: Tally = { changes: 0, latestMs: 0 };
      window.forEachAfter(since, target, (atMs, accounts) => {
        if (!inSubtree(tenant, accountId, accounts)) return;
        tally.changes += 1;
        if (atMs > tally.latestMs) tally.latestMs = atMs;
      });
      let complete = true;
      if (since < window.floor) {
        const old = await olderTally(tenant, accountId, since, window.floor);
        tally.changes += old.changes;
        tally.latestMs = Math.max(tally.latestMs, old.latestMs);
        complete = old.complete;
      }
      const answer = tally.changes > 0 ? { changes: tally.changes, latestAt: new Date(tally.latestMs).toISOString() } : null;
      // A count still going on in the background is not remembered: the next answer has more.
      if (complete) remember(answers, key, answer);
      return answer;
    },
  };
}

/** Whether `accountId` is one of `accounts` or an ancestor of one, in the tenant's current hierarchy. */
function inSubtree(tenant: TenantData, accountId: string, accounts: readonly string[]): boolean {
  const hierarchy = tenant.model.hierarchy;
  for (const touched of accounts) {
    let current: string | null = touched;
    while (current !== null) {
      if (current === accountId) return true;
      current = hierarchy.has(current) ? hierarchy.parent(current) : null;
    }
  }
  return false;
}
