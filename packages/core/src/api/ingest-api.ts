/**
 * The ingestion API contract (DESIGN.md "Live data"): the body of `POST /v1/ingest` (upserts in
 * the dataset file's shapes, deletes by key), its answer, and the page of the change feed
 * `GET /v1/changes`. Server to server, with a tenant's service key.
 */
import { z } from 'zod';
import {
  accountSchema,
  accountTypeSchema,
  assignmentSchema,
  attributeDefinitionSchema,
  contactSchema,
  healthProfileSchema,
  taskSchema,
  teamSchema,
  touchpointSchema,
  usageRowSchema,
  userSchema,
} from '../dataset/schema.ts';

/** Most items (upserts plus deletes) in one batch. */
export const ingestMaxItems = 10_000;
/** Largest ingest body in bytes (10 MB). */
export const ingestMaxBodyBytes = 10 * 1024 * 1024;

/** The kinds a batch may upsert or delete, in the order a batch applies its upserts. */
export const ingestKinds = ['accountTypes', 'attributes', 'healthProfiles', 'teams', 'users', 'accounts', 'contacts', 'assignments', 'touchpoints', 'tasks', 'usage'] as const;
/** One kind of an ingest batch. */
export type IngestKind = (typeof ingestKinds)[number];

/**
 * An account upsert: the dataset file's account, where an account already stored may leave out
 * `name`, `typeId`, `parentId` and `attributes` (they keep their stored values), so a host can
 * push one changed attribute as `{ id, attributes: { renewalDate: "…" } }`. A new account needs
 * them all (else `422` naming each missing field).
 */
export const accountUpsertSchema = accountSchema.partial({ name: true, typeId: true, parentId: true, attributes: true });
/** An account upsert of `POST /v1/ingest`. */
export type AccountUpsert = z.infer<typeof accountUpsertSchema>;

const upserts = {
  accounts: accountUpsertSchema,
  users: userSchema,
  teams: teamSchema,
  contacts: contactSchema,
  assignments: assignmentSchema,
  touchpoints: touchpointSchema,
  tasks: taskSchema,
  usage: usageRowSchema,
  attributes: attributeDefinitionSchema,
  accountTypes: accountTypeSchema,
  healthProfiles: healthProfileSchema,
};

const text = z.string().min(1, 'must not be empty');

/**
 * A key to delete: the id (attribute `key`) for most kinds; usage `{ accountId, date }` and
 * assignments `{ accountId, userId, role }`.
 */
export const ingestDeleteKeySchema = z.union([
  text,
  z.strictObject({ accountId: text, date: text }),
  z.strictObject({ accountId: text, userId: text, role: text }),
]);

/** The body of `POST /v1/ingest`. */
export const ingestRequestSchema = z.strictObject({
  upserts: z
    .strictObject(Object.fromEntries(ingestKinds.map((kind) => [kind, z.array(upserts[kind]).optional()])) as { [K in IngestKind]: z.ZodOptional<z.ZodArray<(typeof upserts)[K]>> })
    .optional(),
  deletes: z.strictObject(Object.fromEntries(ingestKinds.map((kind) => [kind, z.array(ingestDeleteKeySchema).optional()])) as { [K in IngestKind]: z.ZodOptional<z.ZodArray<typeof ingestDeleteKeySchema>> }).optional(),
});
/** A parsed ingest batch. */
export type IngestRequest = z.output<typeof ingestRequestSchema>;

/** The answer of an accepted batch. */
export const ingestResponseSchema = z.object({
  /** The tenant's latest `seq` once the batch is committed (the `dataVersion` that reflects it). */
  seq: z.number().int().min(0),
  /** Change rows written per kind (cascaded deletions of a deleted account's activity included). */
  applied: z.record(z.string(), z.number().int().min(0)),
  /** Items whose values were already stored (they wrote nothing). */
  unchanged: z.number().int().min(0),
});
/** The answer of `POST /v1/ingest`. */
export type IngestResponse = z.infer<typeof ingestResponseSchema>;

/** One change of the log as the feed shows it. */
export const dataChangeSchema = z.object({
  seq: z.number().int().min(1),
  at: z.string(),
  actor: z.object({ kind: z.enum(['service', 'user']), id: z.string() }),
  kind: z.string(),
  key: z.string(),
  old: z.unknown(),
  new: z.unknown(),
});

/** The query of `GET /v1/changes`. */
export const changesQuerySchema = z.strictObject({
  after: z.coerce.number().int('must be an integer').min(0).default(0),
  limit: z.coerce.number().int('must be an integer').min(1).max(1000).default(100),
});

/** A page of the change feed. */
export const changesPageSchema = z.object({
  changes: z.array(dataChangeSchema),
  /** The tenant's latest `seq`. */
  latestSeq: z.number().int().min(0),
  /** The `after` of the next page, or `null` when this page reaches `latestSeq`. */
  next: z.number().int().min(0).nullable(),
});
/** A page of `GET /v1/changes`. */
export type ChangesPage = z.infer<typeof changesPageSchema>;
