/**
 * `@successkit/core/client`: the typed HTTP client of the successkit API, usable on its own.
 * Pass `zodValidator` to check every answer against the API's zod schemas.
 */
export { SuccessKitClient } from './client.ts';
export type { CallOptions, ClientOptions, MemberDrilldownQuery, TeamSpotlightQuery, TokenSource } from './client.ts';
export { ApiError, ForbiddenError, NetworkError, ResponseValidationError, UnauthenticatedError } from './errors.ts';
export { SuccessKitError } from '../errors/successkit-error.ts';
export { InvalidStateError } from '../errors/invalid-state-error.ts';
export type { ResponseKind, ResponseTypes, ResponseValidator } from './responses.ts';
export type {
  AccountSearchQuery,
  AccountChangesQuery,
  PortfolioQuery,
  TasksQuery,
  TicketsQuery,
  TimelineQuery,
  UsageQuery,
} from '../api/profile-query.ts';
export { zodValidator } from './validator.ts';
