/**
 * The error a Team Spotlight request fails with when a parameter names something the data does
 * not have (role, team, manager, account type, metric, member) or the period is backwards. The
 * server turns it into a `validation` problem whose path is `query.<field>`.
 */

/** A spotlight parameter that cannot be honoured. */
export class SpotlightQueryError extends Error {
  override readonly name = 'SpotlightQueryError';
  /** The query parameter at fault (`role`, `team`, `accountType`, `metrics`, `from`, `userId`…). */
  readonly field: string;
  constructor(field: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.field = field;
  }
}
