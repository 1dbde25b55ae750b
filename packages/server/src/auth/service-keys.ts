/**
 * Service keys (DESIGN.md "Live data"): tenant-scoped secrets a host's backend sends as
 * `Authorization: Bearer sks_…` to ingest and to read the change feed. The store keeps only the
 * key's SHA-256; the secret is shown once, when it is created. A service key never acts as a
 * user and an embed token never ingests: the two are told apart by their form (`sks_` + 43
 * base64url characters, versus a JWT's three dot-separated parts).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { RecordStore, ServiceKeyRecord } from '@successkit/core';
import { HttpProblem } from '../http/http-problem.ts';

/** The form of a service key. */
const serviceKeyPattern = /^sks_[A-Za-z0-9_-]{43}$/;
const bearerServiceKey = /^Bearer\s+(sks_\S*)$/i;

/** SHA-256 (hex) of a service key. */
export function hashServiceKey(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Whether an `Authorization` header carries something shaped like a service key. */
export function isServiceKeyHeader(authorization: string | undefined): boolean {
  return authorization !== undefined && bearerServiceKey.test(authorization.trim());
}

/**
 * Creates and stores a new key for a tenant; returns the record and the secret (shown once).
 *
 * @example
 * ```ts
 * const { secret } = await createServiceKey(records, { tenantId: 'acme', name: 'etl' });
 * ```
 */
export async function createServiceKey(
  store: RecordStore,
  options: { tenantId: string; name?: string; now?: Date },
): Promise<{ record: ServiceKeyRecord; secret: string }> {
  const secret = `sks_${randomBytes(32).toString('base64url')}`;
  const record: ServiceKeyRecord = {
    id: `key_${randomUUID().replace(/-/g, '').slice(0, 16)}`,
    tenantId: options.tenantId,
    name: options.name ?? 'default',
    hash: hashServiceKey(secret),
    createdAt: (options.now ?? new Date()).toISOString(),
    revokedAt: null,
  };
  await store.serviceKeys.create(record);
  return { record, secret };
}

/** Verifies the service key of an `Authorization` header: its record, or a 401 problem. */
export async function authenticateServiceKey(store: RecordStore | undefined, authorization: string | undefined): Promise<ServiceKeyRecord> {
  if (!authorization) throw new HttpProblem('unauthenticated', 'a service key is required in the Authorization header (Bearer sks_…)');
  const match = bearerServiceKey.exec(authorization.trim());
  if (!match) throw new HttpProblem('unauthenticated', 'the Authorization header must be "Bearer <service key>"');
  if (!serviceKeyPattern.test(match[1]!)) throw new HttpProblem('unauthenticated', 'the service key is malformed');
  if (!store) throw new HttpProblem('unauthenticated', 'this server has no store of record, so it accepts no service keys');
  const record = await store.serviceKeys.findByHash(hashServiceKey(match[1]!));
  if (!record) throw new HttpProblem('unauthenticated', 'unknown service key');
  if (record.revokedAt !== null) throw new HttpProblem('unauthenticated', 'the service key was revoked');
  return record;
}
