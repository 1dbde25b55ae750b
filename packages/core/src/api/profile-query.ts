/**
 * Query shapes of the account profile routes (strings as they come from a URL), shared by the
 * server (validation, OpenAPI) and the client (`z.input` types). Responses are in `profile-api.ts`.
 */
import { z } from 'zod';
import { bandSchema } from './account-view.ts';
import { portfolioSortSchema, taskStatusSchema, ticketPrioritySchema, ticketStatusSchema } from './profile-api.ts';

const isoTime = z.iso.datetime({ offset: true }).or(z.iso.date());
const cursor = z.string().regex(/^\d{1,9}$/, 'not a cursor of this list');

/** `GET /v1/accounts`. */
export const accountSearchQuerySchema = z.strictObject({
  /** Case- and accent-insensitive; an empty `q` lists every account by name. */
  q: z.string().max(200).optional(),
  /** An account type id. */
  type: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
  cursor: cursor.optional(),
  asOf: isoTime.optional(),
});
/** Query of `GET /v1/accounts`. */
export interface AccountSearchQuery {
  q?: string;
  type?: string;
  limit?: number;
  cursor?: string;
  asOf?: string;
}

/** `GET /v1/accounts/:id/timeline`. */
export const timelineQuerySchema = z.strictObject({
  flow: z.string().min(1).optional(),
  /** A touchpoint type, or `task`. */
  type: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: cursor.optional(),
  asOf: isoTime.optional(),
});
/** Query of `GET /v1/accounts/:id/timeline`. */
export interface TimelineQuery {
  flow?: string;
  type?: string;
  limit?: number;
  cursor?: string;
  asOf?: string;
}

/** `GET /v1/accounts/:id/tasks`. */
export const tasksQuerySchema = z.strictObject({
  status: taskStatusSchema.optional(),
  flow: z.string().min(1).optional(),
  asOf: isoTime.optional(),
});
/** Query of `GET /v1/accounts/:id/tasks`. */
export interface TasksQuery {
  status?: z.output<typeof taskStatusSchema>;
  flow?: string;
  asOf?: string;
}

/** `GET /v1/accounts/:id/usage`: `[from, to)` of at most 731 days (default: the 90 days before `to`, `to` today). */
export const usageQuerySchema = z.strictObject({
  from: isoTime.optional(),
  to: isoTime.optional(),
  /** Default: `day` up to 62 days, else `week`. */
  granularity: z.enum(['day', 'week']).optional(),
  /** Default `subtree`. */
  scope: z.enum(['account', 'subtree']).optional(),
});
/** Query of `GET /v1/accounts/:id/usage`. */
export interface UsageQuery {
  from?: string;
  to?: string;
  granularity?: 'day' | 'week';
  scope?: 'account' | 'subtree';
}

/** `GET /v1/accounts/:id/changes`: `from ≤ at ≤ to` (default: the 30 days up to now). */
export const accountChangesQuerySchema = z.strictObject({
  from: isoTime.optional(),
  to: isoTime.optional(),
  /** Only this attribute key. */
  key: z.string().min(1).optional(),
});
/** Query of `GET /v1/accounts/:id/changes`. */
export interface AccountChangesQuery {
  from?: string;
  to?: string;
  key?: string;
}

/** `GET /v1/accounts/:id/tickets`. */
export const ticketsQuerySchema = z.strictObject({
  status: ticketStatusSchema.optional(),
  priority: ticketPrioritySchema.optional(),
});
/** Query of `GET /v1/accounts/:id/tickets`. */
export interface TicketsQuery {
  status?: z.output<typeof ticketStatusSchema>;
  priority?: z.output<typeof ticketPrioritySchema>;
}

/** `GET /v1/portfolio`. */
export const portfolioQuerySchema = z.strictObject({
  /** Name contains (case- and accent-insensitive). */
  q: z.string().max(200).optional(),
  role: z.string().min(1).optional(),
  /** A health band, or `none` for accounts without health. */
  band: bandSchema.or(z.literal('none')).optional(),
  type: z.string().min(1).optional(),
  sort: portfolioSortSchema.optional(),
  order: z.enum(['asc', 'desc']).optional(),
  /** Default 500, at most 5000 (a portfolio of 2,000 accounts fits one page). */
  limit: z.coerce.number().int().min(1).max(5000).optional(),
  cursor: cursor.optional(),
  asOf: isoTime.optional(),
});
/** Query of `GET /v1/portfolio`. */
export interface PortfolioQuery {
  q?: string;
  role?: string;
  band?: z.output<typeof bandSchema> | 'none';
  type?: string;
  sort?: z.output<typeof portfolioSortSchema>;
  order?: 'asc' | 'desc';
  limit?: number;
  cursor?: string;
  asOf?: string;
}

