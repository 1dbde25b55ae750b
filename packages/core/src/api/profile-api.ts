/**
 * Response shapes of the account profile parts (DESIGN.md "Account profile elements", issue 18):
 * account search, timeline, tasks, usage, contacts, team, changes, tickets, assets, collections
 * and the caller's portfolio. Every answer carries `dataVersion`, the change-log `seq` it reflects.
 * The core's profile views (`src/profile/`) return exactly these types; the query shapes are in
 * `profile-query.ts`.
 */
import { z } from 'zod';
import { attributeTypeSchema, attributeValueSchema, sentimentSchema, seatSchema } from '../dataset/schema.ts';
import { accountRefSchema, bandSchema } from './account-view.ts';
import { dataVersionField } from './data-version.ts';

/** A user named in a view (`name` is the id when the user is unknown). */
export const userRefSchema = z.object({ id: z.string(), name: z.string() });
/** A user named in a view. */
export type UserRef = z.infer<typeof userRefSchema>;

/** An account's overall health now (`null` when it has no health profile or no data). */
export const healthBriefSchema = z.object({ score: z.number().min(0).max(100).nullable(), band: bandSchema.nullable() }).nullable();

/** One attribute value shown in a list row (key info attributes, own and rolled-up). */
export const listAttributeSchema = z.object({
  key: z.string(),
  label: z.string(),
  type: attributeTypeSchema,
  own: attributeValueSchema,
  /** The rolled-up value (absent when the attribute has no rollup). */
  rolledUp: attributeValueSchema.optional(),
  restricted: z.boolean(),
});

/** One account found by `GET /v1/accounts?q=`. */
export const accountSearchItemSchema = accountRefSchema.extend({
  parentId: z.string().nullable(),
  /** From the root down to the account's parent (empty for a root), for a breadcrumb. */
  ancestors: z.array(accountRefSchema),
  childCount: z.number().int(),
  health: healthBriefSchema,
  /** The key info attributes the caller may see (restricted ones only at the caller's working level). */
  keyAttributes: z.array(listAttributeSchema),
});
/** One account found by search. */
export type AccountSearchItem = z.infer<typeof accountSearchItemSchema>;

/** `GET /v1/accounts?q=&type=&limit=&cursor=`: accounts whose name contains `q`, best match first. */
export const accountSearchSchema = z.object({
  q: z.string(),
  type: z.string().nullable(),
  /** How many accounts match in all (over every page). */
  total: z.number().int(),
  items: z.array(accountSearchItemSchema),
  /** Pass as `cursor` for the next page; `null` on the last page. */
  nextCursor: z.string().nullable(),
  ...dataVersionField,
});
/** `GET /v1/accounts`. */
export type AccountSearch = z.infer<typeof accountSearchSchema>;

/** A task's state at `asOf`: done (completed by then), overdue (due before and not done) or open. */
export const taskStatusSchema = z.enum(['open', 'overdue', 'done']);
/** A task's state. */
export type TaskStatus = z.infer<typeof taskStatusSchema>;

/** One task of an account. */
export const accountTaskSchema = z.object({
  id: z.string(),
  flow: z.string(),
  title: z.string().nullable(),
  dueAt: z.string(),
  completedAt: z.string().nullable(),
  status: taskStatusSchema,
  user: userRefSchema,
});
/** One task of an account. */
export type AccountTask = z.infer<typeof accountTaskSchema>;

/** One touchpoint on the timeline. */
export const timelineTouchpointSchema = z.object({
  kind: z.literal('touchpoint'),
  id: z.string(),
  /** When it happened; the timeline is ordered by this, newest first. */
  at: z.string(),
  flow: z.string(),
  type: z.string(),
  subject: z.string().nullable(),
  sentiment: sentimentSchema.nullable(),
  user: userRefSchema,
});

/** One task on the timeline (`at` is its completion time when done, else its due time; `type` is `"task"`). */
export const timelineTaskSchema = accountTaskSchema.extend({
  kind: z.literal('task'),
  at: z.string(),
  type: z.literal('task'),
});

/** One timeline entry. */
export const timelineItemSchema = z.discriminatedUnion('kind', [timelineTouchpointSchema, timelineTaskSchema]);
/** One timeline entry. */
export type TimelineItem = z.infer<typeof timelineItemSchema>;

/** `GET /v1/accounts/:id/timeline`: touchpoints and tasks, newest first. */
export const accountTimelineSchema = z.object({
  accountId: z.string(),
  asOf: z.string(),
  filters: z.object({ flow: z.string().nullable(), type: z.string().nullable() }),
  /** Every flow and type on this account's timeline (for the filter pickers), sorted. */
  flows: z.array(z.string()),
  types: z.array(z.string()),
  total: z.number().int(),
  items: z.array(timelineItemSchema),
  nextCursor: z.string().nullable(),
  ...dataVersionField,
});
/** `GET /v1/accounts/:id/timeline`. */
export type AccountTimeline = z.infer<typeof accountTimelineSchema>;

/** `GET /v1/accounts/:id/tasks`: overdue (oldest due first), open (soonest due first), done (newest first). */
export const accountTasksSchema = z.object({
  accountId: z.string(),
  asOf: z.string(),
  /** Counts over every task of the account, whatever the filter. */
  counts: z.object({ open: z.number().int(), overdue: z.number().int(), done: z.number().int() }),
  filters: z.object({ status: taskStatusSchema.nullable(), flow: z.string().nullable() }),
  tasks: z.array(accountTaskSchema),
  ...dataVersionField,
});
/** `GET /v1/accounts/:id/tasks`. */
export type AccountTasks = z.infer<typeof accountTasksSchema>;

/** One day or week of usage. */
export const usagePointSchema = z.object({
  /** The day, or the Monday of the week (ISO date). */
  start: z.string(),
  /** Days of this bucket inside `[from, to)` (1 for a day, up to 7 for a week). */
  days: z.number().int(),
  /** Mean of the daily active users over the bucket's days (a day without a row counts as 0). */
  activeUsers: z.number(),
  /** Days of the bucket with active users. */
  activeDays: z.number().int(),
  events: z.number(),
});
/** One day or week of usage. */
export type UsagePoint = z.infer<typeof usagePointSchema>;

/** `GET /v1/accounts/:id/usage?from=&to=`: the account's usage (with its subtree by default). */
export const accountUsageSchema = z.object({
  accountId: z.string(),
  /** `[from, to)`, ISO dates. */
  from: z.string(),
  to: z.string(),
  granularity: z.enum(['day', 'week']),
  /** `subtree`: the account and every account below it, summed per day; `account`: its own rows. */
  scope: z.enum(['account', 'subtree']),
  /** Accounts that had at least one usage row in the range. */
  accounts: z.number().int(),
  series: z.array(usagePointSchema),
  totals: z.object({ days: z.number().int(), activeDays: z.number().int(), averageActiveUsers: z.number(), events: z.number() }),
  /** Modules by events in the range, most used first (at most 10). */
  topModules: z.array(z.object({ module: z.string(), count: z.number() })),
  /** End users by events in the range, most active first (at most 10). */
  topUsers: z.array(z.object({ id: z.string(), name: z.string().nullable(), email: z.string().nullable(), events: z.number(), lastSeenAt: z.string().nullable() })),
  ...dataVersionField,
});
/** `GET /v1/accounts/:id/usage`. */
export type AccountUsage = z.infer<typeof accountUsageSchema>;

/** One contact linked at the account's level. */
export const accountContactSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  title: z.string().nullable(),
  nps: z.number().nullable(),
  /** Other accounts the same person is linked to (one profile per person). */
  otherAccounts: z.array(z.object({ id: z.string(), name: z.string() })),
});
/** One contact. */
export type AccountContact = z.infer<typeof accountContactSchema>;

/** NPS over the contacts that gave one: mean, range and a histogram of 10 bins of 20 from −100 to 100. */
export const npsDistributionSchema = z.object({
  count: z.number().int(),
  average: z.number(),
  min: z.number(),
  max: z.number(),
  /** `[from, to)` bins; the last bin includes 100. */
  bins: z.array(z.object({ from: z.number(), to: z.number(), count: z.number().int() })),
});

/** `GET /v1/accounts/:id/contacts`: sorted by name. */
export const accountContactsSchema = z.object({
  accountId: z.string(),
  contacts: z.array(accountContactSchema),
  /** `null` when no contact has an NPS. */
  nps: npsDistributionSchema.nullable(),
  ...dataVersionField,
});
/** `GET /v1/accounts/:id/contacts`. */
export type AccountContacts = z.infer<typeof accountContactsSchema>;

/** One assignment on the account: who, in which role. */
export const teamMemberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  seat: seatSchema.nullable(),
  role: z.string(),
  teams: z.array(z.object({ id: z.string(), name: z.string() })),
  manager: userRefSchema.nullable(),
});
/** One assignment on the account. */
export type TeamMember = z.infer<typeof teamMemberSchema>;

/** `GET /v1/accounts/:id/team`: sorted by role, then name. */
export const accountTeamSchema = z.object({
  accountId: z.string(),
  members: z.array(teamMemberSchema),
  /** The distinct roles, sorted. */
  roles: z.array(z.string()),
  ...dataVersionField,
});
/** `GET /v1/accounts/:id/team`. */
export type AccountTeam = z.infer<typeof accountTeamSchema>;

/** One attribute change (not merged: every row of the history in the range). */
export const attributeChangeEntrySchema = z.object({
  key: z.string(),
  label: z.string(),
  type: attributeTypeSchema,
  old: attributeValueSchema,
  new: attributeValueSchema,
  at: z.string(),
  /** Who made it: a user (named) or a service (`name` is the key id); `null` when not recorded. */
  by: z.object({ kind: z.enum(['service', 'user']), id: z.string(), name: z.string() }).nullable(),
});
/** One attribute change. */
export type AttributeChangeEntry = z.infer<typeof attributeChangeEntrySchema>;

/** `GET /v1/accounts/:id/changes?from=&to=`: changes with `from ≤ at ≤ to` (default: the 30 days up to now), newest first. */
export const accountChangesSchema = z.object({
  accountId: z.string(),
  from: z.string(),
  to: z.string(),
  changes: z.array(attributeChangeEntrySchema),
  ...dataVersionField,
});
/** `GET /v1/accounts/:id/changes`. */
export type AccountChanges = z.infer<typeof accountChangesSchema>;

/** Ticket priorities, lowest first. */
export const ticketPrioritySchema = z.enum(['low', 'normal', 'high', 'urgent']);
/** Ticket statuses. */
export const ticketStatusSchema = z.enum(['open', 'pending', 'solved']);

/** One support ticket. */
export const accountTicketSchema = z.object({
  id: z.string(),
  subject: z.string().nullable(),
  priority: ticketPrioritySchema,
  status: ticketStatusSchema,
  openedAt: z.string(),
  solvedAt: z.string().nullable(),
});
/** One support ticket. */
export type AccountTicket = z.infer<typeof accountTicketSchema>;

/** `GET /v1/accounts/:id/tickets`: unsolved first (most urgent, then oldest), then solved (newest first). */
export const accountTicketsSchema = z.object({
  accountId: z.string(),
  /** Counts over every ticket of the account, whatever the filter. */
  byStatus: z.object({ open: z.number().int(), pending: z.number().int(), solved: z.number().int() }),
  /** Unsolved tickets per priority. */
  byPriority: z.object({ low: z.number().int(), normal: z.number().int(), high: z.number().int(), urgent: z.number().int() }),
  filters: z.object({ status: ticketStatusSchema.nullable(), priority: ticketPrioritySchema.nullable() }),
  tickets: z.array(accountTicketSchema),
  ...dataVersionField,
});
/** `GET /v1/accounts/:id/tickets`. */
export type AccountTickets = z.infer<typeof accountTicketsSchema>;

/** `GET /v1/accounts/:id/assets`: documents and links, newest first. */
export const accountAssetsSchema = z.object({
  accountId: z.string(),
  assets: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      /** Always an `http:` or `https:` URL (the dataset rejects anything else). */
      url: z.string(),
      kind: z.enum(['document', 'link']),
      addedBy: userRefSchema.nullable(),
      addedAt: z.string(),
    }),
  ),
  ...dataVersionField,
});
/** `GET /v1/accounts/:id/assets`. */
export type AccountAssets = z.infer<typeof accountAssetsSchema>;

/** One collection (e.g. CRM opportunities) with its records. */
export const accountCollectionSchema = z.object({
  collection: z.string(),
  /** Every field key used by the records, in first-seen order (table columns). */
  fields: z.array(z.string()),
  items: z.array(z.object({ id: z.string(), name: z.string(), fields: z.record(z.string(), attributeValueSchema) })),
});
/** One collection. */
export type AccountCollection = z.infer<typeof accountCollectionSchema>;

/** `GET /v1/accounts/:id/collections`: collections sorted by name, records by name. */
export const accountCollectionsSchema = z.object({
  accountId: z.string(),
  collections: z.array(accountCollectionSchema),
  ...dataVersionField,
});
/** `GET /v1/accounts/:id/collections`. */
export type AccountCollections = z.infer<typeof accountCollectionsSchema>;

/** Columns the portfolio can be sorted by. */
export const portfolioSortSchema = z.enum(['name', 'healthScore', 'renewalDate', 'contractValue', 'openTasks', 'overdueTasks', 'lastActivityAt']);
/** A portfolio sort column. */
export type PortfolioSort = z.infer<typeof portfolioSortSchema>;

/** One account of the caller's portfolio. */
export const portfolioItemSchema = z.object({
  account: accountRefSchema.extend({ parentId: z.string().nullable() }),
  /** The caller's roles on the account, sorted. */
  roles: z.array(z.string()),
  health: healthBriefSchema,
  renewalDate: z.string().nullable(),
  /** Whole days from `asOf` to the renewal (negative when past). */
  daysToRenewal: z.number().int().nullable(),
  contractValue: z.number().nullable(),
  /** A touchpoint or a completed task by anyone in the coverage period. */
  covered: z.boolean(),
  lastActivityAt: z.string().nullable(),
  /** Tasks not done at `asOf`, overdue ones included. */
  openTasks: z.number().int(),
  overdueTasks: z.number().int(),
  keyAttributes: z.array(listAttributeSchema),
});
/** One portfolio row. */
export type PortfolioItem = z.infer<typeof portfolioItemSchema>;

/** `GET /v1/portfolio`: the caller's accounts (by assignment), filtered, sorted, paged. */
export const portfolioSchema = z.object({
  userId: z.string(),
  asOf: z.string(),
  /** The coverage period `[from, to)` (30 days ending at `asOf`). */
  coveragePeriod: z.object({ from: z.string(), to: z.string(), days: z.number().int() }),
  filters: z.object({ q: z.string().nullable(), role: z.string().nullable(), band: bandSchema.or(z.literal('none')).nullable(), type: z.string().nullable() }),
  sort: portfolioSortSchema,
  order: z.enum(['asc', 'desc']),
  /** Every role the caller holds, and every account type in the portfolio (for filter pickers). */
  roles: z.array(z.string()),
  types: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Rows after filtering (over every page); `accounts` before filtering. */
  total: z.number().int(),
  accounts: z.number().int(),
  summary: z.object({ covered: z.number().int(), overdueAccounts: z.number().int(), renewingIn90Days: z.number().int() }),
  items: z.array(portfolioItemSchema),
  nextCursor: z.string().nullable(),
  ...dataVersionField,
});
/** `GET /v1/portfolio`. */
export type Portfolio = z.infer<typeof portfolioSchema>;
