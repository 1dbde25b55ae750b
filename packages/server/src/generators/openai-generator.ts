/**
 * `createOpenAIGenerator`: the `SummaryGenerator` over the `openai` SDK, for OpenAI and any
 * OpenAI-compatible endpoint (`baseURL`: Azure OpenAI, vLLM, Ollama). Every request carries its
 * own JSON schema, built from its payload, in which evidence keys are an `enum` of the payload's
 * `points` keys; how it is sent depends on the structured mode (`structured-request.ts`:
 * strict `json_schema`, `json_object` with the schema in the prompt, or a forced tool call).
 * The answer is read by core's lenient parser and zod (prose or a Markdown fence around the
 * JSON is tolerated), streamed, with each section reported as soon as its JSON closes. The SDK
 * retries 429, 5xx and timeouts with backoff and honours Retry-After; `totalTimeoutMs` caps the
 * whole attempt including retries. Failures come back as distinct `GenerationError` kinds. The
 * SDK log level stays at `warn`: prompts never reach a log.
 */
import {
  GenerationError,
  parseSummaryText,
  parseSummaryValue,
  summarySectionNames,
  type GenerateRequest,
  type GenerateResult,
  type GeneratorInfo,
  type SummaryGenerator,
  type SummaryOutput,
} from '@successkit/core';
import OpenAI from 'openai';
import { estimateCostUsd, pricingFor, type ModelPricing } from './model-pricing.ts';
import { toGenerationError } from './openai-errors.ts';
import { SectionStreamParser } from './section-stream-parser.ts';
import { structuredParams, type StructuredMode } from './structured-request.ts';

/** Options of the OpenAI generator. */
export interface OpenAIGeneratorOptions {
  apiKey: string;
  /** An OpenAI-compatible endpoint (default: OpenAI). */
  baseURL?: string;
  /** Default `gpt-4.1-mini`. */
  model?: string;
  /** How structured output is requested (default `json_schema`; `SUCCESSKIT_STRUCTURED`). */
  structured?: StructuredMode;
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

/** What one answer came back as, streamed or not. */
interface Answer {
  content: string;
  toolArguments: string | null;
  refusal: string | null;
  finishReason: string | null;
  usage: { prompt_tokens: number; completion_tokens: number } | null;
}

/** Feeds the section parser from the first `{` on, so prose before the JSON cannot confuse it. */
function sectionFeed(onSection: GenerateRequest['onSection']): ((delta: string) => void) | null {
  if (!onSection) return null;
  const parser = new SectionStreamParser(onSection);
  let started = false;
  return (delta) => {
    if (!started) {
      const at = delta.indexOf('{');
      if (at === -1) return;
      started = true;
      delta = delta.slice(at);
    }
    parser.push(delta);
  };
}

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
  const mode = options.structured ?? 'json_schema';
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

  async function ask(request: GenerateRequest, signal: AbortSignal): Promise<Answer> {
    const params = {
      model,
      ...structuredParams(mode, request.messages, request.payload),
      max_completion_tokens: options.maxOutputTokens ?? 4096,
      temperature: options.temperature ?? 0.2,
    };
    if (!(options.stream ?? true)) {
      const completion = await client.chat.completions.create({ ...params, stream: false }, { signal, timeout, maxRetries });
      const choice = completion.choices[0];
      if (!choice) throw new GenerationError('upstream', 'The model returned no choice.');
      const call = choice.message.tool_calls?.find((c) => c.type === 'function');
      return {
        content: choice.message.content ?? '',
        toolArguments: call && call.type === 'function' ? call.function.arguments : null,
        refusal: choice.message.refusal ?? null,
        finishReason: choice.finish_reason,
        usage: completion.usage ?? null,
      };
    }
    const stream = await client.chat.completions.create({ ...params, stream: true, stream_options: { include_usage: true } }, { signal, timeout, maxRetries });
    const feed = sectionFeed(request.onSection);
    const answer: Answer = { content: '', toolArguments: null, refusal: null, finishReason: null, usage: null };
    let sawChoice = false;
    for await (const chunk of stream) {
      if (chunk.usage) answer.usage = chunk.usage;
      const choice = chunk.choices[0];
      if (!choice) continue;
      sawChoice = true;
      const { delta } = choice;
      if (delta.content) {
        answer.content += delta.content;
        if (mode !== 'tools') feed?.(delta.content);
      }
      if (delta.refusal) answer.refusal = (answer.refusal ?? '') + delta.refusal;
      for (const call of delta.tool_calls ?? []) {
        const piece = call.function?.arguments ?? '';
        answer.toolArguments = (answer.toolArguments ?? '') + piece;
        if (piece) feed?.(piece);
      }
      if (choice.finish_reason) answer.finishReason = choice.finish_reason;
    }
    if (!sawChoice) throw new GenerationError('upstream', 'The model returned no choice.');
    return answer;
  }

  function outputOf(answer: Answer): SummaryOutput {
    if (answer.refusal) throw new GenerationError('refusal', 'The model refused to write the summary.');
    if (answer.finishReason === 'length') throw new GenerationError('truncated', 'The output was cut off at the length limit.');
    if (answer.finishReason === 'content_filter') throw new GenerationError('content-filter', 'The output was blocked by a content filter.');
    if (answer.toolArguments !== null && answer.toolArguments.trim()) {
      let value: unknown;
      try {
        value = JSON.parse(answer.toolArguments);
      } catch (cause) {
        throw new GenerationError('invalid-json', 'The model returned tool arguments that are not valid JSON.', { cause });
      }
      return parseSummaryValue(value);
    }
    return parseSummaryText(answer.content);
  }

  return {
    info,
    async generate(request: GenerateRequest): Promise<GenerateResult> {
      const cap = AbortSignal.timeout(totalTimeoutMs);
      const signal = request.signal ? AbortSignal.any([request.signal, cap]) : cap;
      // Sections the stream did not report (not streamed, a tool answered in content, JSON nested under a name) are reported at the end.
      const reported = new Set<string>();
      const onSection = request.onSection;
      const tracked: GenerateRequest = onSection
        ? { ...request, onSection: (name, statements) => (reported.add(name), onSection(name, statements)) }
        : request;
      try {
        const answer = await ask(tracked, signal);
        const output = outputOf(answer);
        for (const name of summarySectionNames) if (!reported.has(name)) onSection?.(name, output.sections[name]);
        const usage = answer.usage
          ? {
              promptTokens: answer.usage.prompt_tokens,
              completionTokens: answer.usage.completion_tokens,
              estimatedCostUsd: estimateCostUsd(pricing, answer.usage.prompt_tokens, answer.usage.completion_tokens),
            }
          : null;
        return { output, usage, generator: info };
      } catch (error) {
        throw toGenerationError(error, cap, request.signal);
      }
    },
  };
}
