/**
 * Feedback on summaries: a user's vote (up or down, with an optional reason) on the account's
 * current summary, stored with the config version and model that produced it.
 */
import type { Feedback, FeedbackRequest } from '@successkit/core';
import { HttpProblem } from '../http/http-problem.ts';
import type { SummaryRuntime } from './summary-runtime.ts';
import type { SummaryService } from './summary-service.ts';
import { assertAccount, tenantOf } from './summary-tenant.ts';

/** Creates `sendFeedback` of the summary service. */
export function createSummaryFeedback(runtime: SummaryRuntime): Pick<SummaryService, 'sendFeedback'> {
  const { stores } = runtime;
  return {
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
  };
}
