/**
 * `createOpenAIGenerator`: the `SummaryGenerator` over the `openai` SDK, for OpenAI and any
 * OpenAI-compatible endpoint (`baseURL`: Azure OpenAI, vLLM, Ollama). Structured output in
 * strict mode from the core zod schema; streamed, with each section reported as soon as its
 * JSON closes. The SDK retries 429, 5xx and timeouts with backoff and honours Retry-After;
 * `totalTimeoutMs` caps the whole attempt including retries. Failures come back as distinct
 * `GenerationError` kinds. The SDK log level stays at `warn`: prompts never reach a log.
 */
import {
  GenerationError,
  summaryOutputSchema,
  summarySectionNames,
  type GenerateRequest,
  type GenerateResult,
  type GeneratorInfo,
  type SummaryGenerator,
} from '@successkit/core';
import OpenAI from 'openai';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  ContentFilterFinishReasonError,
  LengthFinishReasonError,
} from 'openai/core/error';
import { zodResponseFormat } from 'openai/helpers/zod';
import { estimateCostUsd, pricingFor, type ModelPricing } from './model-pricing.ts';
import { SectionStreamParser } from './section-stream-parser.ts';

/** Options of the OpenAI generator. */
export interface OpenAIGeneratorOptions {
  apiKey: string;
  /** An OpenAI-compatible endpoint (default: OpenAI). */
  baseURL?: string;
  /** Default `gpt-4.1-mini`. */
  model?: string;
  /** Timeout of one HTTP attempt in ms (default 60 s). */
  timeoutMs?: number;
  /** Retries of 408/409/429/5xx and connection errors, with backoff and Retry-After (default 3). */
  maxRetries?: number;
  /** Cap on the whole generation including retries, in ms (default 3 min). */
  totalTimeoutMs?: number;
  /** Prices for the cost estimate (default: list price of known models, else 0). */
  pricing?: ModelPricing;
  /** Stream the output (default true). */
  stream?: boolean;
  /** Output token limit (default 4096). */
  maxOutputTokens?: number;
  temperature?: number;
}

const responseFormat = zodResponseFormat(summaryOutputSchema, 'account_summary');

/**
 * Creates the OpenAI generator.
 *
 * @example
 * ```ts
 * const generator = createOpenAIGenerator({ apiKey: process.env.OPENAI_API_KEY!, model: 'gpt-4.1-mini' });
 * const { output, usage } = await generator.generate({ messages, payload, onSection: (name) => console.log(name) });
 * ```
 */
export function createOpenAIGenerator(options: OpenAIGeneratorOptions): SummaryGenerator {
  const model = options.model ?? 'gpt-4.1-mini';
  const timeout = options.timeoutMs ?? 60_000;
  const maxRetries = options.maxRetries ?? 3;
  const totalTimeoutMs = options.totalTimeoutMs ?? 180_000;
  const pricing = pricingFor(model, options.pricing);
  const client = new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    timeout,
    maxRetries,
    logLevel: 'warn', // never 'debug': it would log request bodies
  });
  const info: GeneratorInfo = { kind: 'openai', model, label: model };

  return {
    info,
    async generate(request: GenerateRequest): Promise<GenerateResult> {
      const cap = AbortSignal.timeout(totalTimeoutMs);
      const signal = request.signal ? AbortSignal.any([request.signal, cap]) : cap;
      const params = {
        model,
        messages: [
          { role: 'system' as const, content: request.messages.system },
          { role: 'user' as const, content: request.messages.user },
        ],
        response_format: responseFormat,
        max_completion_tokens: options.maxOutputTokens ?? 4096,
        temperature: options.temperature ?? 0.2,
      };
      try {
        let completion;
        if (options.stream ?? true) {
          const parser = request.onSection ? new SectionStreamParser(request.onSection) : null;
          const stream = client.chat.completions.stream(
            { ...params, stream_options: { include_usage: true } },
            { signal, timeout, maxRetries },
          );
          if (parser) stream.on('content.delta', ({ delta }) => parser.push(delta));
          completion = await stream.finalChatCompletion();
        } else {
          completion = await client.chat.completions.parse(params, { signal, timeout, maxRetries });
        }
        const choice = completion.choices[0];
        if (!choice) throw new GenerationError('upstream', 'The model returned no choice.');
        if (choice.message.refusal) throw new GenerationError('refusal', 'The model refused to write the summary.');
        if (choice.finish_reason === 'length') throw new GenerationError('truncated', 'The output was cut off at the length limit.');
        if (choice.finish_reason === 'content_filter') throw new GenerationError('content-filter', 'The output was blocked by a content filter.');
        const output = choice.message.parsed;
        if (!output) throw new GenerationError('invalid-json', 'The model returned no structured output.');
        if (!(options.stream ?? true)) for (const name of summarySectionNames) request.onSection?.(name, output.sections[name]);
        const usage = completion.usage
          ? {
              promptTokens: completion.usage.prompt_tokens,
              completionTokens: completion.usage.completion_tokens,
              estimatedCostUsd: estimateCostUsd(pricing, completion.usage.prompt_tokens, completion.usage.completion_tokens),
            }
          : null;
        return { output, usage, generator: info };
      } catch (error) {
        throw toGenerationError(error, cap, request.signal);
      }
    },
  };
}

/** Maps SDK and parse errors to the contract's failure kinds. */
export function toGenerationError(error: unknown, cap: AbortSignal, callerSignal?: AbortSignal): unknown {
  if (error instanceof GenerationError) return error;
  if (error instanceof LengthFinishReasonError) return new GenerationError('truncated', 'The output was cut off at the length limit.', { cause: error });
  if (error instanceof ContentFilterFinishReasonError)
    return new GenerationError('content-filter', 'The output was blocked by a content filter.', { cause: error });
  // The streaming helper wraps parse errors in an OpenAIError whose `cause` is the original.
  const parseError = !(error instanceof APIError) && error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (parseError instanceof SyntaxError || (parseError as Error | null)?.name === 'MalformedJSON')
    return new GenerationError('invalid-json', 'The model returned output that is not valid JSON.', { cause: error });
  if (parseError && typeof parseError === 'object' && 'issues' in parseError)
    return new GenerationError('invalid-output', 'The model output does not match the summary schema.', { cause: error });
  if (error instanceof APIConnectionTimeoutError) return new GenerationError('timeout', 'The model did not answer in time.', { cause: error });
  if (error instanceof APIUserAbortError || (error as Error | null)?.name === 'AbortError') {
    if (cap.aborted && !callerSignal?.aborted)
      return new GenerationError('timeout', 'The generation took longer than its total time limit.', { cause: error });
    return error;
  }
  if (error instanceof APIError && error.status !== undefined)
    return new GenerationError('upstream', `The model provider answered ${error.status} after retries.`, { cause: error });
  if (error instanceof APIConnectionError) return new GenerationError('upstream', 'Could not reach the model provider.', { cause: error });
  return error;
}
