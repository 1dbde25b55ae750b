/**
 * `AccountNotFoundError` (code `account-not-found`): a function was asked about an account id the
 * data does not hold (a profile, its children, a hierarchy lookup, a summary input). The server
 * answers it as a `not-found` problem (404).
 */
import { SuccessKitError } from './successkit-error.ts';

/**
 * The account asked for does not exist in the data.
 *
 * @example
 * ```ts
 * try { buildAccountProfile(index, 'acc-missing', options); } catch (e) {
 *   if (e instanceof AccountNotFoundError) console.log(e.accountId);
 * }
 * ```
 */
export class AccountNotFoundError extends SuccessKitError {
  override readonly name: string = 'AccountNotFoundError';
  /** The id that was asked for. */
  readonly accountId: string;
  constructor(accountId: string, message = `unknown account "${accountId}"`, options?: { cause?: unknown }) {
    super('account-not-found', message, options);
    this.accountId = accountId;
  }
}
