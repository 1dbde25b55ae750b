/**
 * The one call the server makes before generating a summary: build the input, anonymize it
 * into the payload, write the prompt, and fingerprint the input — plus the admin preview,
 * which shows exactly what would leave the server for an account.
 */
import type { SummaryPreview } from '../api/summary-api.ts';
import type { PromptMessages } from '../contracts/summary-generator.ts';
import { anonymizeSummaryInput } from './anonymize/anonymize-payload.ts';
import type { AnonymizerOptions } from './anonymize/anonymizer.ts';
import { collectKnownIdentifiers } from './anonymize/known-identifiers.ts';
import type { AnonymizationMapping } from './anonymize/pseudonyms.ts';
import { buildSummaryInput } from './build-summary-input.ts';
import { inputFingerprint } from './cache-policy.ts';
import type { SummaryConfig } from './config-schema.ts';
import { buildPromptMessages } from './prompt.ts';
import type { SummaryData, SummaryInput, SummaryPayload } from './summary-input.ts';

/** Everything a generation needs. The input and mapping never leave the server. */
export interface PreparedSummaryRequest {
  /** The input with real values (for evidence and the fingerprint). */
  input: SummaryInput;
  /** The anonymized input, as sent. */
  payload: SummaryPayload;
  /** Pseudonym → real value, to restore the output. */
  mapping: AnonymizationMapping;
  messages: PromptMessages;
  /** Fingerprint of the input (`inputFingerprint`), stored with the summary. */
  fingerprint: string;
}

/**
 * Prepares a summary request for an account.
 *
 * @throws {SummaryInputError} for an unknown account.
 * @example
 * ```ts
 * const prepared = prepareSummaryRequest(model, 'acme', config, new Date().toISOString());
 * const result = await generator.generate({ messages: prepared.messages, payload: prepared.payload });
 * ```
 */
export function prepareSummaryRequest(
  data: SummaryData,
  accountId: string,
  config: SummaryConfig,
  asOf: string,
  options?: AnonymizerOptions,
): PreparedSummaryRequest {
  const input = buildSummaryInput(data, accountId, config, asOf);
  const { payload, mapping } = anonymizeSummaryInput(input, collectKnownIdentifiers(data.index, accountId), options);
  return { input, payload, mapping, messages: buildPromptMessages(payload), fingerprint: inputFingerprint(input) };
}

/**
 * A rough token count for a prompt text (≈ 3.7 characters per token for this JSON-heavy text,
 * calibrated against the o200k tokenizer in `bench/summary.bench.ts`). For display only.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3.7);
}

/**
 * The admin preview: the exact messages and payload that would leave the server.
 *
 * @example
 * ```ts
 * const preview = buildSummaryPreview(model, 'acme', draftConfig, asOf);
 * preview.messages[1].content; // the user message with the anonymized data
 * ```
 */
export function buildSummaryPreview(data: SummaryData, accountId: string, config: SummaryConfig, asOf: string, options?: AnonymizerOptions): SummaryPreview {
  const { payload, messages } = prepareSummaryRequest(data, accountId, config, asOf, options);
  return {
    accountId,
    messages: [
      { role: 'system', content: messages.system },
      { role: 'user', content: messages.user },
    ],
    payload,
    tokens: estimateTokens(messages.system) + estimateTokens(messages.user),
  };
}
