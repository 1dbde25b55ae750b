/**
 * Environment of the CLI (DESIGN.md "Command line"): `SUCCESSKIT_JWT_SECRET` (required to
 * serve or mint tokens), `SUCCESSKIT_JWT_ISSUER` / `SUCCESSKIT_JWT_AUDIENCE` (default
 * `successkit`), `PORT`, `REDIS_URL`; the summary engine reads `OPENAI_API_KEY`,
 * `OPENAI_BASE_URL` and `SUCCESSKIT_MODEL` itself.
 */
import type { EmbedTokenKey } from '../auth/embed-token.ts';
import { CliError } from './cli-error.ts';

/** The embed token key from the environment, or a clear error. */
export function jwtKeyFromEnv(env: NodeJS.ProcessEnv = process.env): EmbedTokenKey {
  const secret = env.SUCCESSKIT_JWT_SECRET;
  if (!secret) throw new CliError('SUCCESSKIT_JWT_SECRET is not set: export a shared secret of at least 32 characters');
  if (secret.length < 32) throw new CliError(`SUCCESSKIT_JWT_SECRET is too short (${secret.length} characters): use at least 32`);
  return { secret, issuer: env.SUCCESSKIT_JWT_ISSUER || 'successkit', audience: env.SUCCESSKIT_JWT_AUDIENCE || 'successkit' };
}
