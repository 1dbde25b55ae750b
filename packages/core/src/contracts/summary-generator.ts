/**
 * The `SummaryGenerator` contract: turns the prompt (and the anonymized input it carries) into
 * a validated `SummaryOutput`. Implementations: the OpenAI generator (server package, through
 * the `openai` SDK, streamed) and the offline generator (core, deterministic, no AI).
 *
 * A generator only ever sees anonymized data; it never restores names.
 */
import { SuccessKitError } from '../errors/successkit-error.ts';
import type { GenerationUsage, GeneratorInfo } from '../api/summary-api.ts';
import type { SummaryOutput, SummarySectionName, SummaryStatement } from '../summary/output-schema.ts';

/** The messages sent to a model. */
export interface PromptMessages {
  /** Rules and the output contract; never contains account data. */
  system: string;
  /** The anonymized payload, clearly delimited as data. */
  user: string;
}

/** One generation request. */
export interface GenerateRequest<Payload = unknown> {
  messages: PromptMessages;
  /** The anonymized input object the user message carries (the offline generator reads it). */
  payload: Payload;
  /** Cancels the generation (e.g. on shutdown); closing a browser never does. */
  signal?: AbortSignal;
  /** Called as soon as a whole section has been written (streaming), in anonymized form. */
  onSection?: (section: SummarySectionName, statements: SummaryStatement[]) => void;
}

/** What a generation returns. */
export interface GenerateResult {
  output: SummaryOutput;
  /** Token usage and estimated cost, `null` when nothing was billed. */
  usage: GenerationUsage | null;
  generator: GeneratorInfo;
}

/** Writes a summary from an anonymized prompt. */
export interface SummaryGenerator<Payload = unknown> {
  /** Who this generator is (kind, model, label). */
  readonly info: GeneratorInfo;
  generate(request: GenerateRequest<Payload>): Promise<GenerateResult>;
}

/**
 * Why a generation failed, as distinct kinds a caller can report: the model stopped at its
 * length limit, refused, was filtered, returned output that is not valid JSON or not the
 * schema, or timed out / kept failing after retries.
 */
export type GenerationFailureKind =
  | 'truncated'
  | 'refusal'
  | 'content-filter'
  | 'invalid-json'
  | 'invalid-output'
  | 'unfaithful'
  | 'timeout'
  | 'upstream'
  | 'input-too-large'
  | 'budget-exceeded';

/** A failed generation, with its kind and the underlying cause. */
export class GenerationError extends SuccessKitError {
  override readonly name = 'GenerationError';
  readonly kind: GenerationFailureKind;
  constructor(kind: GenerationFailureKind, message: string, options?: { cause?: unknown }) {
    super('generation-failed', message, options);
    this.kind = kind;
  }
}
