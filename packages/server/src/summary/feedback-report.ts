/**
 * The helpfulness report: the tenant's feedback votes counted by config version and model, with
 * the share of up votes (null when a row has none), so an admin can compare configurations.
 */
import type { SummaryRuntime } from './summary-runtime.ts';
import type { SummaryService } from './summary-service.ts';

/** Creates `feedbackReport` of the summary service. */
export function createFeedbackReport(runtime: SummaryRuntime): Pick<SummaryService, 'feedbackReport'> {
  return {
    async feedbackReport(caller) {
      const votes = await runtime.stores.feedback.list(caller.tenantId);
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
