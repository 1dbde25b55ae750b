/**
 * Model usage per tenant per UTC day on Redis, for budgets: a hash per tenant-day with an
 * integer token counter (HINCRBY) and a cost counter (HINCRBYFLOAT), expiring after
 * `retentionMs` so old days clean themselves up.
 */
import type { UsageStore } from '@successkit/core';
import type { Redis } from 'ioredis';
import { execAll, guard, keyPart } from './redis-connection.ts';

/** Creates the Redis usage store; a day is kept `retentionMs` (40 days by default). */
export function createRedisUsageStore(redis: Redis, prefix: string, retentionMs = 40 * 86_400_000): UsageStore {
  const dayKey = (tenantId: string, day: string): string => `${prefix}usage:${keyPart(tenantId)}:${keyPart(day)}`;
  return {
    add: (tenantId, day, tokens, costUsd) =>
      guard(async () => {
        const key = dayKey(tenantId, day);
        const [total, cost] = await execAll(
          redis.multi().hincrby(key, 'tokens', Math.round(tokens)).hincrbyfloat(key, 'costUsd', costUsd).pexpire(key, retentionMs),
        );
        return { tokens: Number(total), costUsd: Number(cost) };
      }),
    get: (tenantId, day) =>
      guard(async () => {
        const [tokens, cost] = await redis.hmget(dayKey(tenantId, day), 'tokens', 'costUsd');
        return { tokens: Number(tokens ?? 0), costUsd: Number(cost ?? 0) };
      }),
  };
}
