/**
 * Generation jobs on Redis. A job is a hash with one JSON-encoded field per `Job` property, so
 * an update is a plain HSET of the changed fields (a shallow merge, atomic, no read-modify-write
 * race between processes). A Lua script applies the update and keeps the indexes in step: the
 * active job per cache key, the last finished one, and the set of unfinished jobs.
 */
import type { Job, JobStore, SummaryKey } from '@successkit/core';
import type { Redis } from 'ioredis';
import { defineScript, execAll, guard, keyPart } from './redis-connection.ts';

// KEYS[1] job hash, KEYS[2] unfinished set
// ARGV[1] job id, ARGV[2] unfinished member, ARGV[3] new status or '', ARGV[4] retention ms after finishing,
// ARGV[5] active pointer ttl ms, ARGV[6..] field/value pairs. Returns the hash, or false for an unknown job.
const updateJob = `
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
if #ARGV > 5 then redis.call('HSET', KEYS[1], unpack(ARGV, 6)) end
local status = ARGV[3]
local active = redis.call('HGET', KEYS[1], '_active')
if status == 'succeeded' or status == 'failed' then
  if redis.call('GET', active) == ARGV[1] then redis.call('DEL', active) end
  redis.call('SET', redis.call('HGET', KEYS[1], '_last'), ARGV[1], 'PX', ARGV[4])
  redis.call('SREM', KEYS[2], ARGV[2])
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
elseif status == 'queued' or status == 'running' then
  redis.call('SET', active, ARGV[1], 'PX', ARGV[5])
  redis.call('SADD', KEYS[2], ARGV[2])
end
return redis.call('HGETALL', KEYS[1])`;

const finished = new Set(['succeeded', 'failed']);

/** Retention of jobs. */
export interface RedisJobRetention {
  /** How long a job is kept (after creation, and again after it finishes), in ms. 7 days by default. */
  retentionMs?: number;
  /**
   * How long a queued or running job blocks new generations of its key without a status
   * change, in ms (a job whose every worker died stops blocking after this). 1 hour by default.
   */
  activeMs?: number;
}

/** Creates the Redis job store. */
export function createRedisJobStore(redis: Redis, prefix: string, options: RedisJobRetention = {}): JobStore {
  const retentionMs = options.retentionMs ?? 7 * 86_400_000;
  const activeMs = options.activeMs ?? 3_600_000;
  const update = defineScript<string[] | null>(redis, 'skJobUpdate', 2, updateJob);
  const jobKey = (tenantId: string, id: string): string => `${prefix}job:${keyPart(tenantId)}:${keyPart(id)}`;
  const keySuffix = (key: SummaryKey): string => `${keyPart(key.tenantId)}:${keyPart(key.accountId)}:${keyPart(key.configVersion)}`;
  const activeKey = (key: SummaryKey): string => `${prefix}job:active:${keySuffix(key)}`;
  const lastKey = (key: SummaryKey): string => `${prefix}job:last:${keySuffix(key)}`;
  const unfinishedKey = `${prefix}job:unfinished`;
  const member = (tenantId: string, id: string): string => JSON.stringify([tenantId, id]);

  const read = async (tenantId: string, id: string): Promise<Job | null> => decode(await redis.hgetall(jobKey(tenantId, id)));
  const byPointer = async (pointer: string, tenantId: string, accept: (job: Job) => boolean): Promise<Job | null> => {
    const id = await redis.get(pointer);
    if (!id) return null;
    const job = await read(tenantId, id);
    return job && accept(job) ? job : null;
  };

  return {
    create: (job) =>
      guard(async () => {
        const key = jobKey(job.tenantId, job.id);
        const multi = redis.multi().del(key).hset(key, { ...encode(job), _active: activeKey(job), _last: lastKey(job) });
        if (finished.has(job.status)) multi.set(lastKey(job), job.id, 'PX', retentionMs);
        else multi.set(activeKey(job), job.id, 'PX', activeMs).sadd(unfinishedKey, member(job.tenantId, job.id));
        await execAll(multi.pexpire(key, retentionMs));
      }),
    get: (tenantId, id) => guard(() => read(tenantId, id)),
    update: (tenantId, id, patch) =>
      guard(async () => {
        const fields = Object.entries(encode(patch)).flat();
        const reply = await update([jobKey(tenantId, id), unfinishedKey], [id, member(tenantId, id), patch.status ?? '', retentionMs, activeMs, ...fields]);
        return reply ? decode(pairs(reply)) : null;
      }),
    findActive: (key) => guard(() => byPointer(activeKey(key), key.tenantId, (job) => !finished.has(job.status))),
    findLastFinished: (key) => guard(() => byPointer(lastKey(key), key.tenantId, (job) => finished.has(job.status))),
    listUnfinished: () =>
      guard(async () => {
        const members = await redis.smembers(unfinishedKey);
        const jobs: Job[] = [];
        for (const entry of members) {
          const [tenantId, id] = JSON.parse(entry) as [string, string];
          const job = await read(tenantId, id);
          if (job && !finished.has(job.status)) jobs.push(job);
          else if (!job) await redis.srem(unfinishedKey, entry);
        }
        return jobs;
      }),
  };
}

function encode(job: Partial<Job>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(job)) if (value !== undefined) fields[name] = JSON.stringify(value);
  return fields;
}

function decode(hash: Record<string, string>): Job | null {
  const entries = Object.entries(hash).filter(([name]) => !name.startsWith('_'));
  if (entries.length === 0) return null;
  return Object.fromEntries(entries.map(([name, value]) => [name, JSON.parse(value) as unknown])) as Job;
}

function pairs(flat: string[]): Record<string, string> {
  const hash: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) hash[flat[i]!] = flat[i + 1]!;
  return hash;
}
