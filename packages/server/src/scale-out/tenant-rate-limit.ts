/**
 * A per-tenant token bucket in Redis, for the generation workers: each tenant may start at
 * most `max` generations per `durationMs`, refilled smoothly, shared by every worker. (BullMQ's
 * own limiter is per queue; per-group limits are a BullMQ Pro feature, so the open-source
 * queue uses this bucket and delays a limited tenant's job instead of blocking the queue.)
 * The bucket uses Redis's clock, so workers with skewed clocks agree.
 */
import type { Redis } from 'ioredis';
import { defineScript, keyPart } from './redis-connection.ts';
import { InvalidArgumentError } from '@successkit/core';

/** At most `max` generations per tenant per `durationMs`. */
export interface TenantRateLimit {
  max: number;
  durationMs: number;
}

// KEYS[1] bucket; ARGV[1] capacity, ARGV[2] duration ms. Returns 0 when a token was taken,
// else the ms until one is available.
const takeToken = `
local capacity = tonumber(ARGV[1])
local duration = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + (now - at) * capacity / duration)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) * duration / capacity) end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], duration * 2)
return wait`;

/**
 * Creates a per-tenant limiter; `take(tenantId)` resolves to 0 when the tenant may start a
 * generation now, else to the milliseconds to wait.
 *
 * @example
 * ```ts
 * const limiter = createTenantRateLimiter(redis, 'sk:', { max: 10, durationMs: 60_000 });
 * const waitMs = await limiter.take('tenant-a');
 * ```
 */
export function createTenantRateLimiter(redis: Redis, prefix: string, limit: TenantRateLimit): { take(tenantId: string): Promise<number> } {
  if (!(limit.max >= 1) || !(limit.durationMs > 0)) throw new InvalidArgumentError('limit', 'tenant rate limit: max must be ≥ 1 and durationMs > 0');
  const take = defineScript<number>(redis, 'skTenantToken', 1, takeToken);
  return {
    take: async (tenantId) => Number(await take([`${prefix}rate:${keyPart(tenantId)}`], [limit.max, limit.durationMs])),
  };
}
