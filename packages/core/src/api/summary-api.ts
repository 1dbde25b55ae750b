/**
 * Request and response shapes of the summary routes: the cached summary, jobs and their
 * Server-Sent Events, feedback, the tenant's configuration and the admin preview.
 */
import { z } from 'zod';
import { dataVersionField } from './data-version.ts';
import { attributeCategorySchema, attributeTypeSchema, attributeValueSchema } from '../dataset/schema.ts';
import { summaryConfigSchema, versionedSummaryConfigSchema } from '../summary/config-schema.ts';
import { summaryOutputSchema, summarySectionNames, summaryStatementSchema } from '../summary/output-schema.ts';
import { problemSchema } from './problem.ts';

/** Who wrote a summary. */
export const generatorInfoSchema = z.object({
  kind: z.enum(['openai', 'offline']),
  /** The model name, or `null` for the offline generator. */
  model: z.string().nullable(),
  /** Display label, e.g. "gpt-4.1-mini" or "Offline summary (generated without AI)". */
  label: z.string(),
});
/** Who wrote a summary. */
export type GeneratorInfo = z.infer<typeof generatorInfoSchema>;

/** Token usage and estimated cost of one generation. */
export const generationUsageSchema = z.object({
  promptTokens: z.number().int(),
  completionTokens: z.number().int(),
  estimatedCostUsd: z.number(),
});
/** Token usage and estimated cost of one generation. */
export type GenerationUsage = z.infer<typeof generationUsageSchema>;

/** A statement (or KPI) the faithfulness check kept out of what the reader sees, with why. */
export const withheldItemSchema = z.object({
  section: z.enum([...summarySectionNames, 'kpis']),
  /** The statement's text (names restored), or `label: value` of a KPI. */
  text: z.string(),
  evidence: z.array(z.string()),
  /** Why it was withheld ("number 17% is not in the input", "unknown evidence key 'attr.x'"). */
  reasons: z.array(z.string()),
  /** 1 for the first answer, 2 for the repair round. */
  round: z.union([z.literal(1), z.literal(2)]),
});
/** A withheld statement or KPI. */
export type WithheldItemRecord = z.infer<typeof withheldItemSchema>;

/**
 * What the faithfulness check withheld from a summary. The reader sees "N statements withheld:
 * not supported by the account data"; admins can open the items.
 */
export const summaryWithheldSchema = z.object({
  /** Statements withheld from what the reader sees (after the repair round). */
  statements: z.number().int().min(0),
  /** KPIs shown as their input value instead of the model's. */
  kpis: z.number().int().min(0),
  /** Statements the repair round replaced with corrected ones. */
  repaired: z.number().int().min(0),
  items: z.array(withheldItemSchema),
});
/** What the faithfulness check withheld from a summary. */
export type SummaryWithheld = z.infer<typeof summaryWithheldSchema>;

/** A stored summary: real names restored, with the evidence values it cites. */
export const storedSummarySchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  accountId: z.string(),
  configVersion: z.number().int(),
  generatedAt: z.string(),
  /** `generatedAt` + 12 hours. */
  expiresAt: z.string(),
  generator: generatorInfoSchema,
  output: summaryOutputSchema,
  /** Per cited input key: a readable label and the value it had (names restored). */
  evidence: z.record(z.string(), z.object({ label: z.string(), value: attributeValueSchema })),
  /** Fingerprint of the summary input, to tell whether the data changed since. */
  inputFingerprint: z.string(),
  usage: generationUsageSchema.nullable(),
  /** The `seq` of the change log the summary's input reflects (absent on summaries stored before live data). */
  dataVersion: z.number().int().nonnegative().optional(),
  /** What the faithfulness check withheld; absent when nothing was (and on summaries stored before). */
  withheld: summaryWithheldSchema.optional(),
});
/** A stored summary. */
export type StoredSummary = z.infer<typeof storedSummarySchema>;

/** A feedback vote. */
export const voteSchema = z.enum(['up', 'down']);

/** Changes to an account or its subtree after the `seq` its summary was generated from. */
export const dataChangedSinceSchema = z.object({
  /** How many changes of the change log touched the account or an account below it. */
  changes: z.number().int().positive(),
  /** When the latest of them was accepted (ISO, UTC). */
  latestAt: z.string(),
});
/** Changes to an account or its subtree since its summary was generated. */
export type DataChangedSince = z.infer<typeof dataChangedSinceSchema>;

/** `GET /v1/accounts/:id/summary` when a summary is served (200). */
export const summaryReadySchema = z.object({
  state: z.enum(['fresh', 'expired']),
  summary: storedSummarySchema,
  /** The account's data changed since the summary was generated. */
  dataChanged: z.boolean(),
  /** Changes to the account or its subtree after the summary's `dataVersion`; `null` when none (or not known). */
  dataChangedSince: dataChangedSinceSchema.nullable().default(null),
  /** The caller's own vote on this summary, if any. */
  myVote: voteSchema.nullable(),
  /** A generation running for the same key (e.g. the refresher), if any. */
  jobId: z.string().nullable(),
  ...dataVersionField,
});

/** `GET /v1/accounts/:id/summary` while one is generated (202), also the answer to refresh. */
export const summaryPendingSchema = z.object({
  state: z.literal('generating'),
  jobId: z.string(),
  /** The last good summary of the account, shown while the new one is written. */
  lastGood: storedSummarySchema.nullable(),
  /** Why the previous attempt failed, when it did. */
  lastError: problemSchema.nullable(),
  ...dataVersionField,
});

/** Either answer of `GET /v1/accounts/:id/summary`. */
export const summaryResponseSchema = z.discriminatedUnion('state', [summaryReadySchema, summaryPendingSchema]);
/** Either answer of `GET /v1/accounts/:id/summary`. */
export type SummaryResponse = z.infer<typeof summaryResponseSchema>;

/** Stages of a generation job, in order. */
export const jobStages = ['queued', 'collecting', 'anonymizing', 'writing', 'checking', 'storing', 'done', 'failed'] as const;
/** A job stage. */
export const jobStageSchema = z.enum(jobStages);
/** A job stage. */
export type JobStage = z.infer<typeof jobStageSchema>;

/** A section name. */
export const sectionNameSchema = z.enum(summarySectionNames);

/** `GET /v1/jobs/:id`. */
export const jobSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  accountId: z.string(),
  configVersion: z.number().int(),
  /** `generate` on a cache miss or expiry, `refresh` for a hard refresh. */
  reason: z.enum(['generate', 'refresh', 'refresher']),
  status: z.enum(['queued', 'running', 'succeeded', 'failed']),
  stage: jobStageSchema,
  /** 0–1. */
  progress: z.number().min(0).max(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Sections written so far (names restored), for late joiners. */
  sections: z.partialRecord(sectionNameSchema, z.array(summaryStatementSchema)),
  /** The stored summary's id once succeeded. */
  summaryId: z.string().nullable(),
  error: problemSchema.nullable(),
});
/** A generation job. */
export type Job = z.infer<typeof jobSchema>;

/**
 * Events of `GET /v1/jobs/:id/events` (SSE, the `event:` field is `type`). The first event is
 * always `job` (the whole job so far) so a client that joins late catches up; then `stage` and
 * `section` as they happen; the stream ends with `done` or `failed`.
 */
export const jobEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('job'), job: jobSchema }),
  z.object({
    type: z.literal('stage'),
    stage: jobStageSchema,
    progress: z.number(),
    at: z.string(),
    /** Set when an attempt failed for a passing reason and the queue will run the job again (stage `queued`). */
    retry: z.object({ nextAttempt: z.number().int().min(2), problem: problemSchema }).optional(),
  }),
  z.object({ type: z.literal('section'), section: sectionNameSchema, statements: z.array(summaryStatementSchema) }),
  z.object({ type: z.literal('done'), summary: storedSummarySchema }),
  z.object({ type: z.literal('failed'), problem: problemSchema }),
]);
/** One job event. */
export type JobEvent = z.infer<typeof jobEventSchema>;

/** `POST /v1/accounts/:id/summary/feedback` body. */
export const feedbackRequestSchema = z.strictObject({
  vote: voteSchema,
  reason: z.string().max(1000, 'at most 1000 characters').optional(),
});
/** `POST /v1/accounts/:id/summary/feedback` body. */
export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>;

/** A stored vote (one per user per summary; a new vote replaces the old one). */
export const feedbackSchema = z.object({
  summaryId: z.string(),
  tenantId: z.string(),
  accountId: z.string(),
  userId: z.string(),
  vote: voteSchema,
  reason: z.string().nullable(),
  configVersion: z.number().int(),
  model: z.string().nullable(),
  at: z.string(),
});
/** A stored vote. */
export type Feedback = z.infer<typeof feedbackSchema>;

/** `GET /v1/summary-feedback` (admin): helpfulness by config version and model. */
export const feedbackReportSchema = z.object({
  rows: z.array(
    z.object({
      configVersion: z.number().int(),
      model: z.string().nullable(),
      up: z.number().int(),
      down: z.number().int(),
      /** up / (up + down), `null` without votes. */
      helpfulness: z.number().nullable(),
    }),
  ),
});

/** An attribute as the settings screen lists it. */
export const configurableAttributeSchema = z.object({
  key: z.string(),
  label: z.string(),
  type: attributeTypeSchema,
  category: attributeCategorySchema,
  pii: z.boolean(),
  restricted: z.boolean(),
});

/** `GET` and `PUT /v1/summary-config` answer. */
export const summaryConfigResponseSchema = versionedSummaryConfigSchema.extend({
  /** Every attribute of the tenant, for choosing KPIs and include/ignore lists. */
  attributes: z.array(configurableAttributeSchema),
});
/** `GET` and `PUT /v1/summary-config` answer. */
export type SummaryConfigResponse = z.infer<typeof summaryConfigResponseSchema>;

/** `POST /v1/summary-config/preview` body: a draft config and an optional sample account. */
export const previewRequestSchema = z.strictObject({
  config: summaryConfigSchema,
  accountId: z.string().min(1).optional(),
});

/** The exact payload that would leave the server (after anonymization). */
export const summaryPreviewSchema = z.object({
  accountId: z.string(),
  messages: z.array(z.object({ role: z.enum(['system', 'user']), content: z.string() })),
  /** The anonymized input object the user message carries. */
  payload: z.unknown(),
  /** Size of the payload in tokens (estimated). */
  tokens: z.number().int(),
});
/** The exact payload that would leave the server. */
export type SummaryPreview = z.infer<typeof summaryPreviewSchema>;
