import type { QueuedJob } from '@successkit/core';
import { describe, expect, it } from 'vitest';
import { createInlineQueue } from './inline-queue.ts';
import { QueueClosedError } from './queue-closed-error.ts';

const job = (jobId: string): QueuedJob => ({ jobId, tenantId: 't', accountId: 'a', configVersion: 1, reason: 'generate' });
const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('createInlineQueue', () => {
  it('deduplicates while a job is queued or running, and not after', async () => {
    const queue = createInlineQueue();
    const gate = deferred();
    const ran: string[] = [];
    await queue.process(async (j) => {
      ran.push(j.jobId);
      await gate.promise;
    });
    expect(await queue.enqueue(job('j1'), 'key')).toEqual({ jobId: 'j1', deduplicated: false });
    expect(await queue.enqueue(job('j2'), 'key')).toEqual({ jobId: 'j1', deduplicated: true });
    gate.resolve();
    await expect.poll(() => queue.size()).toEqual({ waiting: 0, running: 0 });
    expect(await queue.enqueue(job('j3'), 'key')).toEqual({ jobId: 'j3', deduplicated: false });
    await queue.close();
    expect(ran).toEqual(['j1', 'j3']);
  });

  it('runs at most `concurrency` jobs at once', async () => {
    const queue = createInlineQueue({ concurrency: 2 });
    const gate = deferred();
    let running = 0;
    let peak = 0;
    await queue.process(async () => {
      peak = Math.max(peak, ++running);
      await gate.promise;
      running--;
    });
    for (let i = 0; i < 5; i++) await queue.enqueue(job(`j${i}`), `k${i}`);
    await expect.poll(() => queue.size().running).toBe(2);
    gate.resolve();
    await expect.poll(() => queue.size()).toEqual({ waiting: 0, running: 0 });
    expect(peak).toBe(2);
    await queue.close();
  });

  it('closes gracefully: running jobs finish, new ones are refused, failures are reported', async () => {
    const errors: unknown[] = [];
    const queue = createInlineQueue({ onError: (e) => errors.push(e) });
    const gate = deferred();
    let finished = false;
    await queue.process(async (j) => {
      if (j.jobId === 'bad') throw new Error('boom');
      await gate.promise;
      finished = true;
    });
    await queue.enqueue(job('bad'), 'bad');
    await queue.enqueue(job('slow'), 'slow');
    await expect.poll(() => queue.size().running).toBe(1);
    const closing = queue.close();
    await expect(queue.enqueue(job('late'), 'late')).rejects.toBeInstanceOf(QueueClosedError);
    gate.resolve();
    await closing;
    expect(finished).toBe(true);
    expect(errors).toHaveLength(1);
  });
});
