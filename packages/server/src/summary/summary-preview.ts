/**
 * The admin preview of a configuration: exactly what would leave the server for one account
 * (the tenant's first root account when none is named), without calling the model.
 */
import type { SummaryPreview } from '@successkit/core';
import { HttpProblem } from '../http/http-problem.ts';
import { parseConfig } from './summary-configuration.ts';
import { buildSummaryPreview } from './summary-core.ts';
import type { SummaryRuntime } from './summary-runtime.ts';
import type { SummaryService } from './summary-service.ts';
import { assertAccount, tenantOf } from './summary-tenant.ts';

/** Creates `preview` of the summary service. */
export function createSummaryPreview(runtime: SummaryRuntime): Pick<SummaryService, 'preview'> {
  return {
    async preview(caller, body): Promise<SummaryPreview> {
      const tenant = await tenantOf(runtime, caller);
      const config = parseConfig(tenant, body.config);
      const accounts = tenant.model.index.dataset.accounts;
      const accountId = body.accountId ?? (accounts.find((a) => a.parentId === null) ?? accounts[0])?.id;
      if (accountId === undefined) throw new HttpProblem('not-found', 'The tenant has no accounts.');
      assertAccount(tenant, accountId);
      return buildSummaryPreview(tenant.model, accountId, config, new Date(runtime.now()).toISOString());
    },
  };
}
