/**
 * The core summary functions the server pipeline uses, in one place (all from @successkit/core).
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
} from '@successkit/core';
export type { AnonymizationMapping as PseudonymMapping, PreparedSummaryRequest } from '@successkit/core';
