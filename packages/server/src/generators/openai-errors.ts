/**
 * The OpenAI generator's failures as the contract's `GenerationError` kinds: SDK errors after
 * its retries (`upstream`), timeouts and the total time cap (`timeout`), and parse errors
 * (`invalid-json`, `invalid-output`). A caller's own abort passes through unchanged.
 */
import { GenerationError } from '@successkit/core';
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai/core/error';

/** Maps SDK and parse errors to the contract's failure kinds. */
export function toGenerationError(error: unknown, cap: AbortSignal, callerSignal?: AbortSignal): unknown {
  if (error instanceof GenerationError) return error;
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
