/**
 * Reads the embed token from the `Authorization: Bearer …` header (the only place it is
 * accepted — never a URL or a cookie) and verifies it; every refusal is a 401 problem that says
 * what is wrong without echoing the token.
 */
import { HttpProblem } from '../http/http-problem.ts';
import type { Caller } from './caller.ts';
import { EmbedTokenError, verifyEmbedToken, type EmbedTokenKey } from './embed-token.ts';

const bearer = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/;

/** The caller of a request, or a 401 problem. */
export async function authenticate(authorization: string | undefined, key: EmbedTokenKey, now: Date): Promise<Caller> {
  if (!authorization) throw new HttpProblem('unauthenticated', 'an embed token is required in the Authorization header (Bearer)');
  const match = bearer.exec(authorization.trim());
  if (!match) throw new HttpProblem('unauthenticated', 'the Authorization header must be "Bearer <embed token>"');
  try {
    return await verifyEmbedToken(match[1]!, key, now);
  } catch (error) {
    if (error instanceof EmbedTokenError) throw new HttpProblem('unauthenticated', error.message, { cause: error });
    throw error;
  }
}
