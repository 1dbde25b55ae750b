/**
 * `@successkit/core`: the domain model, dataset contract, computations and summary pipeline of
 * successkit. Pure TypeScript: no Node, no DOM; the clock, stores and seeds are passed in.
 * The HTTP client lives in `@successkit/core/client`.
 */

// Dataset contract
export * from './dataset/schema.ts';
export { indexDataset } from './dataset/dataset-index.ts';
export type { DatasetIndex } from './dataset/dataset-index.ts';
export { findAttributeByMeaning, inactiveContractStatuses, isInactiveContractStatus } from './dataset/attribute-meaning.ts';

// Data access
export { readAll } from './data-source/data-source.ts';
export type { ActivityQuery, DataSource, DataSourceMetadata, Page, PageRequest } from './data-source/data-source.ts';

// API contract
export * from './api/index.ts';

// Summary contracts
export * from './summary/output-schema.ts';
export * from './summary/config-schema.ts';

// Implementation contracts (server, stores, queue, generators)
export { GenerationError } from './contracts/summary-generator.ts';
export type {
  GenerateRequest,
  GenerateResult,
  GenerationFailureKind,
  PromptMessages,
  SummaryGenerator,
} from './contracts/summary-generator.ts';
export type {
  ConfigStore,
  EventBus,
  FeedbackStore,
  JobStore,
  LockStore,
  Stores,
  SummaryKey,
  SummaryStore,
  UsageStore,
} from './contracts/stores.ts';
export type { JobHandler, JobQueue, QueuedJob } from './contracts/job-queue.ts';
