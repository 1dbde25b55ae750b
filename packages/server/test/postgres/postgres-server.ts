/**
 * Test helper: a throwaway PostgreSQL cluster on 127.0.0.1 for the store-of-record tests. It is
 * created with `initdb -A trust` in a temporary directory (as the unprivileged `postgres` user
 * when the tests run as root, because PostgreSQL refuses root), started with `pg_ctl` on a free
 * port with its socket in that directory, stopped by its postmaster pid (SIGINT: fast shutdown),
 * and can be stopped and started again on the same port for fault tests. Never the system
 * cluster, never port 5432. When the environment sets `POSTGRES_URL`, `usePostgres()` reuses that
 * server instead and gives each caller a database of its own.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { freePort } from '../redis/redis-server.ts';

const run = promisify(execFile);

/** A PostgreSQL server a test can use. */
export interface TestPostgres {
  /** `postgres://postgres@127.0.0.1:PORT/DB`: a database of this caller's own. */
  url: string;
  port: number;
  /** Whether this helper owns the cluster (and so can stop and restart it). */
  owned: boolean;
  /** Stops the server (fast shutdown by pid; SIGKILL after 10 s). No-op when not owned. */
  stop(): Promise<void>;
  /** Starts it again on the same port (after `stop`). */
  start(): Promise<void>;
  /** A new empty database on the same server, as a URL. */
  createDatabase(name?: string): Promise<string>;
  /** Stops it for good and removes its directory (or drops the database when not owned). */
  dispose(): Promise<void>;
}

/** The directory of PostgreSQL's programs (`initdb`, `pg_ctl`), or `null` when not installed. */
export function postgresBinDir(): string | null {
  const fromEnv = process.env['PG_BIN'];
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  if (existsSync('/usr/lib/postgresql/15/bin/initdb')) return '/usr/lib/postgresql/15/bin';
  return null;
}

/** Whether a PostgreSQL can be had: `POSTGRES_URL` is set or the programs are installed. */
export function postgresAvailable(): boolean {
  return Boolean(process.env['POSTGRES_URL']) || postgresBinDir() !== null;
}

/** Runs a PostgreSQL program as the `postgres` user when we are root, else as ourselves. */
async function runPg(bin: string, program: string, args: string[]): Promise<void> {
  const asRoot = process.getuid?.() === 0;
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]] : [join(bin, program), args];
  await run(file, argv, { timeout: 60_000 });
}

const uniqueName = (label: string): string => `sk_${label}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

async function createDatabaseAt(serverUrl: string, name: string): Promise<string> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Resolves when the pid no longer exists (bounded). */
async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/**
 * Creates and starts a cluster on a free port (or `options.port`) and waits until it accepts
 * connections. `fsync` is off unless `options.fsync` (tests need no durability across a power
 * loss; benchmarks measure with it on).
 *
 * @example
 * ```ts
 * const pg = await startPostgresServer();
 * // … pg.url …
 * await pg.dispose();
 * ```
 */
export async function startPostgresServer(options: { port?: number; fsync?: boolean } = {}): Promise<TestPostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql), and POSTGRES_URL is not set');
  const port = options.port ?? (await freePort());
  const dir = await mkdtemp(join(tmpdir(), 'sk-pg-'));
  const data = join(dir, 'data');
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  await runPg(bin, 'initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
  let running = false;
  const start = async (): Promise<void> => {
    if (running) return;
    const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=${options.fsync ? 'on' : 'off'} -c max_connections=200`;
    await runPg(bin, 'pg_ctl', ['-D', data, '-o', serverOptions, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
    running = true;
  };
  const stop = async (): Promise<void> => {
    if (!running) return;
    const pid = Number((await readFile(join(data, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    process.kill(pid, 'SIGINT'); // fast shutdown: abort transactions, close connections
    if (!(await waitForExit(pid, 10_000))) {
      process.kill(pid, 'SIGKILL');
      await waitForExit(pid, 5_000);
    }
    running = false;
  };
  await start();
  // A test process that ends without dispose (a crash, a failed hook) must not leave its
  // cluster running: stop it (immediate shutdown) and remove its directory on the way out.
  const onExit = (): void => {
    try {
      const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(pid, 'SIGQUIT');
      // 'exit' handlers are synchronous: wait (bounded) for it to go before removing its files.
      const pause = new Int32Array(new SharedArrayBuffer(4));
      for (let i = 0; i < 100; i++) {
        process.kill(pid, 0); // throws once it is gone
        Atomics.wait(pause, 0, 0, 20);
      }
    } catch {
      // not running (any more)
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  const serverUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const url = await createDatabaseAt(serverUrl, uniqueName('test'));
  return {
    url,
    port,
    owned: true,
    stop,
    start,
    createDatabase: (name) => createDatabaseAt(serverUrl, name ?? uniqueName('db')),
    async dispose() {
      process.removeListener('exit', onExit);
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The PostgreSQL a test runs on: `POSTGRES_URL` when set (with a fresh database of the caller's
 * own), else a fresh child cluster. Use `startPostgresServer()` directly for fault tests that
 * must stop and restart it.
 */
export async function usePostgres(): Promise<TestPostgres> {
  const fromEnv = process.env['POSTGRES_URL'];
  if (!fromEnv) return startPostgresServer();
  const created: string[] = [];
  const create = async (db?: string): Promise<string> => {
    const name = db ?? uniqueName('db');
    created.push(name);
    return createDatabaseAt(fromEnv, name);
  };
  const url = await create(uniqueName('test'));
  const noop = async (): Promise<void> => {};
  return {
    url,
    port: Number(new URL(fromEnv).port || 5432),
    owned: false,
    stop: noop,
    start: noop,
    createDatabase: create,
    async dispose() {
      // The shared server outlives this test: drop every database it was given.
      const admin = postgres(fromEnv, { max: 1, onnotice: () => {} });
      try {
        for (const name of created.splice(0)) await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end({ timeout: 5 });
      }
    },
  };
}
