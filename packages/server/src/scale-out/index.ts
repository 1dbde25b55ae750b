/**
 * `@successkit/server/scale-out`: the parts a deployment of several processes needs — the Redis
 * stores (summary cache, jobs, locks, events, usage), the BullMQ job queue and the Redis check a
 * queue needs. Kept out of the main entry so a single-process host does not load ioredis and
 * BullMQ (and the `postgres` client): the PostgreSQL store of record (`createPostgresRecordStore`,
 * what `--store postgres://…` opens) for `createSuccessKit({ records })`.
 */
export { createRedisStores } from './redis-stores.ts';
export type { RedisStores, RedisStoresOptions } from './redis-stores.ts';
export type { WaitableLockStore } from './redis-lock-store.ts';
export { createBullMQQueue } from './bullmq-queue.ts';
export type { BullMQQueueOptions } from './bullmq-queue.ts';
export type { TenantRateLimit } from './tenant-rate-limit.ts';
export { checkRedisForQueue, RedisConfigError } from './check-redis.ts';
export type { RedisCheckResult } from './check-redis.ts';
export { createPostgresRecordStore } from '../postgres/postgres-record-store.ts';
export type { PostgresRecordStore, PostgresRecordStoreOptions } from '../postgres/postgres-record-store.ts';
export type { PostgresChangeFeed } from '../postgres/postgres-change-feed.ts';
