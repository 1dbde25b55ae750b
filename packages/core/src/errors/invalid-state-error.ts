/**
 * `InvalidStateError` (code `invalid-state`): a call made at a moment it cannot be honoured: a
 * store used after `close()`, a queue given a second processor, a directive placed on the wrong
 * kind of template part, a hierarchy used with another dataset's index. The call changed nothing.
 */
import { SuccessKitError } from './successkit-error.ts';

/**
 * A call out of order, or on an object that cannot take it any more.
 *
 * @example
 * ```ts
 * await stores.close();
 * await stores.summaries.get(key); // throws InvalidStateError (code "invalid-state")
 * ```
 */
export class InvalidStateError extends SuccessKitError {
  override readonly name = 'InvalidStateError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('invalid-state', message, options);
  }
}
