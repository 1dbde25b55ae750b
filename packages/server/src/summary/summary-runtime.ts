/**
 * `SummaryRuntime`: what the summary service, its job runner and its refresher share — the
 * tenant data, stores, generator, clock, limits, a logger, and a memo of prepared (built and
 * anonymized) requests so the cached path does not rebuild the input on every GET.
 */
import type { JobQueue, Stores, SummaryConfig, SummaryGenerator, VersionedSummaryConfig } from '@successkit/core';
import type { TenantData, TenantDataProvider } from '../data/tenant-data.ts';
import { defaultSummaryConfig, prepareSummaryRequest, type PreparedSummaryRequest } from './summary-core.ts';

/** A pino-compatible logger (only what the summary engine calls). Never given account data. */
export interface SummaryLogger {
  info(object: Record<string, unknown>, message: string): void;
  warn(object: Record<string, unknown>, message: string): void;
  error(object: Record<string, unknown>, message: string): void;
}

/** Limits on model use. */
export interface SummaryLimits {
  /** Largest prompt, in estimated tokens (default 30 000); above → 422 input-too-large. */
  maxInputTokens: number;
  /** Daily model spend per tenant in USD (UTC day); reached → 429 budget-exceeded. */
  dailyBudgetUsd?: number;
  /** Daily tokens per tenant (UTC day); reached → 429 budget-exceeded. */
  dailyTokens?: number;
}

/** Shared state of one summary service. */
export interface SummaryRuntime {
  data: TenantDataProvider;
  stores: Stores;
  queue: JobQueue;
  generator: SummaryGenerator;
  now: () => number;
  limits: SummaryLimits;
  logger: SummaryLogger;
  /** The tenant's current config (the default, version 1, when never saved). */
  currentConfig(tenant: TenantData): Promise<VersionedSummaryConfig>;
  /** Builds and anonymizes the request for an account (memoized per data load, config and time). */
  prepare(tenant: TenantData, accountId: string, config: VersionedSummaryConfig, asOf: string): PreparedSummaryRequest;
}

const silentLogger: SummaryLogger = { info() {}, warn() {}, error() {} };

/** Builds the runtime. */
export function createSummaryRuntime(options: {
  data: TenantDataProvider;
  stores: Stores;
  queue: JobQueue;
  generator: SummaryGenerator;
  now?: () => number;
  limits?: Partial<SummaryLimits>;
  logger?: SummaryLogger;
}): SummaryRuntime {
  const memo = new Map<string, PreparedSummaryRequest>();
  const maxMemo = 2000;
  return {
    data: options.data,
    stores: options.stores,
    queue: options.queue,
    generator: options.generator,
    now: options.now ?? Date.now,
    limits: { maxInputTokens: 30_000, ...options.limits },
    logger: options.logger ?? silentLogger,
    async currentConfig(tenant) {
      const saved = await options.stores.config.get(tenant.tenantId);
      return saved ?? { version: 1, config: defaultSummaryConfig, updatedAt: tenant.loadedAt, updatedBy: null };
    },
    prepare(tenant, accountId, config, asOf) {
      // Tenant id length-prefixed; loadedAt and asOf are ISO times, the data and config versions numbers, so
      // '|' cannot occur in them and the key is unambiguous (the account id comes last).
      const key = `${tenant.tenantId.length}:${tenant.tenantId}|${tenant.loadedAt}|${tenant.dataVersion}|${config.version}|${asOf}|${accountId}`;
      const hit = memo.get(key);
      if (hit) return hit;
      const prepared = prepareSummaryRequest(
        tenant.model,
        accountId,
        config.config as SummaryConfig,
        asOf,
      );
      if (memo.size >= maxMemo) memo.delete(memo.keys().next().value!);
      memo.set(key, prepared);
      return prepared;
    },
  };
}
