/**
 * Redis connections for the API side of scale-out: fail fast instead of hanging. Commands are
 * not queued while disconnected (`enableOfflineQueue: false`), so while Redis is down (refused
 * or reset connections) every call fails at once; connecting times out after a second and a
 * command that gets no reply after two (a hung or unreachable Redis); the client reconnects by
 * itself forever, at most a second apart, so the API answers 503 while Redis is down and
 * recovers when it is back. Errors that mean "Redis is unreachable" become
 * `HttpProblem('unavailable')`.
 */
import { Redis, type ChainableCommander, type RedisOptions } from 'ioredis';
import { HttpProblem } from '../http/http-problem.ts';

/** Timeouts of an API-side connection. */
export interface RedisConnectionOptions {
  /**
   * Longest wait for a command's reply, in ms. 2000 by default: long enough that a busy
   * process (event-loop lag) does not mistake slowness for an outage.
   */
  commandTimeoutMs?: number;
  /** Longest wait for a connection, in ms. 1000 by default. */
  connectTimeoutMs?: number;
  /** Shown in `CLIENT LIST`. */
  connectionName?: string;
}

/** ioredis options for a fail-fast API connection. */
export function failFastRedisOptions(options: RedisConnectionOptions = {}): RedisOptions {
  return {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: options.connectTimeoutMs ?? 1_000,
    commandTimeout: options.commandTimeoutMs ?? 2_000,
    retryStrategy: (times) => Math.min(100 * times, 1_000),
    ...(options.connectionName ? { connectionName: options.connectionName } : {}),
  };
}

/**
 * Opens a fail-fast connection and waits until it is ready; rejects with an `unavailable`
 * problem when Redis does not answer.
 *
 * @example
 * ```ts
 * const redis = await connectRedis('redis://127.0.0.1:6379');
 * ```
 */
export async function connectRedis(url: string, options: RedisConnectionOptions = {}): Promise<Redis> {
  const redis = new Redis(url, failFastRedisOptions(options));
  // Errors are reported through the commands that fail; an unhandled 'error' event would crash.
  redis.on('error', () => {});
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw unavailable(error, redactUrl(url));
  }
  return redis;
}

/** Waits until a connection created elsewhere is ready (it may be lazy or still connecting). */
export async function ensureReady(redis: Redis): Promise<void> {
  if (redis.status === 'ready') return;
  if (redis.status === 'wait') {
    await redis.connect();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(unavailable(new Error('not ready within 5 s'))), 5_000);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Whether an error means Redis could not be reached (rather than a bad command). */
function isConnectionError(error: unknown): boolean {
  return !(error instanceof Error && error.name === 'ReplyError');
}

/** The `unavailable` problem for a Redis error. */
export function unavailable(cause: unknown, where = 'Redis'): HttpProblem {
  return new HttpProblem('unavailable', `The store is unreachable (${where}); retry shortly.`, { cause, retryAfter: 1 });
}

/** Runs a Redis call, turning connection failures into `unavailable` problems. */
export async function guard<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof HttpProblem || !isConnectionError(error)) throw error;
    throw unavailable(error);
  }
}

/** A Redis URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'redis';
  }
}

type ScriptArg = string | number;

/**
 * Defines a Lua script on a connection (sent once, then called by SHA; ioredis re-sends it
 * after a Redis restart) and returns a typed caller.
 */
export function defineScript<T>(redis: Redis, name: string, numberOfKeys: number, lua: string): (keys: string[], args: ScriptArg[]) => Promise<T> {
  if (!(name in redis)) redis.defineCommand(name, { numberOfKeys, lua });
  const commands = redis as unknown as Record<string, (...args: ScriptArg[]) => Promise<T>>;
  return (keys, args) => commands[name]!.call(redis, ...keys, ...args);
}

/** Encodes one part of a key so `:` inside ids cannot make two keys collide. */
export function keyPart(part: string | number): string {
  return encodeURIComponent(String(part));
}

/** Runs a MULTI block and returns its replies, throwing the first failed command's error. */
export async function execAll(multi: ChainableCommander): Promise<unknown[]> {
  const results = await multi.exec();
  if (!results) throw unavailable(new Error('transaction discarded'));
  return results.map(([error, value]) => {
    if (error) throw error;
    return value;
  });
}
