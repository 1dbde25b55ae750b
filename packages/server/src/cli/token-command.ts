/**
 * `successkit token --tenant T --user U --seat S [--admin] [--ttl 15m]`: prints an embed token
 * signed with `SUCCESSKIT_JWT_SECRET`, for trying the API with curl or the elements. A ttl
 * above 15 minutes is refused.
 */
import { parseArgs } from 'node:util';
import { seatSchema } from '@successkit/core';
import { maxTokenTtlSeconds, mintEmbedToken } from '../auth/embed-token.ts';
import { jwtKeyFromEnv } from './cli-env.ts';
import { usageError } from './cli-error.ts';
import { parseDurationSeconds } from './parse-duration.ts';

/** Runs `token`; returns the token it printed. */
export async function tokenCommand(args: string[], out: (line: string) => void = console.log): Promise<string> {
  const { values } = parseArgs({
    args,
    options: {
      tenant: { type: 'string' },
      user: { type: 'string' },
      seat: { type: 'string' },
      admin: { type: 'boolean', default: false },
      ttl: { type: 'string', default: '15m' },
    },
    strict: true,
  });
  if (!values.tenant) throw usageError('token: --tenant is required');
  if (!values.user) throw usageError('token: --user is required');
  if (!values.seat) throw usageError('token: --seat is required (practitioner, contributor or viewer)');
  const seat = seatSchema.safeParse(values.seat);
  if (!seat.success) throw usageError(`token: --seat must be practitioner, contributor or viewer (got "${values.seat}")`);
  const ttl = parseDurationSeconds(values.ttl, '--ttl');
  if (ttl > maxTokenTtlSeconds) throw usageError(`token: --ttl must be at most 15m (embed tokens are short-lived), got ${values.ttl}`);
  const key = jwtKeyFromEnv();
  const token = await mintEmbedToken({ ...key, tenant: values.tenant, user: values.user, seat: seat.data, admin: values.admin, ttl });
  out(token);
  return token;
}
