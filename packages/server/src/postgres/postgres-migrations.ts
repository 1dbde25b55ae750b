/**
 * The numbered schema migrations of the PostgreSQL store of record, and the runner every process
 * calls on start. The runner holds a database-wide advisory lock for the whole transaction, so
 * four processes starting at once apply each migration exactly once; a new migration is
 * appended, never edited. Tables are prefixed `sk_` so the store can share a database.
 *
 * - `sk_entities`: one row per entity, `(tenant_id, kind, key)` unique, the record as `json`
 *   (its text kept as written); `ord` keeps insertion order (an upsert keeps its row).
 * - `sk_changes`: the change log, `(tenant_id, seq)`, with the account a change belongs to (no
 *   index on it yet: nothing reads the log by account, and every index slows ingestion).
 * - `sk_tenants`: each tenant's latest `seq` (what a process catches up to).
 * - `sk_meta`: small per-tenant values (the tenant record, import fingerprint, idempotency answers).
 * - `sk_service_keys`: SHA-256 hashes of service keys, never the secret.
 */
import type { Sql } from 'postgres';
import { MigrationError } from '../stores/migration-error.ts';

/** The advisory-lock namespace of successkit (first key of the two-key form): "SKit". */
export const advisoryNamespace = 0x534b6974;

/** The migrations, in order. The number is the position + 1. */
const postgresMigrations: readonly string[] = [
  // 1: entities, change log, tenants, metadata, service keys
  `
  CREATE TABLE sk_entities (
    tenant_id text NOT NULL,
    kind text NOT NULL,
    key text NOT NULL,
    ord bigint GENERATED ALWAYS AS IDENTITY,
    value json NOT NULL,
    PRIMARY KEY (tenant_id, kind, key)
  );
  CREATE INDEX sk_entities_in_order ON sk_entities (tenant_id, kind, ord);
  CREATE TABLE sk_changes (
    tenant_id text NOT NULL,
    seq bigint NOT NULL,
    at text NOT NULL,
    actor_kind text NOT NULL,
    actor_id text NOT NULL,
    kind text NOT NULL,
    key text NOT NULL,
    account_id text,
    old json,
    new json,
    PRIMARY KEY (tenant_id, seq)
  );
  CREATE TABLE sk_tenants (
    tenant_id text PRIMARY KEY,
    seq bigint NOT NULL
  );
  CREATE TABLE sk_meta (
    tenant_id text NOT NULL,
    name text NOT NULL,
    value text NOT NULL,
    expires_at_ms bigint,
    PRIMARY KEY (tenant_id, name)
  );
  CREATE TABLE sk_service_keys (
    id text PRIMARY KEY,
    tenant_id text NOT NULL,
    name text NOT NULL,
    hash text NOT NULL UNIQUE,
    created_at text NOT NULL,
    revoked_at text,
    created_order bigint GENERATED ALWAYS AS IDENTITY
  );
  CREATE INDEX sk_service_keys_by_tenant ON sk_service_keys (tenant_id, created_at, created_order);
  `,
];

/**
 * Applies the migrations not yet recorded in `sk_migrations`, in one transaction under the
 * advisory lock; returns the schema version. A database newer than this code is left alone.
 *
 * @example
 * ```ts
 * const version = await migratePostgres(sql); // 1
 * ```
 */
export async function migratePostgres(sql: Sql): Promise<number> {
  return sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${advisoryNamespace}::int, 0)`;
    await tx`CREATE TABLE IF NOT EXISTS sk_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`;
    const [row] = await tx<{ version: number | null }[]>`SELECT max(version) AS version FROM sk_migrations`;
    let version = row?.version ?? 0;
    while (version < postgresMigrations.length) {
      try {
        await tx.unsafe(postgresMigrations[version]!);
      } catch (error) {
        throw new MigrationError('postgres', version + 1, `PostgreSQL migration ${version + 1} failed: ${(error as Error).message}`, { cause: error });
      }
      version += 1;
      await tx`INSERT INTO sk_migrations (version) VALUES (${version})`;
    }
    return version;
  });
}
