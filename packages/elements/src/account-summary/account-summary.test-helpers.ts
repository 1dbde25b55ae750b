/**
 * Helpers shared by the summary element tests: unsigned embed tokens the stub API reads, unique
 * scenario account ids, and the stub's job and account controls.
 */

/** An unsigned JWT with the given claims (the stub reads the payload; the element too). */
export function makeToken(claims: { seat?: string; admin?: boolean; tenant?: string; exp?: number; permissions?: string[] } = {}): string {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const payload = { sub: 'u-1', tenant: 't-1', seat: 'contributor', exp: Math.floor(Date.now() / 1000) + 600, ...claims };
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}.sig`;
}

/** An expired token. */
export const expiredToken = (): string => makeToken({ exp: Math.floor(Date.now() / 1000) - 60 });

/** A fresh account id for a stub scenario (`fresh`, `gen`, `fail`…). */
export function accountFor(scenario: string): string {
  return `${scenario}-${Math.random().toString(36).slice(2, 10)}`;
}

/** What the stub knows of an account. */
export interface StubAccount {
  votes: Array<{ vote: string; reason?: string }>;
  jobId: string | null;
  calls: number;
  listeners: number;
}

/** Reads the stub's state of an account. */
export async function stubAccount(accountId: string): Promise<StubAccount> {
  return (await fetch(`/stub/accounts/${encodeURIComponent(accountId)}`)).json() as Promise<StubAccount>;
}

/** Releases the next `steps` events of a stub job. */
export async function advanceJob(jobId: string, steps = 1): Promise<{ emitted: number; remaining: number; listeners: number }> {
  return (await fetch(`/stub/jobs/${encodeURIComponent(jobId)}/advance?steps=${steps}`, { method: 'POST' })).json() as Promise<{
    emitted: number;
    remaining: number;
    listeners: number;
  }>;
}

/** `T` without its falsy members. */
export type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

/** Polls `check` until it returns a truthy value (tests wait on state, never on time). */
export async function until<T>(check: () => T | Promise<T>, what = 'condition'): Promise<Truthy<T>> {
  // A deadline, not a count: a busy machine must not turn a slow poll into a failure.
  const deadline = performance.now() + 15_000;
  while (performance.now() < deadline) {
    const value = await check();
    if (value) return value as Truthy<T>;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}
