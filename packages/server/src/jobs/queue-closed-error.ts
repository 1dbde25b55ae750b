/**
 * `QueueClosedError`: the one error every job queue (in process or BullMQ) throws when a job is
 * enqueued or processed after `close()`.
 */
import { SuccessKitError } from '@successkit/core';

/** The queue was closed (code `queue-closed`). */
export class QueueClosedError extends SuccessKitError {
  override readonly name = 'QueueClosedError';
  constructor(message = 'the job queue is closed') {
    super('queue-closed', message);
  }
}
