/**
 * `createInProcessEventBus`: the job-event bus of the embedded default (memory and SQLite
 * stores). Events are fanned out in process with an `EventEmitter`; a listener that throws
 * never breaks the publisher or the other listeners.
 */
import { EventEmitter } from 'node:events';
import type { EventBus, JobEvent } from '@successkit/core';

/**
 * Creates an in-process event bus.
 *
 * @example
 * ```ts
 * const bus = createInProcessEventBus();
 * const unsubscribe = await bus.subscribe('job-1', (event) => console.log(event.type));
 * await bus.publish('job-1', { type: 'stage', stage: 'writing', progress: 0.3, at: new Date().toISOString() });
 * await unsubscribe();
 * ```
 */
export function createInProcessEventBus(): EventBus & { listenerCount(jobId: string): number } {
  const emitter = new EventEmitter();
  // Many SSE clients may follow one job; the default limit of 10 would only print warnings.
  emitter.setMaxListeners(0);
  return {
    async publish(jobId: string, event: JobEvent): Promise<void> {
      for (const listener of emitter.listeners(jobId) as Array<(event: JobEvent) => void>) {
        try {
          listener(event);
        } catch {
          // A subscriber's failure (e.g. a closed SSE stream) is its own business.
        }
      }
    },
    async subscribe(jobId: string, listener: (event: JobEvent) => void): Promise<() => Promise<void>> {
      emitter.on(jobId, listener);
      return async () => {
        emitter.off(jobId, listener);
      };
    },
    listenerCount(jobId: string): number {
      return emitter.listenerCount(jobId);
    },
  };
}
