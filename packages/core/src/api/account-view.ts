/**
 * Response shapes of the account profile routes: `GET /v1/accounts/:id` and
 * `GET /v1/accounts/:id/children`, and the health views they embed.
 */
import { z } from 'zod';
import { dataVersionField } from './data-version.ts';
import { attributeCategorySchema, attributeTypeSchema, attributeValueSchema, rollupSchema } from '../dataset/schema.ts';

/** A health band. */
export const bandSchema = z.enum(['poor', 'average', 'good']);
/** A health band. */
export type Band = z.infer<typeof bandSchema>;

/** Up, down or flat, over a window. */
export const trendSchema = z.enum(['up', 'down', 'flat']);
/** Up, down or flat, over a window. */
export type Trend = z.infer<typeof trendSchema>;

/** One measure's contribution to a dimension. */
export const measureScoreSchema = z.object({
  key: z.string(),
  label: z.string(),
  weight: z.number(),
  /** The raw value read from the account, `null` when there is no data. */
  raw: attributeValueSchema,
  /** 0–100, `null` when there is no data. */
  score: z.number().min(0).max(100).nullable(),
});

/** One dimension's score. */
export const dimensionScoreSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** The configured weight. */
  weight: z.number(),
  /** The weight re-normalised over the dimensions with data (0 when this one has none). */
  effectiveWeight: z.number(),
  score: z.number().min(0).max(100).nullable(),
  band: bandSchema.nullable(),
  /** Share (0–1) of this dimension's measure weight that had data. */
  coverage: z.number().min(0).max(1),
  measures: z.array(measureScoreSchema),
});

/** An account's health at one time. */
export const healthScoreSchema = z.object({
  profileId: z.string(),
  score: z.number().min(0).max(100).nullable(),
  band: bandSchema.nullable(),
  /** Share (0–1) of the dimension weight that had data. */
  coverage: z.number().min(0).max(1),
  dimensions: z.array(dimensionScoreSchema),
  /** Where the score comes from: the account's own measures, or its children's bands. */
  source: z.enum(['own', 'childrenByCount', 'childrenByValue']),
  /** For children-derived health: the share (0–1) of children (or contract value) per band. */
  childBands: z.object({ poor: z.number(), average: z.number(), good: z.number() }).optional(),
});
/** An account's health at one time. */
export type HealthScore = z.infer<typeof healthScoreSchema>;

/** One week of health history. */
export const healthWeekSchema = z.object({
  /** Monday 00:00 UTC of the week (ISO date). */
  weekStart: z.string(),
  score: z.number().min(0).max(100).nullable(),
  band: bandSchema.nullable(),
  /** A contract-value attribute rose during the week. */
  upsell: z.boolean(),
});

/** 52 weeks of history (oldest first) and the trend over the last weeks. */
export const healthHistorySchema = z.object({
  weeks: z.array(healthWeekSchema),
  trend: trendSchema,
  /** How many weeks the trend compares. */
  trendWindowWeeks: z.number().int(),
});
/** 52 weeks of history and the trend. */
export type HealthHistory = z.infer<typeof healthHistorySchema>;

/** One attribute on the profile, with its own and rolled-up value. */
export const profileAttributeSchema = z.object({
  key: z.string(),
  label: z.string(),
  type: attributeTypeSchema,
  category: attributeCategorySchema,
  own: attributeValueSchema,
  /** The rolled-up value over the subtree, or `null` (absent when the attribute has no rollup). */
  rolledUp: attributeValueSchema.optional(),
  rollup: rollupSchema.nullable(),
  pii: z.boolean(),
  restricted: z.boolean(),
  /** Users may change it (`PATCH /v1/accounts/:id/attributes`); present only when true. */
  editable: z.boolean().optional(),
});

/** One attribute's change within the recent-changes window. */
export const recentChangeSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** The value before the first change in the window. */
  old: attributeValueSchema,
  /** The value after the last change in the window. */
  new: attributeValueSchema,
  /** Time of the last change in the window. */
  at: z.string(),
  /** How many changes happened in the window. */
  changes: z.number().int(),
});
/** One attribute's change within the recent-changes window. */
export type RecentChange = z.infer<typeof recentChangeSchema>;

/** Summary of an account used in lists and paths. */
export const accountRefSchema = z.object({ id: z.string(), name: z.string(), typeId: z.string(), typeName: z.string() });

/** `GET /v1/accounts/:id`. */
export const accountProfileSchema = z.object({
  account: accountRefSchema.extend({
    parentId: z.string().nullable(),
    depth: z.number().int(),
    childCount: z.number().int(),
    /** From the root down to the account itself. */
    path: z.array(accountRefSchema),
  }),
  attributes: z.array(profileAttributeSchema),
  health: z.object({ current: healthScoreSchema.nullable(), history: healthHistorySchema.nullable() }),
  lifecycle: z.array(z.object({ lifecycleId: z.string(), stage: z.string() })),
  recentChanges: z.array(recentChangeSchema),
  /** The time the view was computed for. */
  asOf: z.string(),
  ...dataVersionField,
});
/** `GET /v1/accounts/:id`. */
export type AccountProfile = z.infer<typeof accountProfileSchema>;

/** One child row of `GET /v1/accounts/:id/children`. */
export const childAccountSchema = accountRefSchema.extend({
  childCount: z.number().int(),
  /** Per rolled-up attribute key: the account's own and rolled-up value. */
  values: z.record(z.string(), z.object({ own: attributeValueSchema, rolledUp: attributeValueSchema })),
  health: z.object({ score: z.number().nullable(), band: bandSchema.nullable() }).nullable(),
});

/** `GET /v1/accounts/:id/children`. */
export const accountChildrenSchema = z.object({
  parentId: z.string(),
  /** Labels of the rolled-up attributes, for column headers. */
  attributes: z.array(z.object({ key: z.string(), label: z.string(), type: attributeTypeSchema })),
  children: z.array(childAccountSchema),
  ...dataVersionField,
});
/** `GET /v1/accounts/:id/children`. */
export type AccountChildren = z.infer<typeof accountChildrenSchema>;
