/**
 * `MigrationError` (code `migration-failed`): a schema migration of a store (SQLite stores, the
 * SQLite or PostgreSQL store of record) failed. The migration ran in a transaction, so the
 * database stays at the version it had; the cause holds the driver's error.
 */
import { SuccessKitError } from '@successkit/core';

/**
 * A store migration that failed and was rolled back.
 *
 * @example
 * ```ts
 * try { createSqliteStores('successkit.db'); } catch (e) {
 *   if (e instanceof MigrationError) console.error(e.store, e.version, e.cause);
 * }
 * ```
 */
export class MigrationError extends SuccessKitError {
  override readonly name = 'MigrationError';
  /** Which store (`sqlite`, `sqlite-records`, `postgres`). */
  readonly store: string;
  /** The version the migration would have reached. */
  readonly version: number;
  constructor(store: string, version: number, message: string, options?: { cause?: unknown }) {
    super('migration-failed', message, options);
    this.store = store;
    this.version = version;
  }
}
