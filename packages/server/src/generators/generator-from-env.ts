/**
 * `createGeneratorFromEnv`: the OpenAI generator when `OPENAI_API_KEY` is set (with
 * `OPENAI_BASE_URL`, `SUCCESSKIT_MODEL` and `SUCCESSKIT_STRUCTURED` — `json_schema`, the
 * default, `json_object` or `tools`), otherwise core's offline generator — and a log line
 * saying which one, with no secret in it. An unknown `SUCCESSKIT_STRUCTURED` throws.
 */
import type { SummaryGenerator } from '@successkit/core';
import { createOfflineGenerator } from '../summary/summary-core.ts';
import { createOpenAIGenerator, type OpenAIGeneratorOptions } from './openai-generator.ts';
import { parseStructuredMode } from './structured-request.ts';

/** Where the choice is logged (pino-compatible). */
export interface GeneratorLogger {
  info(object: Record<string, unknown>, message: string): void;
}

const defaultLogger: GeneratorLogger = {
  info: (object, message) => console.info(JSON.stringify({ level: 'info', msg: message, ...object })),
};

/**
 * Picks the generator from the environment.
 *
 * @example
 * ```ts
 * const generator = createGeneratorFromEnv(process.env); // offline without OPENAI_API_KEY
 * ```
 */
export function createGeneratorFromEnv(
  env: Record<string, string | undefined>,
  options: { logger?: GeneratorLogger; openai?: Partial<OpenAIGeneratorOptions> } = {},
): SummaryGenerator {
  const logger = options.logger ?? defaultLogger;
  const apiKey = env.OPENAI_API_KEY?.trim();
  if (!apiKey) {
    logger.info({ generator: 'offline' }, 'OPENAI_API_KEY is not set: summaries use the offline generator (no AI)');
    return createOfflineGenerator() as SummaryGenerator;
  }
  const model = env.SUCCESSKIT_MODEL?.trim() || 'gpt-4.1-mini';
  const baseURL = env.OPENAI_BASE_URL?.trim() || undefined;
  const structured = parseStructuredMode(env.SUCCESSKIT_STRUCTURED);
  logger.info({ generator: 'openai', model, structured, customBaseURL: baseURL !== undefined }, 'summaries use the OpenAI generator');
  return createOpenAIGenerator({ ...options.openai, apiKey, model, structured, ...(baseURL ? { baseURL } : {}) });
}
