/**
 * The error a Team Spotlight request fails with when a parameter names something the data does
 * not have (role, team, manager, account type, metric, member) or the period is backwards. The
 * server turns it into a `validation` problem whose path is `query.<field>`.
 */
import { SuccessKitError } from '../errors/successkit-error.ts';

/** A spotlight parameter that cannot be honoured. */
export class SpotlightQueryError extends SuccessKitError {
  override readonly name = 'SpotlightQueryError';
  /** The query parameter at fault (`role`, `team`, `accountType`, `metrics`, `from`, `userId`…). */
  readonly field: string;
  constructor(field: string, message: string, options?: { cause?: unknown }) {
    super('spotlight-query-invalid', message, options);
    this.field = field;
  }
}
