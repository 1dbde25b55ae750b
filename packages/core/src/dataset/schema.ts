/**
 * The dataset file (contract versions 1 and 2, see DESIGN.md "The dataset file"): the zod schema
 * of the one JSON document a host hands to successkit. Field names are fixed; every object is
 * strict, so an unknown key is an error that names its JSON path.
 *
 * Version 2 adds the profile lists (`tickets`, `assets`, `collections`, `endUsers`), usage rows'
 * `users`, attributes' `editable` and attribute changes' `actor`. One schema describes both
 * versions; a version-1 file that uses a version-2 key is rejected by the rules
 * (`dataset-rules.ts`, "needs version 2"), so version-1 files mean exactly what they meant.
 * The version-2 lists stay optional in `Dataset` too (absent means empty), so code that builds
 * a version-1 `Dataset` by hand keeps compiling.
 *
 * Cross-record rules (unique ids, dangling references, type fit, cycles) live in
 * `parse-dataset.ts`; this file only describes shapes.
 */
import { z } from 'zod';

/** An ISO-8601 timestamp or date in UTC (`2026-01-31` or `2026-01-31T09:00:00Z`). */
export const isoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]00:?00)?)?$/, 'expected an ISO-8601 date or UTC time')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a real calendar date');

const id = z.string().min(1, 'must not be empty');

/** The value of one attribute on one account. */
export const attributeValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** How an attribute aggregates over a subtree (DESIGN.md "Rollups"). */
export const rollupSchema = z.union([
  z.enum(['sum', 'avg', 'min', 'max', 'count', 'countDistinct', 'latest']),
  z.strictObject({ fn: z.literal('weightedAvg'), weightKey: id }),
]);

/** Attribute types. */
export const attributeTypeSchema = z.enum(['number', 'currency', 'percent', 'date', 'string', 'boolean', 'enum']);

/** Attribute categories; `system` attributes always enter a summary (unless restricted). */
export const attributeCategorySchema = z.enum(['keyInfo', 'valueMetrics', 'health', 'custom', 'system']);

/**
 * What an attribute means to successkit, when the key alone does not say it. Optional: without
 * it, well-known keys are recognised (see `attribute-meaning.ts`).
 */
export const attributeMeaningSchema = z.enum([
  'contractValue',
  'renewalDate',
  'contractStatus',
  'licenseUtilization',
  'domain',
]);

export const attributeDefinitionSchema = z.strictObject({
  key: id,
  label: z.string(),
  type: attributeTypeSchema,
  category: attributeCategorySchema,
  pii: z.boolean().optional(),
  restricted: z.boolean().optional(),
  rollup: rollupSchema.optional(),
  /** Allowed values of an `enum` attribute (optional). */
  values: z.array(z.string()).optional(),
  meaning: attributeMeaningSchema.optional(),
  /** Version 2: users may change the value (`PATCH /v1/accounts/:id/attributes`). */
  editable: z.boolean().optional(),
});

export const accountTypeSchema = z.strictObject({ id, name: z.string(), parentTypeId: id.nullable() });

export const accountSchema = z.strictObject({
  id,
  name: z.string(),
  typeId: id,
  parentId: id.nullable(),
  attributes: z.record(z.string(), attributeValueSchema),
  /** `{ [lifecycleId]: stage }`, e.g. `{ journey: "Adopt", onboarding: "Kickoff" }`. */
  lifecycle: z.record(z.string(), z.string()).optional(),
});

export const seatSchema = z.enum(['practitioner', 'contributor', 'viewer']);

export const userSchema = z.strictObject({
  id,
  name: z.string(),
  email: z.string(),
  seat: seatSchema,
  managerId: id.nullable().optional(),
  teamIds: z.array(id).optional(),
});

export const teamSchema = z.strictObject({ id, name: z.string() });

export const contactSchema = z.strictObject({
  id,
  name: z.string(),
  email: z.string().optional(),
  phone: z.string().optional(),
  title: z.string().optional(),
  accountIds: z.array(id),
  nps: z.number().min(-100).max(100).optional(),
});

export const assignmentSchema = z.strictObject({ accountId: id, userId: id, role: z.string().min(1) });

export const sentimentSchema = z.enum(['positive', 'neutral', 'negative']);

export const touchpointSchema = z.strictObject({
  id,
  accountId: id,
  userId: id,
  flow: z.string().min(1),
  type: z.string().min(1),
  at: isoDateTime,
  subject: z.string().optional(),
  sentiment: sentimentSchema.optional(),
});

export const taskSchema = z.strictObject({
  id,
  accountId: id,
  userId: id,
  flow: z.string().min(1),
  title: z.string().optional(),
  dueAt: isoDateTime,
  completedAt: isoDateTime.nullable(),
});

export const usageRowSchema = z.strictObject({
  accountId: id,
  /** The UTC day, `YYYY-MM-DD` (a full timestamp is accepted and truncated to its day). */
  date: isoDateTime,
  activeUsers: z.number().min(0),
  events: z.number().min(0).optional(),
  modules: z.record(z.string(), z.number().min(0)).optional(),
  /** Version 2: events per end user (`endUsers[].id`) that day, for "top users". */
  users: z.record(id, z.number().min(0)).optional(),
});

/**
 * Where a health measure reads its raw value: an attribute of the account (its own value), or
 * usage over the `days` days before the scoring time.
 */
export const measureSourceSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('attribute'), key: id }),
  z.strictObject({
    type: z.literal('usage'),
    metric: z.enum(['activeUsers', 'activeDays', 'events']),
    days: z.number().int().min(1).max(365),
  }),
]);

/**
 * How a raw value becomes a 0–100 score.
 * - `threshold`: Good = 100, Average = 60, Poor = 0. With `good > poor` higher is better: a value
 *   `>= good` is good, `< poor` is poor, between is average. With `good < poor` lower is better
 *   (`<= good` good, `> poor` poor).
 * - `range`: linear from `min` (0) to `max` (100), clamped; `min > max` means lower is better.
 * - `boolean`: 100 when the value equals `good`, else 0.
 */
export const measureRuleSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('threshold'), poor: z.number(), good: z.number() }),
  z.strictObject({ type: z.literal('range'), min: z.number(), max: z.number() }),
  z.strictObject({ type: z.literal('boolean'), good: z.boolean() }),
]);

export const measureSchema = z.strictObject({
  key: id,
  label: z.string(),
  weight: z.number().positive(),
  source: measureSourceSchema,
  rule: measureRuleSchema,
});

export const dimensionSchema = z.strictObject({
  key: id,
  label: z.string(),
  weight: z.number().positive(),
  measures: z.array(measureSchema).min(1),
});

export const healthProfileSchema = z.strictObject({
  id,
  accountTypeId: id,
  dimensions: z.array(dimensionSchema).min(1),
  /** Band thresholds on the 0–100 score: poor below `poor`, good at or above `good`. */
  bands: z.strictObject({ poor: z.number().min(0).max(100), good: z.number().min(0).max(100) }),
  /**
   * How a parent account's health is derived when it has children: from its own measures
   * (`own`, the default), or from the share of children (`childrenByCount`) or of contract value
   * (`childrenByValue`) in each band.
   */
  parentHealth: z.enum(['own', 'childrenByCount', 'childrenByValue']).optional(),
});

/** Who made a change: a host's backend (service key id) or a signed-in user (user id). */
export const actorSchema = z.strictObject({ kind: z.enum(['service', 'user']), id });

export const attributeChangeSchema = z.strictObject({
  accountId: id,
  key: id,
  at: isoDateTime,
  old: attributeValueSchema,
  new: attributeValueSchema,
  /** Version 2: who made the change (the server records it for writes through the API). */
  actor: actorSchema.optional(),
});

/** Version 2: a support ticket of an account. */
export const ticketSchema = z.strictObject({
  id,
  accountId: id,
  subject: z.string().optional(),
  priority: z.enum(['low', 'normal', 'high', 'urgent']),
  status: z.enum(['open', 'pending', 'solved']),
  openedAt: isoDateTime,
  solvedAt: isoDateTime.optional(),
});

/** An absolute `http:` or `https:` URL (anything else, e.g. `javascript:`, is refused). */
export const webUrl = z.string().regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, 'expected an absolute http(s) URL');

/** Version 2: a document or link kept on an account. */
export const assetSchema = z.strictObject({
  id,
  accountId: id,
  name: z.string(),
  url: webUrl,
  kind: z.enum(['document', 'link']).optional(),
  /** Who added it: a user id, or a free-text name. */
  addedBy: z.string().optional(),
  addedAt: isoDateTime,
});

/** Version 2: one record of a named collection of an account (e.g. a CRM opportunity). */
export const collectionRecordSchema = z.strictObject({
  id,
  accountId: id,
  /** The collection's name, e.g. `opportunities`. */
  collection: z.string().min(1),
  name: z.string(),
  fields: z.record(z.string(), attributeValueSchema),
});

/** Version 2: an end user of the product at an account (the people usage counts). */
export const endUserSchema = z.strictObject({
  id,
  accountId: id,
  name: z.string().optional(),
  email: z.string().optional(),
  lastSeenAt: isoDateTime.optional(),
});

/** The dataset versions this release reads. */
export const datasetVersions = [1, 2] as const;

/** The whole dataset file, version 1 or 2. */
export const datasetSchema = z.strictObject({
  version: z.union([z.literal(1), z.literal(2)]),
  tenant: z.strictObject({ id, name: z.string(), currency: z.string().optional() }),
  accountTypes: z.array(accountTypeSchema),
  attributes: z.array(attributeDefinitionSchema),
  accounts: z.array(accountSchema),
  users: z.array(userSchema).optional().default([]),
  teams: z.array(teamSchema).optional().default([]),
  contacts: z.array(contactSchema).optional().default([]),
  assignments: z.array(assignmentSchema).optional().default([]),
  touchpoints: z.array(touchpointSchema).optional().default([]),
  tasks: z.array(taskSchema).optional().default([]),
  usage: z.array(usageRowSchema).optional().default([]),
  healthProfiles: z.array(healthProfileSchema).optional().default([]),
  attributeHistory: z.array(attributeChangeSchema).optional().default([]),
  tickets: z.array(ticketSchema).optional(),
  assets: z.array(assetSchema).optional(),
  collections: z.array(collectionRecordSchema).optional(),
  endUsers: z.array(endUserSchema).optional(),
});

/** A parsed, validated dataset (every optional list present, possibly empty). */
export type Dataset = z.output<typeof datasetSchema>;
/** The dataset as written in a file (optional lists may be absent). */
export type DatasetInput = z.input<typeof datasetSchema>;
export type AttributeValue = z.infer<typeof attributeValueSchema>;
export type Rollup = z.infer<typeof rollupSchema>;
export type AttributeType = z.infer<typeof attributeTypeSchema>;
export type AttributeCategory = z.infer<typeof attributeCategorySchema>;
export type AttributeMeaning = z.infer<typeof attributeMeaningSchema>;
export type AttributeDefinition = z.infer<typeof attributeDefinitionSchema>;
export type AccountType = z.infer<typeof accountTypeSchema>;
export type Account = z.infer<typeof accountSchema>;
export type Seat = z.infer<typeof seatSchema>;
export type User = z.infer<typeof userSchema>;
export type Team = z.infer<typeof teamSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
export type Sentiment = z.infer<typeof sentimentSchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type Task = z.infer<typeof taskSchema>;
export type UsageRow = z.infer<typeof usageRowSchema>;
export type MeasureSource = z.infer<typeof measureSourceSchema>;
export type MeasureRule = z.infer<typeof measureRuleSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Dimension = z.infer<typeof dimensionSchema>;
export type HealthProfile = z.infer<typeof healthProfileSchema>;
export type AttributeChange = z.infer<typeof attributeChangeSchema>;
export type ChangeActor = z.infer<typeof actorSchema>;
export type Ticket = z.infer<typeof ticketSchema>;
export type Asset = z.infer<typeof assetSchema>;
export type CollectionRecord = z.infer<typeof collectionRecordSchema>;
export type EndUser = z.infer<typeof endUserSchema>;
