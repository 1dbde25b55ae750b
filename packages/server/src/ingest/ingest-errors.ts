/**
 * The errors of the writer: a batch with problems (`ingest-invalid`, answered 422 with every
 * problem and its JSON pointer), an `Idempotency-Key` reused for another body
 * (`idempotency-conflict`, 409), and a store that could not commit (`store-unavailable`, 503:
 * nothing was written and nothing changed in memory).
 */
import { SuccessKitError } from '@successkit/core';
import type { BatchProblem } from './batch-items.ts';

/** A batch that breaks the schema or the data; nothing of it was applied. */
export class IngestInvalidError extends SuccessKitError {
  override readonly name = 'IngestInvalidError';
  /** Every problem, with the JSON pointer of the field (`/upserts/accounts/17/parentId`). */
  readonly problems: readonly BatchProblem[];
  constructor(problems: readonly BatchProblem[]) {
    super('ingest-invalid', `the batch has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ')}${problems.length > 3 ? '; …' : ''}`);
    this.problems = problems;
  }
}

/** An `Idempotency-Key` already answered for a different body. */
export class IdempotencyConflictError extends SuccessKitError {
  override readonly name = 'IdempotencyConflictError';
  constructor() {
    super('idempotency-conflict', 'this Idempotency-Key was already used with a different body');
  }
}

/** The store could not commit (locked, read-only, failing): nothing was written. */
export class StoreUnavailableError extends SuccessKitError {
  override readonly name = 'StoreUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('store-unavailable', message, options);
  }
}
