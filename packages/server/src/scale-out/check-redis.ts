/**
 * The start-up check of the queue's Redis: BullMQ keeps jobs as ordinary keys, so a Redis that
 * evicts keys under memory pressure silently loses jobs. The check refuses any
 * `maxmemory-policy` other than `noeviction` and says how to fix it. Managed Redis services
 * that disable `CONFIG` cannot be checked; that is reported as a warning, not a refusal.
 */
import { SuccessKitError } from '@successkit/core';
import type { Redis } from 'ioredis';

/** Redis is configured in a way that loses jobs. */
export class RedisConfigError extends SuccessKitError {
  override readonly name = 'RedisConfigError';
  /** The setting at fault. */
  readonly setting = 'maxmemory-policy';
  /** Its current value. */
  readonly value: string;
  constructor(value: string) {
    super(
      'redis-config-unsafe',
      `Redis maxmemory-policy is '${value}', but the job queue needs 'noeviction': with eviction, Redis deletes queued jobs ` +
        `when memory runs short. Fix: run \`redis-cli CONFIG SET maxmemory-policy noeviction\` and put ` +
        `\`maxmemory-policy noeviction\` in redis.conf (on a managed Redis, set the parameter group's maxmemory-policy to noeviction).`,
    );
    this.value = value;
  }
}

/** What the check found. */
export interface RedisCheckResult {
  /** The policy, or `null` when `CONFIG GET` is not allowed. */
  maxmemoryPolicy: string | null;
  /** Set when the policy could not be read. */
  warning?: string;
}

/**
 * Checks that the Redis under the queue does not evict keys; rejects with `RedisConfigError`.
 *
 * @example
 * ```ts
 * const { warning } = await checkRedisForQueue(redis);
 * if (warning) logger.warn(warning);
 * ```
 */
export async function checkRedisForQueue(redis: Redis): Promise<RedisCheckResult> {
  let reply: unknown;
  try {
    reply = await redis.config('GET', 'maxmemory-policy');
  } catch (error) {
    if (error instanceof Error && error.name === 'ReplyError') {
      return {
        maxmemoryPolicy: null,
        warning: `could not read Redis maxmemory-policy (${error.message}); make sure it is 'noeviction', or queued jobs may be evicted`,
      };
    }
    throw error;
  }
  const values = Array.isArray(reply) ? (reply as string[]) : [];
  const policy = values[1] ?? null;
  if (policy === null) return { maxmemoryPolicy: null, warning: 'Redis did not report maxmemory-policy; make sure it is noeviction' };
  if (policy !== 'noeviction') throw new RedisConfigError(policy);
  return { maxmemoryPolicy: policy };
}
