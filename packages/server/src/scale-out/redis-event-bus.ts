/**
 * Job events over Redis pub/sub: a worker publishes a job's stages and partial sections on the
 * job's channel, and whichever API process holds that job's SSE stream receives them through
 * its subscriber connection. Delivery is at most once; a late joiner catches up from the job
 * record (the first SSE event is always the whole job).
 */
import type { EventBus, JobEvent } from '@successkit/core';
import type { Redis } from 'ioredis';
import { guard, keyPart } from './redis-connection.ts';
import type { RedisSubscriber } from './redis-subscriber.ts';

/** Creates the Redis event bus. */
export function createRedisEventBus(redis: Redis, subscriber: RedisSubscriber, prefix: string): EventBus {
  const channel = (jobId: string): string => `${prefix}events:${keyPart(jobId)}`;
  return {
    publish: (jobId, event) =>
      guard(async () => {
        await redis.publish(channel(jobId), JSON.stringify(event));
      }),
    subscribe: (jobId, listener) =>
      subscriber.listen(channel(jobId), (message) => {
        let event: JobEvent;
        try {
          event = JSON.parse(message) as JobEvent;
        } catch {
          return;
        }
        listener(event);
      }),
  };
}
