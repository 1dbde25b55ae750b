/**
 * The per-tenant summary configuration (DESIGN.md "Account summaries", 1): header KPIs,
 * categories, attributes sent unmasked, attributes ignored, and the on/off switch.
 * Saving bumps the version; a summary is cached per config version.
 *
 * This schema checks shapes and limits; `validateSummaryConfig` (config.ts) checks the keys
 * against a dataset's attributes and returns messages that say exactly what is wrong.
 */
import { z } from 'zod';

/** Most header KPIs. */
export const maxKpis = 4;
/** Most attributes sent unmasked. */
export const maxIncludeAttributes = 10;

/** A summary configuration (without its version). */
export const summaryConfigSchema = z.strictObject({
  /** Summaries on or off for the tenant. */
  enabled: z.boolean().default(true),
  /** Header KPIs: attribute keys, ordered, at most 4, no duplicates. */
  kpis: z.array(z.string().min(1)).max(maxKpis, `at most ${maxKpis} KPIs`).default([]),
  /** Data-point categories to include; `system` is always on. */
  categories: z
    .strictObject({
      keyInfo: z.boolean().default(true),
      valueMetrics: z.boolean().default(true),
      health: z.boolean().default(true),
      custom: z.boolean().default(true),
    })
    .default({ keyInfo: true, valueMetrics: true, health: true, custom: true }),
  /** Attributes sent unmasked for in-depth analysis (even `pii` ones), at most 10. */
  includeAttributes: z
    .array(z.string().min(1))
    .max(maxIncludeAttributes, `at most ${maxIncludeAttributes} attributes to include`)
    .default([]),
  /** Attributes never sent. */
  ignoreAttributes: z.array(z.string().min(1)).default([]),
});
/** A summary configuration, defaults applied. */
export type SummaryConfig = z.output<typeof summaryConfigSchema>;
/** A summary configuration as written by a caller (defaults optional). */
export type SummaryConfigInput = z.input<typeof summaryConfigSchema>;

/** A saved configuration with its version. */
export const versionedSummaryConfigSchema = z.object({
  version: z.number().int().min(1),
  config: summaryConfigSchema,
  updatedAt: z.string(),
  /** User id of the admin who saved it (`null` for the built-in default). */
  updatedBy: z.string().nullable(),
});
/** A saved configuration with its version. */
export type VersionedSummaryConfig = z.infer<typeof versionedSummaryConfigSchema>;
