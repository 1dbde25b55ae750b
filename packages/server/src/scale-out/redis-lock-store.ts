/**
 * The single-flight lock on Redis: `SET NX PX` with the caller's random token; release and
 * extend are compare-and-act Lua scripts, so a holder whose lock expired can never free or
 * prolong someone else's. Releasing publishes on the lock's channel, which wakes the callers
 * waiting in `waitForRelease` at once (pub/sub, not polling); a lock that expires without a
 * release wakes them when its TTL runs out.
 */
import type { LockStore } from '@successkit/core';
import type { Redis } from 'ioredis';
import { defineScript, guard, keyPart } from './redis-connection.ts';
import type { RedisSubscriber } from './redis-subscriber.ts';

// KEYS[1] lock; ARGV[1] token, ARGV[2] channel.
const releaseLock = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
redis.call('PUBLISH', ARGV[2], 'released')
return 1`;

// KEYS[1] lock; ARGV[1] token, ARGV[2] ttl ms.
const extendLock = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
return redis.call('PEXPIRE', KEYS[1], ARGV[2])`;

/** A lock store whose waiters are woken when a lock is released. */
export interface WaitableLockStore extends LockStore {
  /**
   * Resolves when the lock is free: released (woken by a message), expired, or already free;
   * at the latest after `timeoutMs`. Resolves `true` when the lock was seen free.
   */
  waitForRelease(name: string, timeoutMs: number): Promise<boolean>;
}

/** Creates the Redis lock store. */
export function createRedisLockStore(redis: Redis, subscriber: RedisSubscriber, prefix: string): WaitableLockStore {
  const release = defineScript<number>(redis, 'skLockRelease', 1, releaseLock);
  const extend = defineScript<number>(redis, 'skLockExtend', 1, extendLock);
  const lockKey = (name: string): string => `${prefix}lock:${keyPart(name)}`;
  const channel = (name: string): string => `${prefix}lock-released:${keyPart(name)}`;

  return {
    acquire: (name, token, ttlMs) => guard(async () => (await redis.set(lockKey(name), token, 'PX', Math.max(1, Math.round(ttlMs)), 'NX')) === 'OK'),
    release: (name, token) => guard(async () => (await release([lockKey(name)], [token, channel(name)])) === 1),
    extend: (name, token, ttlMs) => guard(async () => (await extend([lockKey(name)], [token, Math.max(1, Math.round(ttlMs))])) === 1),
    async waitForRelease(name, timeoutMs) {
      let wake: (free: boolean) => void = () => {};
      const woken = new Promise<boolean>((resolve) => (wake = resolve));
      const stop = await subscriber.listen(channel(name), () => wake(true));
      let timer: NodeJS.Timeout | undefined;
      try {
        // Subscribed first, then looked: a release in between is not missed.
        const ttl = await guard(() => redis.pttl(lockKey(name)));
        if (ttl === -2) return true;
        const bound = ttl > 0 ? Math.min(timeoutMs, ttl + 20) : timeoutMs;
        timer = setTimeout(async () => {
          const left = await redis.pttl(lockKey(name)).catch(() => 0);
          wake(left === -2);
        }, bound);
        return await woken;
      } finally {
        clearTimeout(timer);
        await stop();
      }
    },
  };
}
