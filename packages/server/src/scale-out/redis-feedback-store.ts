/**
 * Feedback on Redis: one hash per summary, one field per user (a new vote replaces the old
 * one by construction), and a set per tenant naming the summaries that have votes.
 */
import type { Feedback, FeedbackStore } from '@successkit/core';
import type { Redis } from 'ioredis';
import { execAll, guard, keyPart } from './redis-connection.ts';

/** Creates the Redis feedback store. */
export function createRedisFeedbackStore(redis: Redis, prefix: string): FeedbackStore {
  const votesKey = (tenantId: string, summaryId: string): string => `${prefix}fb:${keyPart(tenantId)}:${keyPart(summaryId)}`;
  const indexKey = (tenantId: string): string => `${prefix}fb:index:${keyPart(tenantId)}`;
  return {
    put: (feedback) =>
      guard(async () => {
        await execAll(
          redis
            .multi()
            .hset(votesKey(feedback.tenantId, feedback.summaryId), feedback.userId, JSON.stringify(feedback))
            .sadd(indexKey(feedback.tenantId), feedback.summaryId),
        );
      }),
    get: (tenantId, summaryId, userId) =>
      guard(async () => {
        const json = await redis.hget(votesKey(tenantId, summaryId), userId);
        return json ? (JSON.parse(json) as Feedback) : null;
      }),
    list: (tenantId) =>
      guard(async () => {
        const summaryIds = await redis.smembers(indexKey(tenantId));
        if (summaryIds.length === 0) return [];
        const multi = redis.multi();
        for (const summaryId of summaryIds) multi.hvals(votesKey(tenantId, summaryId));
        const replies = (await execAll(multi)) as string[][];
        return replies.flat().map((json) => JSON.parse(json) as Feedback);
      }),
  };
}
