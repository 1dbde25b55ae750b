/**
 * `@successkit/core`: the domain model, dataset contract, computations and summary pipeline of
 * successkit. Pure TypeScript: no Node, no DOM; the clock, stores and seeds are passed in.
 * The HTTP client lives in `@successkit/core/client`.
 */

// Dataset contract
export {
  accountSchema,
  accountTypeSchema,
  actorSchema,
  assetSchema,
  assignmentSchema,
  attributeCategorySchema,
  attributeChangeSchema,
  attributeDefinitionSchema,
  attributeMeaningSchema,
  attributeTypeSchema,
  attributeValueSchema,
  collectionRecordSchema,
  contactSchema,
  datasetSchema,
  datasetVersions,
  dimensionSchema,
  endUserSchema,
  healthProfileSchema,
  isoDateTime,
  measureRuleSchema,
  measureSchema,
  measureSourceSchema,
  rollupSchema,
  seatSchema,
  sentimentSchema,
  taskSchema,
  teamSchema,
  ticketSchema,
  touchpointSchema,
  usageRowSchema,
  userSchema,
  webUrl,
} from './dataset/schema.ts';
export type {
  Account,
  AccountType,
  Asset,
  Assignment,
  AttributeCategory,
  AttributeChange,
  AttributeDefinition,
  AttributeMeaning,
  AttributeType,
  AttributeValue,
  ChangeActor,
  CollectionRecord,
  Contact,
  Dataset,
  DatasetInput,
  Dimension,
  EndUser,
  HealthProfile,
  Measure,
  MeasureRule,
  MeasureSource,
  Rollup,
  Seat,
  Sentiment,
  Task,
  Team,
  Ticket,
  Touchpoint,
  UsageRow,
  User,
} from './dataset/schema.ts';
export { indexDataset } from './dataset/dataset-index.ts';
export type { DatasetIndex } from './dataset/dataset-index.ts';
export { findAttributeByMeaning, inactiveContractStatuses, isInactiveContractStatus } from './dataset/attribute-meaning.ts';

// Errors
export { SuccessKitError } from './errors/successkit-error.ts';
export { AccountNotFoundError } from './errors/account-not-found-error.ts';
export { InvalidArgumentError } from './errors/invalid-argument-error.ts';
export { InvalidStateError } from './errors/invalid-state-error.ts';
export { ChangeOrderError } from './model/change-order-error.ts';

// Live data: the dataset model and the change log
export { createDatasetModel } from './model/dataset-model.ts';
export type { DatasetModel, DatasetModelOptions } from './model/dataset-model.ts';
export { entityKinds, entityKeyFields, entityKeyOf, entityKeyParts, entitiesOf } from './model/data-change.ts';
export type { Actor, DataChange, EntityKind, EntityOf } from './model/data-change.ts';
export { attributeChangesOf } from './model/attribute-history.ts';
export { applyChangesToDataset } from './model/apply-to-dataset.ts';

// Data access
export { readAll } from './data-source/data-source.ts';
export type { ActivityQuery, DataSource, DataSourceMetadata, Page, PageRequest } from './data-source/data-source.ts';

// API contract (v1): every request and response shape, as zod schemas shared by the server
// (validation, OpenAPI) and the client (response checks).
export { problemSchema, problemTypeBase, problemTypes, problemTypeUri } from './api/problem.ts';
export type { Problem, ProblemType } from './api/problem.ts';
export {
  accountChildrenSchema,
  accountProfileSchema,
  accountRefSchema,
  bandSchema,
  childAccountSchema,
  dimensionScoreSchema,
  healthHistorySchema,
  healthScoreSchema,
  healthWeekSchema,
  measureScoreSchema,
  profileAttributeSchema,
  recentChangeSchema,
  trendSchema,
} from './api/account-view.ts';
export type { AccountChildren, AccountProfile, Band, HealthHistory, HealthScore, RecentChange, Trend } from './api/account-view.ts';
export {
  configurableAttributeSchema,
  dataChangedSinceSchema,
  feedbackReportSchema,
  feedbackRequestSchema,
  feedbackSchema,
  generationUsageSchema,
  generatorInfoSchema,
  jobEventSchema,
  jobSchema,
  jobStages,
  jobStageSchema,
  previewRequestSchema,
  sectionNameSchema,
  storedSummarySchema,
  summaryConfigResponseSchema,
  summaryPendingSchema,
  summaryPreviewSchema,
  summaryReadySchema,
  summaryResponseSchema,
  summaryWithheldSchema,
  voteSchema,
  withheldItemSchema,
} from './api/summary-api.ts';
export type {
  DataChangedSince,
  Feedback,
  FeedbackRequest,
  GenerationUsage,
  GeneratorInfo,
  Job,
  JobEvent,
  JobStage,
  StoredSummary,
  SummaryConfigResponse,
  SummaryPreview,
  SummaryResponse,
  SummaryWithheld,
  WithheldItemRecord,
} from './api/summary-api.ts';
export {
  bandCountsSchema,
  comparedFigureSchema,
  coverageFiguresSchema,
  drilldownAccountSchema,
  drilldownFilterSchema,
  drilldownQuerySchema,
  drilldownSortSchema,
  memberDrilldownSchema,
  memberRowSchema,
  periodSchema,
  spotlightMetricSchema,
  spotlightOptionsSchema,
  spotlightPeriods,
  spotlightWarningSchema,
  teamSpotlightQuerySchema,
  teamSpotlightSchema,
} from './api/spotlight-api.ts';
export type {
  BandCounts,
  ComparedFigure,
  DrilldownAccount,
  DrilldownFilter,
  MemberDrilldown,
  MemberRow,
  Period,
  SpotlightMetric,
  TeamSpotlight,
} from './api/spotlight-api.ts';
export {
  accountAssetsSchema,
  accountChangesSchema,
  accountCollectionSchema,
  accountCollectionsSchema,
  accountContactSchema,
  accountContactsSchema,
  accountSearchItemSchema,
  accountSearchSchema,
  accountTaskSchema,
  accountTasksSchema,
  accountTeamSchema,
  accountTicketSchema,
  accountTicketsSchema,
  accountTimelineSchema,
  accountUsageSchema,
  attributeChangeEntrySchema,
  healthBriefSchema,
  listAttributeSchema,
  npsDistributionSchema,
  portfolioItemSchema,
  portfolioSchema,
  portfolioSortSchema,
  taskStatusSchema,
  teamMemberSchema,
  ticketPrioritySchema,
  ticketStatusSchema,
  timelineItemSchema,
  timelineTaskSchema,
  timelineTouchpointSchema,
  usagePointSchema,
  userRefSchema,
} from './api/profile-api.ts';
export type {
  AccountAssets,
  AccountChanges,
  AccountCollection,
  AccountCollections,
  AccountContact,
  AccountContacts,
  AccountSearch,
  AccountSearchItem,
  AccountTask,
  AccountTasks,
  AccountTeam,
  AccountTicket,
  AccountTickets,
  AccountTimeline,
  AccountUsage,
  AttributeChangeEntry,
  Portfolio,
  PortfolioItem,
  PortfolioSort,
  TaskStatus,
  TeamMember,
  TimelineItem,
  UsagePoint,
  UserRef,
} from './api/profile-api.ts';
export {
  accountChangesQuerySchema,
  accountSearchQuerySchema,
  portfolioQuerySchema,
  tasksQuerySchema,
  ticketsQuerySchema,
  timelineQuerySchema,
  usageQuerySchema,
} from './api/profile-query.ts';
export type {
  AccountChangesQuery,
  AccountSearchQuery,
  PortfolioQuery,
  TasksQuery,
  TicketsQuery,
  TimelineQuery,
  UsageQuery,
} from './api/profile-query.ts';
export {
  accountUpsertSchema,
  changesPageSchema,
  changesQuerySchema,
  dataChangeSchema,
  ingestDeleteKeySchema,
  ingestKinds,
  ingestMaxBodyBytes,
  ingestMaxItems,
  ingestRequestSchema,
  ingestResponseSchema,
} from './api/ingest-api.ts';
export type { AccountUpsert, ChangesPage, IngestKind, IngestRequest, IngestResponse } from './api/ingest-api.ts';
export {
  attributesPatchSchema,
  attributesWrittenSchema,
  taskPatchSchema,
  taskWriteSchema,
  taskWrittenSchema,
  touchpointWriteSchema,
  touchpointWrittenSchema,
  writeRightsOf,
} from './api/account-write-api.ts';
export type {
  AttributesPatch,
  AttributesWritten,
  TaskPatch,
  TaskWrite,
  TaskWritten,
  TouchpointWrite,
  TouchpointWritten,
  WriteRights,
} from './api/account-write-api.ts';
export { dataVersionField, dataVersionSchema } from './api/data-version.ts';

// Summary contracts
export {
  summaryKpiSchema,
  summaryOutputSchema,
  summarySectionNames,
  summarySectionsSchema,
  summaryStatementSchema,
} from './summary/output-schema.ts';
export type { SummaryKpi, SummaryOutput, SummarySectionName, SummarySections, SummaryStatement } from './summary/output-schema.ts';
export { maxIncludeAttributes, maxKpis, summaryConfigSchema, versionedSummaryConfigSchema } from './summary/config-schema.ts';
export type { SummaryConfig, SummaryConfigInput, VersionedSummaryConfig } from './summary/config-schema.ts';

// Implementation contracts (server, stores, queue, generators)
export type { Clock } from './contracts/clock.ts';
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
export type { EntityWrite, RecordStore, RecordTransaction, ServiceKeyRecord } from './contracts/record-store.ts';
export { changeAccountId, tenantMetaName } from './contracts/record-store.ts';

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
export type { HealthEngine, HealthEngineOptions } from './health/health-engine.ts';
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
export { restrictedAccess } from './profile/working-level.ts';
export type { Viewer } from './profile/working-level.ts';
export { ProfileQueryError } from './profile/profile-query-error.ts';
export { searchAccounts } from './profile/account-search.ts';
export type { AccountSearchOptions } from './profile/account-search.ts';
export { buildAccountTimeline } from './profile/account-timeline.ts';
export type { AccountTimelineOptions } from './profile/account-timeline.ts';
export { buildAccountTasks, taskStatusAt } from './profile/account-tasks.ts';
export type { AccountTasksOptions } from './profile/account-tasks.ts';
export { buildAccountUsage, maxUsageDays } from './profile/account-usage.ts';
export type { AccountUsageOptions } from './profile/account-usage.ts';
export { buildAccountContacts, npsDistribution } from './profile/account-contacts.ts';
export { buildAccountTeam } from './profile/account-team.ts';
export { buildAccountChanges } from './profile/account-changes.ts';
export type { AccountChangesOptions } from './profile/account-changes.ts';
export { buildAccountTickets } from './profile/account-tickets.ts';
export type { AccountTicketsOptions } from './profile/account-tickets.ts';
export { buildAccountAssets } from './profile/account-assets.ts';
export { buildAccountCollections } from './profile/account-collections.ts';
export { buildPortfolio, portfolioCoverageDays } from './profile/portfolio.ts';
export type { PortfolioOptions } from './profile/portfolio.ts';

// Synthetic data: `@successkit/core/synthetic`

// Summary pipeline (config, input, anonymization, prompt, checks, cache policy, offline generator)
export { defaultSummaryConfig, validateSummaryConfig } from './summary/config.ts';
export type { SummaryConfigError, SummaryConfigValidation } from './summary/config.ts';
export { isAttributeSelected, selectAttributes } from './summary/attribute-selection.ts';
export type { AttributeSelection } from './summary/attribute-selection.ts';
export { keyPart } from './summary/summary-input.ts';
export type { SummaryData, SummaryDataPoint, SummaryInput, SummaryPayload, SummaryUnit } from './summary/summary-input.ts';
export { SummaryInputError, buildSummaryInput } from './summary/build-summary-input.ts';
export { createAnonymizer, Anonymizer } from './summary/anonymize/anonymizer.ts';
export type { AnonymizerOptions } from './summary/anonymize/anonymizer.ts';
export { anonymizeSummaryInput } from './summary/anonymize/anonymize-payload.ts';
export type { AnonymizedPayload } from './summary/anonymize/anonymize-payload.ts';
export { collectKnownIdentifiers } from './summary/anonymize/known-identifiers.ts';
export type { KnownIdentifiers } from './summary/anonymize/known-identifiers.ts';
export { deanonymize, deanonymizeOutput } from './summary/anonymize/deanonymize.ts';
export { identifierKinds } from './summary/anonymize/pseudonyms.ts';
export type { AnonymizationMapping, IdentifierKind } from './summary/anonymize/pseudonyms.ts';
export { accountDataTags, buildPromptMessages, compactPayload, expandPayload, serializePayload, summarySystemPrompt } from './summary/prompt.ts';
export type { CompactPoint } from './summary/prompt.ts';
export { buildSummaryPreview, estimateTokens, prepareSummaryRequest } from './summary/prepare-summary.ts';
export type { PreparedSummaryRequest } from './summary/prepare-summary.ts';
export { checkFaithfulness, numbersInText } from './summary/faithfulness.ts';
export type { FaithfulnessFailure, FaithfulnessResult } from './summary/faithfulness.ts';
export { mergeRepair, withholdUnfaithful } from './summary/faithfulness-withhold.ts';
export type { WithheldItem, WithholdOutcome } from './summary/faithfulness-withhold.ts';
export { summaryResponseJsonSchema, summaryResponseSchemaName, summaryResponseSchemaText } from './summary/output-schema-json.ts';
export type { JsonSchema } from './summary/output-schema-json.ts';
export { findJsonObject, parseSummaryText, parseSummaryValue } from './summary/output-schema-parse.ts';
export { buildRepairMessages, withSchemaInstructions } from './summary/prompt-repair.ts';
export {
  SUMMARY_TTL_MS,
  expiresAtFor,
  hasDataChanged,
  hashString,
  inputFingerprint,
  isExpired,
  summaryCacheKey,
  summaryCacheState,
} from './summary/cache-policy.ts';
export type { SummaryCacheState, SummaryCacheView } from './summary/cache-policy.ts';
export { SingleFlight } from './summary/single-flight.ts';
export { createOfflineGenerator, offlineGeneratorInfo, writeOfflineSummary } from './summary/offline-generator.ts';
export { buildEvidence } from './summary/evidence.ts';
export { formatNumber, formatValue } from './summary/format-value.ts';

// Team Spotlight
export { computeTeamSpotlight } from './spotlight/team-spotlight.ts';
export { memberDrilldown } from './spotlight/member-drilldown.ts';
export type { DrilldownQuery, DrilldownSort } from './spotlight/member-drilldown.ts';
export { defaultRole, spotlightQueryFromParams } from './spotlight/spotlight-query.ts';
export type { SpotlightFilters, SpotlightParams, SpotlightQuery } from './spotlight/spotlight-query.ts';
export { SpotlightQueryError } from './spotlight/spotlight-query-error.ts';
export { availableMetrics, resolveMetric } from './spotlight/spotlight-metrics.ts';
export { buildSpotlightIndex } from './spotlight/spotlight-index.ts';
export type { SpotlightIndex } from './spotlight/spotlight-index.ts';
export type { SpotlightHealthFn, SpotlightOptions } from './spotlight/spotlight-health.ts';
