/**
 * PostgreSQL connections that fail fast instead of hanging: connecting gives up after a couple
 * of seconds, every call has a client-side deadline (a server that accepts connections but does
 * not answer), and the errors that mean "the database cannot serve now" — refused or reset
 * connections, a server shutting down or starting up, too many connections, a lock wait past
 * `lock_timeout` — become
 * `HttpProblem('unavailable')` (503, `Retry-After: 1`). Other errors (a constraint violation, a
 * bad statement) pass through unchanged. The client reconnects on the next call by itself.
 */
import postgres, { type Options, type Sql } from 'postgres';
import { HttpProblem } from '../http/http-problem.ts';

/** Timeouts of a store connection. */
export interface PostgresConnectionOptions {
  /** Longest wait for a connection, in seconds (default 2). */
  connectTimeoutSeconds?: number;
  /** Connections in the pool (default 10). */
  max?: number;
  /** Shown in `pg_stat_activity`. */
  applicationName?: string;
}

/** `postgres` options for a fail-fast store connection. */
export function postgresOptions(options: PostgresConnectionOptions = {}): Options<Record<string, never>> {
  return {
    max: options.max ?? 10,
    connect_timeout: options.connectTimeoutSeconds ?? 2,
    idle_timeout: 60,
    // Notices ("relation already exists, skipping") are not errors: never print them.
    onnotice: () => {},
    connection: { application_name: options.applicationName ?? 'successkit' },
  };
}

/**
 * Opens a pool for `url` (connections are made on first use).
 *
 * @example
 * ```ts
 * const sql = connectPostgres('postgres://successkit@db:5432/successkit');
 * ```
 */
export function connectPostgres(url: string, options: PostgresConnectionOptions = {}): Sql {
  return postgres(url, postgresOptions(options));
}

/** SQLSTATE classes and codes that mean the server cannot serve now (not a bad request). */
const unavailableStates = /^(08|57P0[1-3]|53300|53400|55P03)/;

/** Whether an error means PostgreSQL could not be reached (rather than a bad statement). */
function isConnectionError(error: unknown): boolean {
  if (error instanceof HttpProblem) return error.problemType === 'unavailable';
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (error.name === 'PostgresError') return typeof code === 'string' && unavailableStates.test(code);
  if (typeof code !== 'string') return false;
  return /^(E[A-Z]+|CONNECT_TIMEOUT|CONNECTION_(CLOSED|DESTROYED|ENDED))$/.test(code) || code === 'ERR_SOCKET_CLOSED';
}

/** The `unavailable` problem for a PostgreSQL error. */
function unavailable(cause: unknown, where = 'PostgreSQL'): HttpProblem {
  return new HttpProblem('unavailable', `The store of record is unreachable (${where}); retry shortly.`, { cause, retryAfter: 1 });
}

/**
 * Runs a call with a deadline, turning connection failures and timeouts into `unavailable`
 * problems. A call past its deadline is not cancelled on the server (PostgreSQL rolls back a
 * transaction whose connection goes away); its answer is ignored.
 */
export function guard<T>(call: () => Promise<T>, timeoutMs: number): Promise<T> {
  return guardProgress(() => call(), timeoutMs);
}

/**
 * Like `guard`, for long work made of many statements (a large import): the deadline is an idle
 * deadline, pushed back each time the call reports `progress()`, so a big transaction that keeps
 * moving is never cut off while one that gets no answer fails after `idleMs`. `progress(ms)`
 * allows one longer wait next (e.g. for a lock another transaction holds).
 */
export async function guardProgress<T>(call: (progress: (nextIdleMs?: number) => void) => Promise<T>, idleMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let expire!: (error: unknown) => void;
  const deadline = new Promise<never>((_, reject) => (expire = reject));
  const arm = (nextIdleMs = idleMs): void => {
    clearTimeout(timer);
    timer = setTimeout(() => expire(unavailable(new Error(`no answer within ${nextIdleMs} ms`))), nextIdleMs);
  };
  arm();
  try {
    const running = call(arm);
    running.catch(() => {}); // a late failure after the deadline is not unhandled
    return await Promise.race([running, deadline]);
  } catch (error) {
    if (error instanceof HttpProblem || !isConnectionError(error)) throw error;
    throw unavailable(error);
  } finally {
    clearTimeout(timer);
  }
}

/** A PostgreSQL URL without its password, for messages. */
export function redactPostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres';
  }
}
