/**
 * The configuration side of the summary service: the tenant's versioned config (read, validate
 * and save), the admin preview of exactly what would leave the server, feedback votes and the
 * helpfulness report by config version and model.
 */
import type {
  Feedback,
  FeedbackRequest,
  SummaryConfig,
  SummaryConfigInput,
  SummaryConfigResponse,
  SummaryPreview,
} from '@successkit/core';
import type { Caller } from '../auth/caller.ts';
import type { TenantData } from '../data/tenant-data.ts';
import { HttpProblem } from '../http/http-problem.ts';
import type { SummaryService } from './summary-service.ts';
import { buildSummaryPreview, validateSummaryConfig } from './summary-core.ts';
import type { SummaryRuntime } from './summary-runtime.ts';

type Settings = Pick<SummaryService, 'getConfig' | 'putConfig' | 'preview' | 'sendFeedback' | 'feedbackReport'>;

/** Loads the caller's tenant data or answers 404. */
export async function tenantOf(runtime: SummaryRuntime, caller: Caller): Promise<TenantData> {
  const tenant = await runtime.data.get(caller.tenantId);
  if (!tenant) throw new HttpProblem('not-found', 'Unknown tenant.');
  return tenant;
}

/** Answers 404 unless the account exists in the tenant. */
export function assertAccount(tenant: TenantData, accountId: string): void {
  if (!tenant.model.index.accountsById.has(accountId)) throw new HttpProblem('not-found', `No account "${accountId}".`);
}

function parseConfig(tenant: TenantData, input: SummaryConfigInput): SummaryConfig {
  const result = validateSummaryConfig(input, tenant.model.index.dataset.attributes);
  if (!result.ok)
    throw new HttpProblem('validation', 'The summary configuration is invalid.', {
      errors: result.errors.map((e) => ({ path: e.path ? `body.${e.path}` : 'body', message: e.message })),
    });
  return result.config;
}

/** Creates the settings half of the summary service. */
export function createSummarySettings(runtime: SummaryRuntime): Settings {
  const { stores } = runtime;
  const respond = (tenant: TenantData, config: Awaited<ReturnType<SummaryRuntime['currentConfig']>>): SummaryConfigResponse => ({
    ...config,
    attributes: tenant.model.index.dataset.attributes.map((a) => ({
      key: a.key,
      label: a.label,
      type: a.type,
      category: a.category,
      pii: a.pii ?? false,
      restricted: a.restricted ?? false,
    })),
  });

  return {
    async getConfig(caller) {
      const tenant = await tenantOf(runtime, caller);
      return respond(tenant, await runtime.currentConfig(tenant));
    },
    async putConfig(caller, input) {
      const tenant = await tenantOf(runtime, caller);
      const config = parseConfig(tenant, input);
      const saved = await stores.config.save(tenant.tenantId, config, caller.userId, new Date(runtime.now()).toISOString());
      runtime.logger.info({ tenantId: tenant.tenantId, version: saved.version }, 'summary config saved');
      return respond(tenant, saved);
    },
    async preview(caller, body): Promise<SummaryPreview> {
      const tenant = await tenantOf(runtime, caller);
      const config = parseConfig(tenant, body.config);
      const accounts = tenant.model.index.dataset.accounts;
      const accountId = body.accountId ?? (accounts.find((a) => a.parentId === null) ?? accounts[0])?.id;
      if (accountId === undefined) throw new HttpProblem('not-found', 'The tenant has no accounts.');
      assertAccount(tenant, accountId);
      return buildSummaryPreview(tenant.model, accountId, config, new Date(runtime.now()).toISOString());
    },
    async sendFeedback(caller, accountId, request: FeedbackRequest): Promise<Feedback> {
      const tenant = await tenantOf(runtime, caller);
      assertAccount(tenant, accountId);
      const config = await runtime.currentConfig(tenant);
      const summary =
        (await stores.summaries.get({ tenantId: tenant.tenantId, accountId, configVersion: config.version })) ??
        (await stores.summaries.latestForAccount(tenant.tenantId, accountId));
      if (!summary) throw new HttpProblem('not-found', 'The account has no summary to rate yet.');
      const vote: Feedback = {
        summaryId: summary.id,
        tenantId: tenant.tenantId,
        accountId,
        userId: caller.userId,
        vote: request.vote,
        reason: request.reason?.trim() || null,
        configVersion: summary.configVersion,
        model: summary.generator.model,
        at: new Date(runtime.now()).toISOString(),
      };
      await stores.feedback.put(vote);
      return vote;
    },
    async feedbackReport(caller) {
      const votes = await stores.feedback.list(caller.tenantId);
      const rows = new Map<string, { configVersion: number; model: string | null; up: number; down: number }>();
      for (const vote of votes) {
        const key = JSON.stringify([vote.configVersion, vote.model]);
        const row = rows.get(key) ?? { configVersion: vote.configVersion, model: vote.model, up: 0, down: 0 };
        row[vote.vote] += 1;
        rows.set(key, row);
      }
      return {
        rows: [...rows.values()]
          .sort((a, b) => a.configVersion - b.configVersion || String(a.model).localeCompare(String(b.model)))
          .map((row) => ({ ...row, helpfulness: row.up + row.down === 0 ? null : row.up / (row.up + row.down) })),
      };
    },
  };
}
