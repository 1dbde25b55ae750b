/**
 * The numbered schema migrations of the SQLite store of record (the same file as the summary
 * stores, its own tables and its own `record_migrations` ledger, so the two sets of migrations
 * never collide). Each runs once, in a transaction; a new migration is appended, never edited.
 *
 * - `record_entities`: one row per entity, `(tenant_id, kind, key)` unique, the record as JSON;
 *   the rowid keeps insertion order (an upsert keeps its row), so a load lists records in the
 *   order the change log put them.
 * - `record_changes`: the change log, `(tenant_id, seq)`, with the account a change belongs to.
 * - `record_tenants`: each tenant's latest `seq` (what `watch` polls).
 * - `record_meta`: small per-tenant values (the tenant record, import fingerprint, idempotency answers).
 * - `service_keys`: SHA-256 hashes of service keys, never the secret.
 */
import type { DatabaseSync } from 'node:sqlite';
import { MigrationError } from '../stores/migration-error.ts';

/** The migrations, in order. The number is the position + 1. */
const sqliteRecordMigrations: readonly string[] = [
  // 1: entities, change log, tenants, metadata, service keys
  `
  CREATE TABLE IF NOT EXISTS record_entities (
    tenant_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    data TEXT NOT NULL
  );
  CREATE UNIQUE INDEX IF NOT EXISTS record_entities_by_key ON record_entities (tenant_id, kind, key);
  CREATE INDEX IF NOT EXISTS record_entities_in_order ON record_entities (tenant_id, kind);
  CREATE TABLE IF NOT EXISTS record_changes (
    tenant_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor_kind TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    account_id TEXT,
    old TEXT,
    new TEXT
  );
  CREATE UNIQUE INDEX IF NOT EXISTS record_changes_by_seq ON record_changes (tenant_id, seq);
  CREATE INDEX IF NOT EXISTS record_changes_by_account ON record_changes (tenant_id, account_id, seq);
  CREATE TABLE IF NOT EXISTS record_tenants (
    tenant_id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS record_meta (
    tenant_id TEXT NOT NULL,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    expires_at_ms INTEGER,
    PRIMARY KEY (tenant_id, name)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS service_keys (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    name TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  );
  CREATE INDEX IF NOT EXISTS service_keys_by_tenant ON service_keys (tenant_id, created_at);
  `,
];

/** Applies the record migrations not yet recorded; returns the schema version. */
export function migrateRecords(db: DatabaseSync): number {
  db.exec('CREATE TABLE IF NOT EXISTS record_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const current = (): number => (db.prepare('SELECT MAX(version) AS version FROM record_migrations').get() as { version: number | null }).version ?? 0;
  let version = current();
  while (version < sqliteRecordMigrations.length) {
    db.exec('BEGIN IMMEDIATE');
    try {
      // Another process may have migrated between the read and the lock: read again under it.
      version = current();
      if (version < sqliteRecordMigrations.length) {
        db.exec(sqliteRecordMigrations[version]!);
        db.prepare('INSERT INTO record_migrations (version, applied_at) VALUES (?, ?)').run(version + 1, new Date().toISOString());
        version += 1;
      }
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw new MigrationError('sqlite-records', version + 1, `SQLite record migration ${version + 1} failed`, { cause: error });
    }
  }
  return version;
}
