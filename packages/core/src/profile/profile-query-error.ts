/**
 * The error a profile view fails with when a query names something the data does not have (an
 * account type) or asks for an impossible range (`from` after `to`, too many days, a bad
 * cursor). The server turns it into a `validation` problem whose path is `query.<field>`.
 */
import { SuccessKitError } from '../errors/successkit-error.ts';

/** A profile query parameter that cannot be honoured. */
export class ProfileQueryError extends SuccessKitError {
  override readonly name = 'ProfileQueryError';
  /** The query parameter at fault (`type`, `from`, `to`, `cursor`…). */
  readonly field: string;
  constructor(field: string, message: string, options?: { cause?: unknown }) {
    super('profile-query-invalid', message, options);
    this.field = field;
  }
}
