/**
 * `ChangeOrderError` (code `change-out-of-order`): a change given to a dataset model, a change
 * log or a change window whose `seq` does not continue the sequence already applied. Nothing of
 * the batch was applied; the caller should reload from the store of record.
 */
import { SuccessKitError } from '../errors/successkit-error.ts';

/**
 * A change whose sequence number is not the next one.
 *
 * @example
 * ```ts
 * try { model.apply(changes); } catch (e) {
 *   if (e instanceof ChangeOrderError) console.log(e.seq, e.after);
 * }
 * ```
 */
export class ChangeOrderError extends SuccessKitError {
  override readonly name = 'ChangeOrderError';
  /** The offending change's `seq`. */
  readonly seq: number;
  /** The last `seq` already applied. */
  readonly after: number;
  constructor(seq: number, after: number, message: string) {
    super('change-out-of-order', message);
    this.seq = seq;
    this.after = after;
  }
}
