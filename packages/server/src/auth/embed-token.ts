/**
 * Embed tokens (DESIGN.md "Embed tokens", RFC 8725): a host's backend mints a short-lived HS256
 * JWT with `mintEmbedToken`; the server verifies it with `verifyEmbedToken` — algorithm pinned
 * to HS256 (so `alg: none` and every other algorithm fail), issuer and audience checked, `exp`
 * required and at most 15 minutes after `iat`, `jti`, `sub`, `tenant` and `seat` required.
 */
import { randomUUID } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { InvalidArgumentError, seatSchema, SuccessKitError, type Seat } from '@successkit/core';
import type { Caller, Permission } from './caller.ts';
import { effectivePermissions, isPermission } from './seat-permissions.ts';

/** Longest lifetime of an embed token, in seconds (15 minutes). */
export const maxTokenTtlSeconds = 15 * 60;

/** The signing settings shared by minting and verification. */
export interface EmbedTokenKey {
  /** The shared HS256 secret (at least 32 characters). */
  secret: string;
  issuer: string;
  audience: string;
}

/** What `mintEmbedToken` puts in a token. */
export interface MintEmbedTokenOptions extends EmbedTokenKey {
  tenant: string;
  /** The user id (`sub`). */
  user: string;
  seat: Seat;
  /** Adds `summary:configure`. */
  admin?: boolean;
  /** Narrows the seat's permissions to these. */
  permissions?: readonly Permission[];
  /** Lifetime in seconds (default and maximum 900). */
  ttl?: number;
  /** The time the token is issued at (default now). */
  now?: Date;
}

/** Why a token was refused. */
export class EmbedTokenError extends SuccessKitError {
  override readonly name = 'EmbedTokenError';
  /** A short machine-readable reason, safe to log (never the token). */
  readonly reason: 'missing' | 'malformed' | 'expired' | 'invalid-claims' | 'bad-signature' | 'bad-algorithm';
  constructor(reason: EmbedTokenError['reason'], message: string, options: { cause?: unknown } = {}) {
    super('embed-token-invalid', message, { cause: options.cause });
    this.reason = reason;
  }
}

const minSecretLength = 32;

function keyOf(secret: string): Uint8Array {
  if (secret.length < minSecretLength) throw new InvalidArgumentError('secret', `the embed token secret must be at least ${minSecretLength} characters`);
  return new TextEncoder().encode(secret);
}

/**
 * Mints an embed token. Call it in the host's backend, never in a browser.
 *
 * @example
 * ```ts
 * const token = await mintEmbedToken({
 *   secret: process.env.SUCCESSKIT_JWT_SECRET!, issuer: 'https://portal.example.com', audience: 'successkit',
 *   tenant: 'acme', user: 'u-1', seat: 'contributor', ttl: 600,
 * });
 * ```
 */
export async function mintEmbedToken(options: MintEmbedTokenOptions): Promise<string> {
  const ttl = options.ttl ?? maxTokenTtlSeconds;
  if (!Number.isInteger(ttl) || ttl <= 0 || ttl > maxTokenTtlSeconds) {
    throw new InvalidArgumentError('ttl', `ttl must be a whole number of seconds between 1 and ${maxTokenTtlSeconds} (15 minutes), got ${ttl}`);
  }
  if (!seatSchema.safeParse(options.seat).success) throw new InvalidArgumentError('seat', `seat must be one of ${seatSchema.options.join(', ')}, got ${JSON.stringify(options.seat)}`);
  const iat = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const claims: Record<string, unknown> = { tenant: options.tenant, seat: options.seat };
  if (options.admin) claims.admin = true;
  if (options.permissions) claims.permissions = [...options.permissions];
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setSubject(options.user)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttl)
    .sign(keyOf(options.secret));
}

/**
 * Verifies an embed token and returns the caller it stands for.
 * Throws `EmbedTokenError` for every refusal.
 */
export async function verifyEmbedToken(token: string, key: EmbedTokenKey, now: Date = new Date()): Promise<Caller> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, keyOf(key.secret), {
      algorithms: ['HS256'],
      issuer: key.issuer,
      audience: key.audience,
      requiredClaims: ['iss', 'aud', 'sub', 'exp', 'iat', 'jti'],
      currentDate: now,
      clockTolerance: 5,
    }));
  } catch (cause) {
    throw toTokenError(cause);
  }
  const { exp, iat, jti, sub, tenant, seat, admin, permissions } = payload;
  if (typeof exp !== 'number' || typeof iat !== 'number' || exp - iat > maxTokenTtlSeconds) {
    throw new EmbedTokenError('invalid-claims', 'the token lives longer than 15 minutes');
  }
  if (typeof jti !== 'string' || jti === '' || typeof sub !== 'string' || sub === '') {
    throw new EmbedTokenError('invalid-claims', 'the token has no jti or sub');
  }
  if (typeof tenant !== 'string' || tenant === '') throw new EmbedTokenError('invalid-claims', 'the token has no tenant claim');
  const seatResult = seatSchema.safeParse(seat);
  if (!seatResult.success) throw new EmbedTokenError('invalid-claims', 'the token has no valid seat claim');
  if (admin !== undefined && typeof admin !== 'boolean') throw new EmbedTokenError('invalid-claims', 'the admin claim must be a boolean');
  if (permissions !== undefined && !(Array.isArray(permissions) && permissions.every(isPermission))) {
    throw new EmbedTokenError('invalid-claims', 'the permissions claim must list known permissions');
  }
  return {
    tenantId: tenant,
    userId: sub,
    seat: seatResult.data,
    permissions: effectivePermissions(seatResult.data, admin === true, permissions as Permission[] | undefined),
    tokenId: jti,
  };
}

function toTokenError(cause: unknown): EmbedTokenError {
  if (cause instanceof joseErrors.JWTExpired) return new EmbedTokenError('expired', 'the token has expired', { cause });
  if (cause instanceof joseErrors.JOSEAlgNotAllowed) return new EmbedTokenError('bad-algorithm', 'the token algorithm is not allowed', { cause });
  if (cause instanceof joseErrors.JWSSignatureVerificationFailed) return new EmbedTokenError('bad-signature', 'the token signature is invalid', { cause });
  if (cause instanceof joseErrors.JWTClaimValidationFailed) {
    return new EmbedTokenError('invalid-claims', `the token's ${cause.claim} claim is missing or wrong`, { cause });
  }
  return new EmbedTokenError('malformed', 'the token is malformed', { cause });
}
