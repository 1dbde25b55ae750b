/**
 * The scale-out command line as a real process: `successkit worker` refuses an evicting Redis
 * with a message naming the setting and the fix, and checks its arguments.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli } from '../../test/redis/cli-process.ts';
import { startRedisServer, type TestRedis } from '../../test/redis/redis-server.ts';
import { testDataset } from '../summary/__fixtures__/summary-test-kit.ts';
import { queueRedisUrl } from './scale-out-cli.ts';

let evicting: TestRedis;
let dir: string;
let dataFile: string;
beforeAll(async () => {
  evicting = await startRedisServer({ maxmemoryPolicy: 'allkeys-lru' });
  dir = await mkdtemp(join(tmpdir(), 'sk-worker-cli-'));
  dataFile = join(dir, 'acme.json');
  await writeFile(dataFile, JSON.stringify(testDataset('acme')));
});
afterAll(async () => {
  await evicting.dispose();
  await rm(dir, { recursive: true, force: true });
});

async function exitOf(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = startCli(args, { OPENAI_API_KEY: '' });
  // Bounded: a process that does not exit by itself is killed (and the test then fails).
  const timer = setTimeout(() => child.child.kill('SIGKILL'), 30_000);
  const [code] = (await once(child.child, 'exit')) as [number | null];
  clearTimeout(timer);
  return { code, output: child.output() };
}

describe('successkit worker', () => {
  it('refuses a Redis whose maxmemory-policy is not noeviction, naming the fix', async () => {
    const { code, output } = await exitOf(['worker', '--data', dataFile, '--store', evicting.url]);
    expect(code).toBe(1);
    expect(output).toMatch(/maxmemory-policy is 'allkeys-lru'/);
    expect(output).toMatch(/CONFIG SET maxmemory-policy noeviction/);
  }, 60_000);

  it('asks for a Redis store', async () => {
    const { code, output } = await exitOf(['worker', '--data', dataFile, '--store', 'sqlite:./x.db']);
    expect(code).toBe(2);
    expect(output).toMatch(/--store redis:\/\/HOST:PORT/);
  }, 60_000);
});

describe('queueRedisUrl', () => {
  it('takes the Redis store URL, else REDIS_URL, else explains', () => {
    expect(queueRedisUrl('redis://10.0.0.1:6379', {})).toBe('redis://10.0.0.1:6379');
    expect(queueRedisUrl('sqlite:./a.db', { REDIS_URL: 'rediss://r:6380' })).toBe('rediss://r:6380');
    expect(() => queueRedisUrl('memory', {})).toThrow(/--queue bullmq needs Redis/);
  });
});
