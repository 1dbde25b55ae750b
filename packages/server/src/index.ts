/**
 * `@successkit/server`: the successkit HTTP API as a fetch handler, with summary generation,
 * stores, job queue, embed tokens and the CLI.
 */
export { createSuccessKit, defaultBodyLimitBytes } from './app.ts';
export type { SuccessKit, SuccessKitOptions } from './app.ts';

// Embed tokens
export { EmbedTokenError, maxTokenTtlSeconds, mintEmbedToken, verifyEmbedToken } from './auth/embed-token.ts';
export type { EmbedTokenKey, MintEmbedTokenOptions } from './auth/embed-token.ts';
export { permissions } from './auth/caller.ts';
export type { Caller, Permission } from './auth/caller.ts';
export { effectivePermissions, seatPermissions } from './auth/seat-permissions.ts';

// Tenant data
export { DatasetFileError, fileTenantData, readDatasetFile } from './data/file-tenant-data.ts';
export { staticTenantData } from './data/static-tenant-data.ts';
export { tenantDataFromDataset } from './data/tenant-data-from-dataset.ts';
export type { TenantData, TenantDataProvider } from './data/tenant-data.ts';

// Live data: the store of record, importing dataset files into it, service keys, the simulator
export { createSqliteRecordStore } from './records/sqlite-record-store.ts';
export type { SqliteRecordStoreOptions } from './records/sqlite-record-store.ts';
export { importFiles as importDatasetFiles } from './cli/import-command.ts';
export { createServiceKey, hashServiceKey } from './auth/service-keys.ts';
export { storeTenantData } from './records/store-tenant-data.ts';
export type { StoreTenantData } from './records/store-tenant-data.ts';
export { createRecordWriter } from './ingest/record-writer.ts';
export type { BatchSource, CommittedTenant, RecordWriter, RecordWriterOptions, WriteOptions, WriteResult } from './ingest/record-writer.ts';
export type { BatchItem, BatchProblem } from './ingest/batch-items.ts';
export { IdempotencyConflictError, IngestInvalidError, StoreUnavailableError } from './ingest/ingest-errors.ts';
export { importDataset, importDatasetFile } from './records/import-dataset.ts';
export type { ImportOutcome } from './records/import-dataset.ts';
export { runSimulator } from './simulate/simulator.ts';
export type { BatchReport, SimulationResult, SimulatorOptions } from './simulate/simulator.ts';
export { SimulationError } from './simulate/simulation-source.ts';

// HTTP
export { HttpProblem } from './http/http-problem.ts';
export type { CorsOptions } from './http/cors-policy.ts';
export { buildOpenApiDocument } from './openapi/openapi-document.ts';
export type { ApiRoute } from './routes/api-route.ts';

// Logging
export { createLogger } from './logging/logger.ts';
export type { Logger, LoggerOptions } from './logging/logger.ts';

// Summaries
export type { SummaryPending, SummaryService } from './summary/summary-service.ts';

// Scale-out (Redis stores, the BullMQ queue): `@successkit/server/scale-out`

// Summary engine, embedded stores, in-process queue and generators
export { createSummaryService } from './summary/create-summary-service.ts';
export type { SummaryEngine, SummaryServiceOptions } from './summary/create-summary-service.ts';
export { createMemoryStores } from './stores/memory-stores.ts';
export type { MemoryStoresOptions } from './stores/memory-stores.ts';
export { createSqliteStores } from './stores/sqlite-stores.ts';
export type { SqliteStoresOptions } from './stores/sqlite-stores.ts';
export { createInlineQueue } from './jobs/inline-queue.ts';
export { QueueClosedError } from './jobs/queue-closed-error.ts';
export type { InlineQueueOptions } from './jobs/inline-queue.ts';
export { createOpenAIGenerator } from './generators/openai-generator.ts';
export type { OpenAIGeneratorOptions } from './generators/openai-generator.ts';
export { createGeneratorFromEnv } from './generators/generator-from-env.ts';
