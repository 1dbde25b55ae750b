/**
 * `createRedisStores`: every store interface on one Redis, for running several API processes
 * and workers (DESIGN.md "Stores and queue"). One command connection and one dedicated
 * subscriber connection per process; both fail fast while Redis is down (503) and reconnect
 * by themselves. Keys carry a prefix (`sk:` by default) so several deployments can share a
 * Redis. Targets a single Redis (or Sentinel), not Redis Cluster: scripts touch keys they
 * derive from stored pointers.
 */
import type { Stores } from '@successkit/core';
import type { Redis } from 'ioredis';
import { connectRedis, ensureReady, guard, type RedisConnectionOptions } from './redis-connection.ts';
import { createRedisConfigStore } from './redis-config-store.ts';
import { createRedisEventBus } from './redis-event-bus.ts';
import { createRedisFeedbackStore } from './redis-feedback-store.ts';
import { createRedisJobStore, type RedisJobRetention } from './redis-job-store.ts';
import { createRedisLockStore, type WaitableLockStore } from './redis-lock-store.ts';
import { RedisSubscriber } from './redis-subscriber.ts';
import { createRedisSummaryStore, type RedisSummaryRetention } from './redis-summary-store.ts';
import { createRedisUsageStore } from './redis-usage-store.ts';

/** Options of `createRedisStores`. */
export interface RedisStoresOptions extends RedisConnectionOptions {
  /** Prefix of every key and channel. `sk:` by default. */
  prefix?: string;
  /** Summary cache expiry (see `RedisSummaryRetention`). */
  summaries?: RedisSummaryRetention;
  /** Job retention (see `RedisJobRetention`). */
  jobs?: RedisJobRetention;
  /** How long a tenant's usage day is kept, in ms. 40 days by default. */
  usageRetentionMs?: number;
}

/** The Redis stores, with the lock's pub/sub wake-up and the command connection. */
export interface RedisStores extends Stores {
  locks: WaitableLockStore;
  /** The command connection (for readiness checks and the queue). */
  redis: Redis;
}

/**
 * Opens the Redis stores. With a URL it owns its connections and `close()` quits them; with a
 * connection it duplicates it for pub/sub and leaves the given one open on `close()`.
 *
 * @example
 * ```ts
 * const stores = await createRedisStores('redis://127.0.0.1:6379', { prefix: 'sk:' });
 * await stores.summaries.get({ tenantId: 't1', accountId: 'a1', configVersion: 1 });
 * await stores.close();
 * ```
 */
export async function createRedisStores(connection: string | Redis, options: RedisStoresOptions = {}): Promise<RedisStores> {
  const prefix = options.prefix ?? 'sk:';
  const owned = typeof connection === 'string';
  const redis = owned ? await connectRedis(connection, { ...options, connectionName: 'successkit-stores' }) : connection;
  if (!owned) await ensureReady(redis);
  const subscriberConnection = owned
    ? await connectRedis(connection, { ...options, connectionName: 'successkit-events' })
    : redis.duplicate({ connectionName: 'successkit-events' });
  subscriberConnection.on('error', () => {});
  if (!owned) await ensureReady(subscriberConnection);
  const subscriber = new RedisSubscriber(subscriberConnection);

  return {
    redis,
    summaries: createRedisSummaryStore(redis, prefix, options.summaries),
    jobs: createRedisJobStore(redis, prefix, options.jobs),
    feedback: createRedisFeedbackStore(redis, prefix),
    config: createRedisConfigStore(redis, prefix),
    usage: createRedisUsageStore(redis, prefix, options.usageRetentionMs),
    locks: createRedisLockStore(redis, subscriber, prefix),
    events: createRedisEventBus(redis, subscriber, prefix),
    ping: () =>
      guard(async () => {
        await redis.ping();
      }),
    async close() {
      await subscriber.close();
      if (owned) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
