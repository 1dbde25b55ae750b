/**
 * `CliError`: a command-line failure whose message says what is wrong (missing option, bad
 * value, unreadable file). `main.ts` prints it without a stack and exits with its code.
 */
import { SuccessKitError } from '@successkit/core';

/** A user-facing CLI error. */
export class CliError extends SuccessKitError {
  override readonly name = 'CliError';
  /** Process exit code (2 for usage errors, 1 otherwise). */
  readonly exitCode: number;
  constructor(message: string, options: { exitCode?: number; cause?: unknown } = {}) {
    super(options.exitCode === 2 ? 'cli-usage' : 'cli-failed', message, { cause: options.cause });
    this.exitCode = options.exitCode ?? 1;
  }
}

/** A usage error (exit code 2). */
export function usageError(message: string): CliError {
  return new CliError(message, { exitCode: 2 });
}
