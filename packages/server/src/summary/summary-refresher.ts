/**
 * `createSummaryRefresher`: regenerates, before they expire, the summaries someone opened
 * recently (by default: opened in the last day, expiring within the next hour), so the next
 * open finds a fresh one. Off by default; `runOnce()` is what the timer calls.
 */
import type { JobStarter } from './summary-job-starter.ts';
import type { SummaryRuntime } from './summary-runtime.ts';

/** Refresher options. */
export interface RefresherOptions {
  enabled: boolean;
  /** Summaries opened within this window are kept fresh (default 24 h). */
  openedWithinMs?: number;
  /** Regenerate when a summary expires within this window (default 1 h). */
  beforeExpiryMs?: number;
  /** How often to look (default 10 min). */
  intervalMs?: number;
}

/** A running refresher. */
export interface SummaryRefresher {
  /** One pass; resolves with the number of jobs started. */
  runOnce(): Promise<number>;
  stop(): void;
}

/** Creates (and, when enabled, starts) the refresher. */
export function createSummaryRefresher(runtime: SummaryRuntime, startJob: JobStarter, options: RefresherOptions): SummaryRefresher {
  const openedWithinMs = options.openedWithinMs ?? 24 * 60 * 60 * 1000;
  const beforeExpiryMs = options.beforeExpiryMs ?? 60 * 60 * 1000;
  const { stores } = runtime;
  let running: Promise<number> | null = null;

  const pass = async (): Promise<number> => {
    const now = runtime.now();
    const keys = await stores.summaries.recentlyOpened(new Date(now - openedWithinMs).toISOString());
    let started = 0;
    for (const key of keys) {
      try {
        const tenant = await runtime.data.get(key.tenantId);
        if (!tenant || !tenant.model.index.accountsById.has(key.accountId)) continue;
        const config = await runtime.currentConfig(tenant);
        if (!config.config.enabled || config.version !== key.configVersion) continue;
        const summary = await stores.summaries.get(key);
        if (!summary || Date.parse(summary.expiresAt) - now > beforeExpiryMs) continue;
        if (await stores.jobs.findActive(key)) continue;
        await startJob(tenant, config, key.accountId, 'refresher');
        started += 1;
      } catch (error) {
        // A budget or size limit skips this key; the next open reports it to the user.
        runtime.logger.warn({ tenantId: key.tenantId, error: (error as Error).name }, 'summary refresher skipped a key');
      }
    }
    return started;
  };

  const runOnce = () => (running ??= pass().finally(() => (running = null)));
  const timer = options.enabled ? setInterval(() => void runOnce(), options.intervalMs ?? 10 * 60 * 1000) : null;
  timer?.unref();
  return {
    runOnce,
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
