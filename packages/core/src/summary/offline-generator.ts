/**
 * The offline generator: used when no model is configured. It writes every section from the
 * same anonymized payload a model would get, deterministically, by rules (see
 * `offline-statements.ts`), with evidence on every statement, and says so: its generator info
 * is `{ kind: 'offline', model: null, label: 'Offline summary — generated without AI' }`.
 */
import type { GeneratorInfo } from '../api/summary-api.ts';
import { GenerationError, type GenerateRequest, type GenerateResult, type SummaryGenerator } from '../contracts/summary-generator.ts';
import { summaryOutputSchema, summarySectionNames, type SummaryOutput } from './output-schema.ts';
import { writeOfflineKpis, writeOfflineSections } from './offline-statements.ts';
import type { SummaryPayload } from './summary-input.ts';

/** The offline generator's identity. */
export const offlineGeneratorInfo: GeneratorInfo = Object.freeze({
  kind: 'offline',
  model: null,
  label: 'Offline summary — generated without AI',
});

/** Writes the offline summary of a payload (no streaming, no signal). */
export function writeOfflineSummary(payload: SummaryPayload): SummaryOutput {
  return summaryOutputSchema.parse({ kpis: writeOfflineKpis(payload), sections: writeOfflineSections(payload) });
}

/**
 * Creates the offline generator.
 *
 * @example
 * ```ts
 * const generator = createOfflineGenerator();
 * const { output, generator: info } = await generator.generate({ messages, payload });
 * info.label; // "Offline summary — generated without AI"
 * ```
 */
export function createOfflineGenerator(): SummaryGenerator<SummaryPayload> {
  return {
    info: offlineGeneratorInfo,
    async generate(request: GenerateRequest<SummaryPayload>): Promise<GenerateResult> {
      const aborted = () => {
        if (request.signal?.aborted) throw new GenerationError('timeout', 'the generation was cancelled', { cause: request.signal.reason });
      };
      aborted();
      const output = writeOfflineSummary(request.payload);
      for (const section of summarySectionNames) {
        aborted();
        request.onSection?.(section, output.sections[section]);
      }
      return { output, usage: null, generator: { ...offlineGeneratorInfo } };
    },
  };
}
