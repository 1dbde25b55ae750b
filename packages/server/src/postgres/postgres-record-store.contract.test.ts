/**
 * The store-of-record contract suite (records/record-store.contract.ts), unchanged, against a
 * real PostgreSQL: a cluster this file starts (or `POSTGRES_URL`), a fresh database per case,
 * and a second store on the same database for the cross-process watch case.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { postgresAvailable, usePostgres, type TestPostgres } from '../../test/postgres/postgres-server.ts';
import { describeRecordStoreContract } from '../records/record-store.contract.ts';
import { createPostgresRecordStore, type PostgresRecordStore } from './postgres-record-store.ts';

if (postgresAvailable()) {
  let pg: TestPostgres;
  beforeAll(async () => {
    pg = await usePostgres();
  }, 60_000);
  afterAll(async () => {
    await pg?.dispose();
  });
  describeRecordStoreContract('postgres', async () => createPostgresRecordStore(await pg.createDatabase(), { reconcileMs: 0 }), {
    reopen: async (store) => createPostgresRecordStore((store as PostgresRecordStore).url, { reconcileMs: 0 }),
  });
} else {
  describe('RecordStore contract: postgres', () => {
    it.skip('needs PostgreSQL (apt-get install postgresql) or POSTGRES_URL', () => {});
  });
}
