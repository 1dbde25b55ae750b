/**
 * The tenant's summary configuration: read the current version (with the attributes it can
 * select), validate a new one against the tenant's attributes (every problem at its `body.<path>`)
 * and save it as the next version.
 */
import type { SummaryConfig, SummaryConfigInput, SummaryConfigResponse } from '@successkit/core';
import type { TenantData } from '../data/tenant-data.ts';
import { HttpProblem } from '../http/http-problem.ts';
import { validateSummaryConfig } from './summary-core.ts';
import type { SummaryRuntime } from './summary-runtime.ts';
import type { SummaryService } from './summary-service.ts';
import { tenantOf } from './summary-tenant.ts';

/** Validates a configuration for the tenant, or answers 400 with every problem. */
export function parseConfig(tenant: TenantData, input: SummaryConfigInput): SummaryConfig {
  const result = validateSummaryConfig(input, tenant.model.index.dataset.attributes);
  if (!result.ok)
    throw new HttpProblem('validation', 'The summary configuration is invalid.', {
      errors: result.errors.map((e) => ({ path: e.path ? `body.${e.path}` : 'body', message: e.message })),
    });
  return result.config;
}

/** Creates `getConfig` and `putConfig` of the summary service. */
export function createSummaryConfiguration(runtime: SummaryRuntime): Pick<SummaryService, 'getConfig' | 'putConfig'> {
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
      const saved = await runtime.stores.config.save(tenant.tenantId, config, caller.userId, new Date(runtime.now()).toISOString());
      runtime.logger.info({ tenantId: tenant.tenantId, version: saved.version }, 'summary config saved');
      return respond(tenant, saved);
    },
  };
}
