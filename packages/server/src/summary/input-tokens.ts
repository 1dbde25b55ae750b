/**
 * The size of a summary request as the provider counts it: the system and user messages plus
 * the per-request response schema (its evidence enum lists the payload's points keys), which
 * goes with every request — as `response_format` or inside the prompt — and is billed as input.
 * The `maxInputTokens` limit is checked against this figure, before a job starts and again
 * before the model is called.
 */
import { estimateTokens, summaryResponseSchemaText, type PreparedSummaryRequest } from './summary-core.ts';

/** The estimated input tokens of a prepared request: both messages and the response schema. */
export function inputTokensOf(prepared: PreparedSummaryRequest): number {
  return estimateTokens(prepared.messages.system) + estimateTokens(prepared.messages.user) + estimateTokens(summaryResponseSchemaText(prepared.payload));
}
