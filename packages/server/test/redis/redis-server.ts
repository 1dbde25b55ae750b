/**
 * Test helper: a real `redis-server` on 127.0.0.1 for the scale-out tests. It is spawned as a
 * child on a free port (no persistence, `noeviction`), stopped by its pid, and can be stopped
 * and started again on the same port for fault tests. When the environment sets `REDIS_URL`,
 * `useRedis()` reuses that server instead (tests isolate themselves by key prefix).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A Redis server a test can use. */
export interface TestRedis {
  /** `redis://127.0.0.1:PORT`. */
  url: string;
  port: number;
  /** Whether this helper owns the process (and so can stop and restart it). */
  owned: boolean;
  /** Stops the server (SIGTERM by pid, SIGKILL after 5 s). No-op when not owned. */
  stop(): Promise<void>;
  /** Starts it again on the same port (after `stop`). */
  start(): Promise<void>;
  /** Stops it for good and removes its data directory. */
  dispose(): Promise<void>;
}

/** Options of `startRedisServer`. */
export interface StartRedisOptions {
  /** `maxmemory-policy` to start with; `noeviction` by default. */
  maxmemoryPolicy?: string;
  /** A fixed port; a free one by default. */
  port?: number;
  /** Keep data across a restart with an append-only file in a temporary directory (off by default). */
  appendOnly?: boolean;
}

/** Finds a free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Resolves once something accepts TCP connections on the port (bounded: 10 s). */
async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server did not listen on ${port} within 10 s`);
}

/**
 * Spawns `redis-server` on a free port (or `options.port`) and waits until it listens.
 *
 * @example
 * ```ts
 * const redis = await startRedisServer();
 * // … redis.url …
 * await redis.stop();
 * ```
 */
export async function startRedisServer(options: StartRedisOptions = {}): Promise<TestRedis> {
  const port = options.port ?? (await freePort());
  const dir = options.appendOnly ? await mkdtemp(join(tmpdir(), 'sk-redis-')) : null;
  let child: ChildProcess | null = null;
  const start = async (): Promise<void> => {
    if (child) return;
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', ''];
    args.push(...(dir ? ['--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir] : ['--appendonly', 'no']));
    args.push('--maxmemory-policy', options.maxmemoryPolicy ?? 'noeviction', '--daemonize', 'no');
    const spawned = spawn('redis-server', args, { stdio: 'ignore' });
    child = spawned;
    spawned.once('exit', () => {
      if (child === spawned) child = null;
    });
    await waitForPort(port, spawned);
  };
  const stop = async (): Promise<void> => {
    const running = child;
    if (!running || running.pid === undefined) return;
    const exited = once(running, 'exit');
    process.kill(running.pid, 'SIGTERM');
    const timer = setTimeout(() => {
      if (running.exitCode === null && running.pid !== undefined) process.kill(running.pid, 'SIGKILL');
    }, 5_000);
    await exited;
    clearTimeout(timer);
    child = null;
  };
  await start();
  const stopAndClean = async (): Promise<void> => {
    await stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
  return { url: `redis://127.0.0.1:${port}`, port, owned: true, stop, start, dispose: stopAndClean };
}

/**
 * The Redis every scale-out test runs on: `REDIS_URL` when set, else a fresh child server.
 * Use `startRedisServer()` directly for fault tests that must stop and restart it.
 */
export async function useRedis(): Promise<TestRedis> {
  const fromEnv = process.env['REDIS_URL'];
  if (fromEnv) {
    const port = Number(new URL(fromEnv).port || 6379);
    const noop = async (): Promise<void> => {};
    return { url: fromEnv, port, owned: false, stop: noop, start: noop, dispose: noop };
  }
  return startRedisServer();
}

/** A key prefix unique to one test run, so tests sharing a Redis never see each other's keys. */
export function uniquePrefix(label: string): string {
  return `sk-test:${label}:${process.pid}:${Math.random().toString(36).slice(2, 8)}:`;
}
