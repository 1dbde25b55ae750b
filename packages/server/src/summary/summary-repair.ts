/**
 * Withhold, then repair once (DESIGN.md "Account summaries", 4), for the job runner: the
 * statements of a model's output that fail the faithfulness check are withheld; when there are
 * any, they go back to the same generator once, with their reasons (`buildRepairMessages`), and
 * the corrected statements that pass are merged. A repair call that fails leaves the first answer
 * standing. Also the filter that keeps unfaithful statements out of streamed sections.
 */
import {
  GenerationError,
  buildRepairMessages,
  mergeRepair,
  summaryOutputSchema,
  summarySectionNames,
  withholdUnfaithful,
  type GenerationUsage,
  type PromptMessages,
  type SummaryGenerator,
  type SummaryOutput,
  type SummaryPayload,
  type SummarySectionName,
  type SummaryStatement,
  type WithholdOutcome,
} from '@successkit/core';

/** The statements of one streamed section that pass the faithfulness check (anonymized). */
export function passingStatements(section: SummarySectionName, statements: SummaryStatement[], payload: SummaryPayload): SummaryStatement[] {
  const sections = Object.fromEntries(summarySectionNames.map((name) => [name, name === section ? statements : []])) as Record<SummarySectionName, SummaryStatement[]>;
  return withholdUnfaithful({ kpis: [], sections }, { ...payload, kpis: [] }).output.sections[section];
}

/** Usage of two calls added up. */
export function addUsage(a: GenerationUsage | null, b: GenerationUsage | null): GenerationUsage | null {
  if (!a || !b) return a ?? b;
  return { promptTokens: a.promptTokens + b.promptTokens, completionTokens: a.completionTokens + b.completionTokens, estimatedCostUsd: a.estimatedCostUsd + b.estimatedCostUsd };
}

/** What one withhold-and-repair pass needs. */
export interface RepairRequest {
  generator: SummaryGenerator;
  messages: PromptMessages;
  payload: SummaryPayload;
  signal?: AbortSignal;
  /** Called with the repair call's usage (to count it against the budget) as soon as it is known. */
  onUsage?: (usage: GenerationUsage) => Promise<void>;
  /** Called when the repair call fails (the first answer stands). */
  onRepairFailed?: (error: GenerationError) => void;
}

/**
 * Withholds the unfaithful statements of an output and, when there were any, runs one repair
 * round. Returns the outcome and the usage of the repair call.
 *
 * @example
 * ```ts
 * const { outcome } = await withholdAndRepair(output, { generator, messages, payload, signal });
 * if (outcome.emptied.length > 0) throw new GenerationError('unfaithful', '…');
 * ```
 */
export async function withholdAndRepair(output: SummaryOutput, request: RepairRequest): Promise<{ outcome: WithholdOutcome; usage: GenerationUsage | null }> {
  const first = withholdUnfaithful(output, request.payload);
  if (first.statements === 0) return { outcome: first, usage: null };
  try {
    const repair = await request.generator.generate({ messages: buildRepairMessages(request.messages, first.items), payload: request.payload, signal: request.signal });
    if (repair.usage) await request.onUsage?.(repair.usage);
    const repaired = summaryOutputSchema.safeParse(repair.output);
    return { outcome: repaired.success ? mergeRepair(first, repaired.data, request.payload) : first, usage: repair.usage };
  } catch (error) {
    if (!(error instanceof GenerationError)) throw error;
    request.onRepairFailed?.(error);
    return { outcome: first, usage: null };
  }
}
