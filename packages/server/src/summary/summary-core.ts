/**
 * The core summary functions the server pipeline uses, in one place. Today they come from a
 * temporary placeholder (core-summary-placeholders.ts) because @successkit/core's index does not
 * export them yet. Swap (verified to typecheck and pass every test against core's files):
 * re-export these names from '@successkit/core' (SUMMARY_TTL_MS, isExpired — cache-policy;
 * SingleFlight; buildEvidence; buildSummaryPreview, estimateTokens, prepareSummaryRequest and
 * type PreparedSummaryRequest — prepare-summary; checkFaithfulness; createOfflineGenerator;
 * defaultSummaryConfig, validateSummaryConfig — config; deanonymize, deanonymizeOutput) and
 * delete core-summary-placeholders.ts.
 */
export {
  SUMMARY_TTL_MS,
  SingleFlight,
  buildEvidence,
  buildSummaryPreview,
  checkFaithfulness,
  createOfflineGenerator,
  defaultSummaryConfig,
  deanonymize,
  deanonymizeOutput,
  estimateTokens,
  isExpired,
  prepareSummaryRequest,
  validateSummaryConfig,
} from './core-summary-placeholders.ts';
export type { PreparedSummaryRequest, PseudonymMapping } from './core-summary-placeholders.ts';
