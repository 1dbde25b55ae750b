/**
 * The change feed across processes on PostgreSQL: every commit that moves a tenant's `seq` (or
 * creates a tenant) sends `NOTIFY sk_changes, '{"tenant":…,"seq":…}'` in its transaction, so
 * the notice arrives only once the data is visible, and in commit order. Payloads carry no
 * data and are not replayed; a process catches up by `seq` instead:
 *
 * - one dedicated connection per process runs `LISTEN sk_changes`;
 * - on every (re)connect of that connection, and every `reconcileMs` as a safety net for a
 *   connection that died silently, it reads every tenant's latest `seq` and reports the ones
 *   that moved since it last looked (all of them the first time), so a process that was down or
 *   disconnected misses nothing;
 * - when the connection drops (PostgreSQL restarted), it listens again, at most `retryMs` apart,
 *   until the server is back.
 *
 * The watchers then read the changes themselves (`changesAfter(tenant, theirSeq)`).
 */
import postgres, { type Sql } from 'postgres';
import { postgresOptions } from './postgres-connection.ts';

/** The notification channel. */
export const changeChannel = 'sk_changes';

/** Options of the change feed. */
export interface PostgresChangeFeedOptions {
  /** Delay between attempts to listen again while the server is away, in ms (default 500). */
  retryMs?: number;
  /** How often every tenant's `seq` is compared anyway, in ms (default 5000; 0: never). */
  reconcileMs?: number;
}

/** One process's subscription to the change feed. */
export interface PostgresChangeFeed {
  /** Adds a watcher; returns the function that removes it. */
  watch(onSeq: (tenantId: string, seq: number) => void): () => void;
  /** Whether the `LISTEN` connection is up. */
  readonly listening: boolean;
  close(): Promise<void>;
}

/** Parses a notification payload; `null` when it is not one of ours. */
function parseChangeNotice(payload: string): { tenant: string; seq: number } | null {
  try {
    const value = JSON.parse(payload) as { tenant?: unknown; seq?: unknown };
    if (typeof value.tenant !== 'string' || typeof value.seq !== 'number') return null;
    return { tenant: value.tenant, seq: value.seq };
  } catch {
    return null;
  }
}

/**
 * Starts following the change feed of the database at `url` (lazily: the `LISTEN` connection
 * opens with the first watcher). `readSeqs` reads every tenant's latest `seq` (the catch-up).
 *
 * @example
 * ```ts
 * const feed = createPostgresChangeFeed(url, () => store.allSeqs());
 * const stop = feed.watch((tenant, seq) => follower.catchUp(tenant, seq));
 * ```
 */
export function createPostgresChangeFeed(url: string, readSeqs: () => Promise<Map<string, number>>, options: PostgresChangeFeedOptions = {}): PostgresChangeFeed {
  const retryMs = options.retryMs ?? 500;
  const reconcileMs = options.reconcileMs ?? 5_000;
  const watchers = new Set<(tenantId: string, seq: number) => void>();
  const seen = new Map<string, number>();
  let sql: Sql | null = null;
  let listening = false;
  let closed = false;
  let connecting: Promise<void> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let reconcileTimer: ReturnType<typeof setInterval> | undefined;

  const report = (tenant: string, seq: number): void => {
    if ((seen.get(tenant) ?? -1) < seq) seen.set(tenant, seq);
    for (const watcher of [...watchers]) {
      try {
        watcher(tenant, seq);
      } catch {
        // A watcher's failure is its own: the others still hear about the change.
      }
    }
  };

  const catchUp = async (all: boolean): Promise<void> => {
    const seqs = await readSeqs();
    for (const [tenant, seq] of seqs) if (all || (seen.get(tenant) ?? -1) < seq) report(tenant, seq);
  };

  const scheduleListen = (): void => {
    if (closed || retryTimer || connecting) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void listen();
    }, retryMs);
    retryTimer.unref();
  };

  const listen = (): Promise<void> =>
    (connecting ??= (async () => {
      await null; // run after `connecting` is assigned, so clearing it below always sticks
      try {
        sql ??= postgres(url, {
          ...postgresOptions({ max: 1, applicationName: 'successkit-feed' }),
          idle_timeout: 0,
          max_lifetime: null,
          // Read by the client for every NotificationResponse (what its own `listen` uses).
          onnotify: (channel: string, payload: string) => {
            if (channel !== changeChannel) return;
            const notice = parseChangeNotice(payload);
            if (notice) report(notice.tenant, notice.seq);
          },
          onclose: () => {
            listening = false;
            scheduleListen();
          },
        } as Parameters<typeof postgres>[1]);
        await sql.unsafe(`LISTEN ${changeChannel}`);
        listening = true;
        // Listening first, reading second: nothing committed in between can be missed.
        await catchUp(true);
        connecting = null;
      } catch {
        listening = false;
        connecting = null;
        scheduleListen(); // after clearing `connecting`, or the retry would be skipped
      }
    })());

  const start = (): void => {
    void listen();
    if (reconcileMs > 0) {
      reconcileTimer = setInterval(() => {
        if (listening) catchUp(false).catch(() => {});
      }, reconcileMs);
      reconcileTimer.unref();
    }
  };

  return {
    watch(onSeq) {
      watchers.add(onSeq);
      if (!sql && !connecting && !closed) start();
      else if (listening) {
        // A late watcher hears where every tenant is now.
        for (const [tenant, seq] of seen) onSeq(tenant, seq);
      }
      return () => {
        watchers.delete(onSeq);
      };
    },
    get listening() {
      return listening;
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      clearInterval(reconcileTimer);
      watchers.clear();
      await connecting?.catch(() => {});
      await sql?.end({ timeout: 1 });
    },
  };
}
