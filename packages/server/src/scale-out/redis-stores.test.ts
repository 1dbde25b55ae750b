/**
 * The shared store contract on a real Redis, plus what only Redis does: a lock released by
 * compare-and-delete across connections, waiters woken through pub/sub, and job events fanned
 * out from one process's connection to another's.
 */
import type { JobEvent } from '@successkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useRedis, uniquePrefix, type TestRedis } from '../../test/redis/redis-server.ts';
import { describeStoresContract } from '../stores/stores.contract.ts';
import { createRedisStores, type RedisStores } from './redis-stores.ts';

let server: TestRedis;
beforeAll(async () => {
  server = await useRedis();
});
afterAll(async () => {
  await server.stop();
});

describeStoresContract('redis', () => createRedisStores(server.url, { prefix: uniquePrefix('contract') }));

describe('Redis stores across processes', () => {
  let one: RedisStores;
  let two: RedisStores;
  beforeAll(async () => {
    const prefix = uniquePrefix('cross');
    one = await createRedisStores(server.url, { prefix });
    two = await createRedisStores(server.url, { prefix });
  });
  afterAll(async () => {
    await one.close();
    await two.close();
  });

  it('lets only the holder release a lock (compare-and-delete)', async () => {
    expect(await one.locks.acquire('single-flight', 'holder', 30_000)).toBe(true);
    expect(await two.locks.acquire('single-flight', 'other', 30_000)).toBe(false);
    expect(await two.locks.release('single-flight', 'other')).toBe(false);
    expect(await two.locks.extend('single-flight', 'other', 30_000)).toBe(false);
    expect(await one.locks.release('single-flight', 'holder')).toBe(true);
    expect(await two.locks.acquire('single-flight', 'other', 30_000)).toBe(true);
    await two.locks.release('single-flight', 'other');
  });

  it('wakes a waiter in another process when the lock is released, long before its TTL', async () => {
    expect(await one.locks.acquire('wake', 'holder', 60_000)).toBe(true);
    const waiting = two.locks.waitForRelease('wake', 60_000);
    let woke = false;
    void waiting.then(() => (woke = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(woke).toBe(false);
    await one.locks.release('wake', 'holder');
    // Bounded by the test timeout: a TTL or timeout wake-up would take 60 s.
    expect(await waiting).toBe(true);
    expect(await two.locks.waitForRelease('wake', 60_000)).toBe(true);
  });

  it('fans a job’s events out from one connection to subscribers on another', async () => {
    const received: JobEvent[] = [];
    const alsoReceived: JobEvent[] = [];
    const stop = await two.events.subscribe('job-x', (event) => received.push(event));
    const stopOther = await one.events.subscribe('job-x', (event) => alsoReceived.push(event));
    const events: JobEvent[] = [0.25, 0.5, 0.75].map((progress) => ({ type: 'stage', stage: 'writing', progress, at: new Date().toISOString() }));
    for (const event of events) await one.events.publish('job-x', event);
    for (let i = 0; i < 200 && (received.length < 3 || alsoReceived.length < 3); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(received).toEqual(events);
    expect(alsoReceived).toEqual(events);
    await stop();
    await stopOther();
  });
});
