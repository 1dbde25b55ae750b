/**
 * The core summary functions the server pipeline uses, in one place (all from @successkit/core).
 */
export {
  SUMMARY_TTL_MS,
  SingleFlight,
  buildEvidence,
  buildSummaryPreview,
  createOfflineGenerator,
  defaultSummaryConfig,
  deanonymize,
  deanonymizeOutput,
  estimateTokens,
  isExpired,
  prepareSummaryRequest,
  summaryResponseSchemaText,
  validateSummaryConfig,
} from '@successkit/core';
export type { PreparedSummaryRequest } from '@successkit/core';
