/**
 * Request and response shapes of Team Spotlight (DESIGN.md "Definitions — Team Spotlight"):
 * `GET /v1/team-spotlight` and `GET /v1/team-spotlight/members/:userId/accounts`.
 * The core's `computeTeamSpotlight` returns exactly `TeamSpotlight`.
 */
import { z } from 'zod';
import { dataVersionField } from './data-version.ts';
import { bandSchema } from './account-view.ts';

/** Allowed period lengths in days. */
export const spotlightPeriods = [7, 14, 30, 90, 180, 365] as const;

/** A `[from, to)` UTC interval. */
export const periodSchema = z.object({ from: z.string(), to: z.string(), days: z.number() });
/** A `[from, to)` UTC interval. */
export type Period = z.infer<typeof periodSchema>;

/** A figure for the period, the previous comparable period, and `value − previous`. */
export const comparedFigureSchema = z.object({ value: z.number(), previous: z.number(), change: z.number() });
/** A figure with its previous value and change. */
export type ComparedFigure = z.infer<typeof comparedFigureSchema>;

/** Accounts per band (`none`: no health data). */
export const bandCountsSchema = z.object({ poor: z.number(), average: z.number(), good: z.number(), none: z.number() });
/** Accounts per band. */
export type BandCounts = z.infer<typeof bandCountsSchema>;

/** Figures shared by the team row and each member row. */
export const coverageFiguresSchema = z.object({
  /** Number of (distinct) accounts. */
  accounts: z.number().int(),
  covered: z.number().int(),
  notCovered: z.number().int(),
  /** Accounts with at least one overdue task at `asOf`. */
  overdueAccounts: z.number().int(),
  /** covered ÷ accounts (0–1; 0 without accounts), with the previous period's. */
  coverage: comparedFigureSchema,
  activityVolume: comparedFigureSchema,
  /** Activity volume per flow in the period (sums to `activityVolume.value`). */
  volumeByFlow: z.record(z.string(), z.number()),
  averageActiveDays: comparedFigureSchema,
  averageActiveUsers: comparedFigureSchema,
});

/** A caller-chosen metric column. */
export const spotlightMetricSchema = z.object({
  /** As requested: `licenseUtilization`, `contractValue` or `<attributeKey>:sum|avg`. */
  id: z.string(),
  label: z.string(),
  attributeKey: z.string(),
  aggregate: z.enum(['sum', 'avg']),
});
/** A metric column. */
export type SpotlightMetric = z.infer<typeof spotlightMetricSchema>;

/** One row per member with the role. */
export const memberRowSchema = coverageFiguresSchema.extend({
  userId: z.string(),
  name: z.string(),
  health: z.object({ now: bandCountsSchema, atStart: bandCountsSchema, change: bandCountsSchema }),
  /** Per metric id: the value over the member's accounts (`null` without data). */
  metrics: z.record(z.string(), z.number().nullable()),
});
/** One member row. */
export type MemberRow = z.infer<typeof memberRowSchema>;

/** A warning about the selection (e.g. accounts with no assignment for the role). */
export const spotlightWarningSchema = z.object({ code: z.string(), message: z.string(), count: z.number().int() });

/** What the filters can be set to, from the data. */
export const spotlightOptionsSchema = z.object({
  roles: z.array(z.string()),
  teams: z.array(z.object({ id: z.string(), name: z.string() })),
  managers: z.array(z.object({ id: z.string(), name: z.string() })),
  accountTypes: z.array(z.object({ id: z.string(), name: z.string() })),
  flows: z.array(z.string()),
});

/** `GET /v1/team-spotlight`. */
export const teamSpotlightSchema = z.object({
  role: z.string(),
  asOf: z.string(),
  period: periodSchema,
  previousPeriod: periodSchema,
  filters: z.object({
    team: z.string().nullable(),
    manager: z.string().nullable(),
    accountType: z.string().nullable(),
    flow: z.string().nullable(),
    excludeInactive: z.boolean(),
  }),
  team: coverageFiguresSchema.extend({ health: z.object({ now: bandCountsSchema, atStart: bandCountsSchema, change: bandCountsSchema }) }),
  members: z.array(memberRowSchema),
  metrics: z.array(spotlightMetricSchema),
  warnings: z.array(spotlightWarningSchema),
  options: spotlightOptionsSchema,
  ...dataVersionField,
});
/** `GET /v1/team-spotlight`. */
export type TeamSpotlight = z.infer<typeof teamSpotlightSchema>;

/** Query of `GET /v1/team-spotlight` (strings as they come from a URL). */
export const teamSpotlightQuerySchema = z.strictObject({
  role: z.string().min(1).optional(),
  period: z.coerce.number().int().refine((n) => (spotlightPeriods as readonly number[]).includes(n), {
    message: `period must be one of ${spotlightPeriods.join(', ')} days`,
  }).optional(),
  asOf: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  /** A team id, or `manager:<userId>` for a manager and everyone reporting to them. */
  team: z.string().min(1).optional(),
  accountType: z.string().min(1).optional(),
  flow: z.string().min(1).optional(),
  /** Comma-separated metric ids (see `spotlightMetricSchema.id`). */
  metrics: z.string().optional(),
  /** `true` leaves out accounts whose contract status is cancelled or empty. */
  excludeInactive: z.enum(['true', 'false']).optional(),
});

/** Drill-down lists. */
export const drilldownFilterSchema = z.enum(['covered', 'not-covered', 'overdue']);
/** Drill-down list name. */
export type DrilldownFilter = z.infer<typeof drilldownFilterSchema>;

/** Columns a drill-down can be sorted by. */
export const drilldownSortSchema = z.enum(['name', 'healthScore', 'healthBand', 'activityVolume', 'lastActivityAt', 'overdueTasks']);

/** One account of a drill-down. */
export const drilldownAccountSchema = z.object({
  accountId: z.string(),
  name: z.string(),
  typeId: z.string(),
  healthScore: z.number().nullable(),
  healthBand: bandSchema.nullable(),
  activityVolume: z.number().int(),
  lastActivityAt: z.string().nullable(),
  overdueTasks: z.number().int(),
});
/** One account of a drill-down. */
export type DrilldownAccount = z.infer<typeof drilldownAccountSchema>;

/** `GET /v1/team-spotlight/members/:userId/accounts`. */
export const memberDrilldownSchema = z.object({
  userId: z.string(),
  filter: drilldownFilterSchema,
  sort: drilldownSortSchema,
  order: z.enum(['asc', 'desc']),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  items: z.array(drilldownAccountSchema),
  ...dataVersionField,
});
/** `GET /v1/team-spotlight/members/:userId/accounts`. */
export type MemberDrilldown = z.infer<typeof memberDrilldownSchema>;

/** Extra query of the drill-down route (on top of the spotlight query). */
export const drilldownQuerySchema = teamSpotlightQuerySchema.extend({
  filter: drilldownFilterSchema.optional(),
  sort: drilldownSortSchema.optional(),
  order: z.enum(['asc', 'desc']).optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});
