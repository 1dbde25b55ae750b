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

// Dataset loading
export { parseDataset, parseDatasetText } from './dataset/parse-dataset.ts';
export { DatasetError, formatPath } from './dataset/dataset-error.ts';
export type { DatasetProblem } from './dataset/dataset-error.ts';
export { checkDatasetRules } from './dataset/dataset-rules.ts';
export { MemoryDataSource } from './data-source/memory-data-source.ts';

// Hierarchy and rollups
export { buildHierarchy } from './hierarchy/hierarchy.ts';
export type { Hierarchy } from './hierarchy/hierarchy.ts';
export { createRollups } from './hierarchy/rollups.ts';
export type { Rollups } from './hierarchy/rollups.ts';

// Health
export { computeAccountHealth } from './health/account-health.ts';
export { computeHealthHistory, trendOf, weekStartOf, trendWindowWeeks, trendFlatPoints } from './health/health-history.ts';
export { createHealthEngine } from './health/health-engine.ts';
export type { HealthEngine } from './health/health-engine.ts';
export { scoreMeasure, thresholdScores } from './health/measure-score.ts';
export { bandOf } from './health/health-band.ts';

// Account profile
export { attributeValueAt } from './profile/attribute-at.ts';
export { recentChanges } from './profile/recent-changes.ts';
export { lifecycleStages } from './profile/lifecycle.ts';
export type { LifecycleStage } from './profile/lifecycle.ts';
export { buildAccountProfile } from './profile/account-profile.ts';
export type { AccountViewOptions } from './profile/account-profile.ts';
export { buildAccountChildren } from './profile/account-children.ts';

// Synthetic data
export { generateDataset, streamDataset } from './synthetic/generate-dataset.ts';
export type { GenerateDatasetOptions } from './synthetic/generate-dataset.ts';
