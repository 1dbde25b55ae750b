/**
 * `@successkit/core/client`: the typed HTTP client of the successkit API, usable on its own.
 */
export { SuccessKitClient } from './client.ts';
export type { CallOptions, ClientOptions, DrilldownQuery, TeamSpotlightQuery, TokenSource } from './client.ts';
export { ApiError, ForbiddenError, NetworkError, ResponseValidationError, UnauthenticatedError } from './errors.ts';
export { readEventStream } from './sse.ts';
