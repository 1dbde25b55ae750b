/**
 * Reads the embed token from the `Authorization: Bearer …` header (the only place it is
 * accepted — never a URL or a cookie) and verifies it; every refusal is a 401 problem that says
 * what is wrong without echoing the token.
 *
 * Verified tokens are remembered until they expire (a token is immutable, so the same string
 * verifies the same way until `exp`): an element sends one token for many requests, and HMAC
 * verification would otherwise dominate the cost of a cached read. Refusals are never cached.
 */
import { HttpProblem } from '../http/http-problem.ts';
import type { Caller } from './caller.ts';
import { EmbedTokenError, verifyEmbedToken, type EmbedTokenKey } from './embed-token.ts';

const bearer = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/;
/** Seconds of clock skew tolerated on `exp` (as in verification). */
const clockToleranceSeconds = 5;

/** Verifies bearer headers into callers, 401 otherwise. */
export type Authenticator = (authorization: string | undefined, now: Date) => Promise<Caller>;

/** Creates an authenticator that remembers up to `maxEntries` verified tokens until their expiry. */
export function createAuthenticator(key: EmbedTokenKey, options: { maxEntries?: number } = {}): Authenticator {
  const maxEntries = options.maxEntries ?? 10_000;
  const verified = new Map<string, { caller: Caller; exp: number }>();
  return async (authorization, now) => {
    if (!authorization) throw new HttpProblem('unauthenticated', 'an embed token is required in the Authorization header (Bearer)');
    const match = bearer.exec(authorization.trim());
    if (!match) throw new HttpProblem('unauthenticated', 'the Authorization header must be "Bearer <embed token>"');
    const token = match[1]!;
    const seconds = now.getTime() / 1000;
    const hit = verified.get(token);
    if (hit) {
      if (seconds < hit.exp + clockToleranceSeconds) return hit.caller;
      verified.delete(token);
    }
    let caller: Caller;
    try {
      caller = await verifyEmbedToken(token, key, now);
    } catch (error) {
      if (error instanceof EmbedTokenError) throw new HttpProblem('unauthenticated', error.message, { cause: error });
      throw error;
    }
    if (verified.size >= maxEntries) verified.delete(verified.keys().next().value!);
    verified.set(token, { caller, exp: expOf(token) });
    return caller;
  };
}

/** `exp` of a token that has just been verified (so its payload is well-formed). */
function expOf(token: string): number {
  const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { exp: number };
  return payload.exp;
}
