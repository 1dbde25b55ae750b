/**
 * `InvalidArgumentError` (code `invalid-argument`): an option or argument a host passed that
 * cannot be honoured (a date that is not a date, a TTL out of range, a missing secret, a
 * malformed cursor). It names the argument at fault so the message can be acted on.
 */
import { SuccessKitError } from './successkit-error.ts';

/**
 * A bad option or argument given to a successkit function.
 *
 * @example
 * ```ts
 * try { generateDataset({ asOf: 'soon' }); } catch (e) {
 *   if (e instanceof InvalidArgumentError) console.log(e.argument); // "asOf"
 * }
 * ```
 */
export class InvalidArgumentError extends SuccessKitError {
  override readonly name = 'InvalidArgumentError';
  /** The argument or option at fault (`asOf`, `ttl`, `jwt.secret`, `cursor`…). */
  readonly argument: string;
  constructor(argument: string, message: string, options?: { cause?: unknown }) {
    super('invalid-argument', message, options);
    this.argument = argument;
  }
}
