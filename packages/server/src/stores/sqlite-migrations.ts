/**
 * The numbered schema migrations of the SQLite store. Each runs once, in a transaction, and is
 * recorded in the `migrations` table; a new migration is appended, never edited.
 */
import type { DatabaseSync } from 'node:sqlite';
import { MigrationError } from './migration-error.ts';

/** The migrations, in order. The number is the position + 1. */
const sqliteMigrations: readonly string[] = [
  // 1: summaries, opens, jobs, feedback, config versions, usage, locks
  `
  CREATE TABLE summaries (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    account_id TEXT NOT NULL,
    config_version INTEGER NOT NULL,
    generated_at_ms INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    data TEXT NOT NULL
  );
  CREATE INDEX summaries_by_key ON summaries (tenant_id, account_id, config_version, generated_at_ms, seq);
  CREATE TABLE summary_opens (
    tenant_id TEXT NOT NULL,
    account_id TEXT NOT NULL,
    config_version INTEGER NOT NULL,
    opened_at_ms INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, account_id, config_version)
  );
  CREATE INDEX summary_opens_by_time ON summary_opens (opened_at_ms);
  CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    account_id TEXT NOT NULL,
    config_version INTEGER NOT NULL,
    status TEXT NOT NULL,
    finished_at TEXT,
    data TEXT NOT NULL
  );
  CREATE INDEX jobs_by_key ON jobs (tenant_id, account_id, config_version, status);
  CREATE INDEX jobs_by_status ON jobs (status);
  CREATE TABLE feedback (
    tenant_id TEXT NOT NULL,
    summary_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (tenant_id, summary_id, user_id)
  );
  CREATE TABLE summary_configs (
    tenant_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (tenant_id, version)
  );
  CREATE TABLE usage (
    tenant_id TEXT NOT NULL,
    day TEXT NOT NULL,
    tokens INTEGER NOT NULL,
    cost_usd REAL NOT NULL,
    PRIMARY KEY (tenant_id, day)
  );
  CREATE TABLE locks (
    name TEXT PRIMARY KEY,
    token TEXT NOT NULL,
    expires_at_ms INTEGER NOT NULL
  );
  `,
];

/** Applies the migrations not yet recorded; returns the schema version. */
export function migrate(db: DatabaseSync): number {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const row = db.prepare('SELECT MAX(version) AS version FROM migrations').get() as { version: number | null };
  let version = row.version ?? 0;
  while (version < sqliteMigrations.length) {
    const next = version + 1;
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(sqliteMigrations[version]!);
      db.prepare('INSERT INTO migrations (version, applied_at) VALUES (?, ?)').run(next, new Date().toISOString());
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw new MigrationError('sqlite', next, `SQLite migration ${next} failed`, { cause: error });
    }
    version = next;
  }
  return version;
}
