/**
 * The summary cache on Redis. A summary's JSON lives under its id; two pointers name the
 * current summary of a cache key and the account's last good one. Expiry follows the 12-hour
 * rule: the key pointer expires `graceMs` after the summary's `expiresAt` (so an expired summary
 * can still be shown while a new one is written), the body and the last-good pointer much later.
 * "Opened" times are a sorted set, trimmed as it is written.
 */
import type { StoredSummary, SummaryKey, SummaryStore } from '@successkit/core';
import type { Redis } from 'ioredis';
import { defineScript, execAll, guard, keyPart } from './redis-connection.ts';

/** Retention of the summary cache. */
export interface RedisSummaryRetention {
  /** How long the key pointer outlives `expiresAt`, in ms. 1 hour by default. */
  graceMs?: number;
  /** How long the body and the last-good pointer outlive `expiresAt`, in ms. 30 days by default. */
  lastGoodMs?: number;
  /** How long "opened" marks are kept, in ms. 7 days by default. */
  openedMs?: number;
}

// KEYS[1] pointer; ARGV[1] body key prefix. One round trip for a cached read.
const getByPointer = `
local id = redis.call('GET', KEYS[1])
if not id then return false end
return redis.call('GET', ARGV[1] .. id)`;

/** Creates the Redis summary store. */
export function createRedisSummaryStore(redis: Redis, prefix: string, retention: RedisSummaryRetention = {}): SummaryStore {
  const graceMs = retention.graceMs ?? 3_600_000;
  const lastGoodMs = retention.lastGoodMs ?? 30 * 86_400_000;
  const openedMs = retention.openedMs ?? 7 * 86_400_000;
  const readPointer = defineScript<string | null>(redis, 'skSummaryByPointer', 1, getByPointer);
  const bodyPrefix = (tenantId: string): string => `${prefix}sum:id:${keyPart(tenantId)}:`;
  const keyPointer = (key: SummaryKey): string =>
    `${prefix}sum:key:${keyPart(key.tenantId)}:${keyPart(key.accountId)}:${keyPart(key.configVersion)}`;
  const lastPointer = (tenantId: string, accountId: string): string => `${prefix}sum:last:${keyPart(tenantId)}:${keyPart(accountId)}`;
  const openedKey = `${prefix}sum:opened`;
  const parse = (json: string | null): StoredSummary | null => (json ? (JSON.parse(json) as StoredSummary) : null);

  return {
    get: (key) => guard(async () => parse(await readPointer([keyPointer(key)], [bodyPrefix(key.tenantId)]))),
    latestForAccount: (tenantId, accountId) =>
      guard(async () => parse(await readPointer([lastPointer(tenantId, accountId)], [bodyPrefix(tenantId)]))),
    getById: (tenantId, id) => guard(async () => parse(await redis.get(`${bodyPrefix(tenantId)}${keyPart(id)}`))),
    put: (summary) =>
      guard(async () => {
        const expiresAt = Date.parse(summary.expiresAt);
        const id = keyPart(summary.id);
        await execAll(
          redis
            .multi()
            .set(`${bodyPrefix(summary.tenantId)}${id}`, JSON.stringify(summary), 'PXAT', expiresAt + lastGoodMs)
            .set(keyPointer(summary), id, 'PXAT', expiresAt + graceMs)
            .set(lastPointer(summary.tenantId, summary.accountId), id, 'PXAT', expiresAt + lastGoodMs),
        );
      }),
    recentlyOpened: (since) =>
      guard(async () => {
        const members = await redis.zrangebyscore(openedKey, Date.parse(since), '+inf');
        return members.map((member) => {
          const [tenantId, accountId, configVersion] = JSON.parse(member) as [string, string, number];
          return { tenantId, accountId, configVersion };
        });
      }),
    touch: (key, at) =>
      guard(async () => {
        const when = Date.parse(at);
        await execAll(
          redis
            .multi()
            .zadd(openedKey, 'GT', when, JSON.stringify([key.tenantId, key.accountId, key.configVersion]))
            .zremrangebyscore(openedKey, '-inf', `(${when - openedMs}`),
        );
      }),
  };
}
