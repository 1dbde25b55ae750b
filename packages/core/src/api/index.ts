/**
 * The HTTP API contract (v1): every request and response shape, as zod schemas shared by the
 * server (validation, OpenAPI) and the client (response checks).
 */
export * from './problem.ts';
export * from './account-view.ts';
export * from './summary-api.ts';
export * from './spotlight-api.ts';
export * from './profile-api.ts';
export * from './profile-query.ts';
export * from './ingest-api.ts';
export * from './account-write-api.ts';
export * from './data-version.ts';
