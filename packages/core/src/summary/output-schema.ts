/**
 * The account summary's output contract (DESIGN.md "Account summaries", 4): header KPIs and
 * seven sections of statements, each statement citing the input keys it rests on.
 * The same schema validates the model's structured output and the offline generator's.
 * It is written to be accepted by OpenAI structured outputs in strict mode: every field
 * required, no unsupported keywords.
 */
import { z } from 'zod';

/** The section names, in display order. */
export const summarySectionNames = [
  'overview',
  'usageAndEngagement',
  'interactions',
  'sentiment',
  'risks',
  'renewal',
  'nextActions',
] as const;

/** A section name. */
export type SummarySectionName = (typeof summarySectionNames)[number];

/** One statement of a section, with the input keys it rests on. */
export const summaryStatementSchema = z.object({
  text: z.string(),
  evidence: z.array(z.string()),
});
/** One statement of a section. */
export type SummaryStatement = z.infer<typeof summaryStatementSchema>;

/** One header KPI. */
export const summaryKpiSchema = z.object({ key: z.string(), label: z.string(), value: z.string() });
/** One header KPI. */
export type SummaryKpi = z.infer<typeof summaryKpiSchema>;

/** The seven sections. */
export const summarySectionsSchema = z.object({
  overview: z.array(summaryStatementSchema),
  usageAndEngagement: z.array(summaryStatementSchema),
  interactions: z.array(summaryStatementSchema),
  sentiment: z.array(summaryStatementSchema),
  risks: z.array(summaryStatementSchema),
  renewal: z.array(summaryStatementSchema),
  nextActions: z.array(summaryStatementSchema),
});
/** The seven sections. */
export type SummarySections = z.infer<typeof summarySectionsSchema>;

/** The whole output of a generator. */
export const summaryOutputSchema = z.object({
  kpis: z.array(summaryKpiSchema),
  sections: summarySectionsSchema,
});
/** The whole output of a generator. */
export type SummaryOutput = z.infer<typeof summaryOutputSchema>;
