/**
 * Served from the store of record, a tenant's views are the views of its file: a synthetic
 * version 2 dataset (tickets, assets, collections, end users) is imported, then every view of
 * a sample of accounts, and Team Spotlight, must equal what a server reading the file answers
 * (`dataVersion` aside, 0 for both).
 */
import { generateDataset } from '@successkit/core/synthetic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../__fixtures__/http-helpers.ts';
import { testNow } from '../__fixtures__/test-datasets.ts';
import { startTestServer, type TestServer } from '../__fixtures__/test-server.ts';
import { startRecordsTestServer, type RecordsTestServer } from './__fixtures__/records-test-server.ts';

describe('views served from the store equal views served from the file', () => {
  const dataset = generateDataset({ seed: 11, accounts: 60, asOf: testNow.toISOString(), days: 120, usageDays: 30 });
  let fromFile: TestServer;
  let fromStore: RecordsTestServer;
  beforeAll(async () => {
    fromFile = await startTestServer({ data: dataset });
    fromStore = await startRecordsTestServer({ datasets: [dataset] });
  });
  afterAll(async () => {
    await fromFile.close();
    await fromStore.close();
  });

  it('profiles, children and Team Spotlight', async () => {
    const user = dataset.users[0]!.id;
    const options = { tenant: dataset.tenant.id, user, seat: 'practitioner' as const, admin: true };
    const [a, b] = [await fromFile.token(options), await fromStore.token(options)];
    const paths = [
      ...dataset.accounts.filter((_, i) => i % 7 === 0).flatMap((account) => [`/v1/accounts/${account.id}`, `/v1/accounts/${account.id}/children`]),
      '/v1/team-spotlight?role=CSM&period=30',
    ];
    for (const path of paths) {
      const [left, right] = [await call(fromFile.base, 'GET', path, a), await call(fromStore.base, 'GET', path, b)];
      expect(left.status, path).toBe(200);
      expect(right, path).toEqual(left);
    }
  });
});
