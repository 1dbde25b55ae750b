/**
 * Test child: commits batches of touchpoints to the PostgreSQL store of record forever, each
 * batch one transaction of `BATCH` writes and `BATCH` changes, printing `committed N` after each
 * commit returns, until it is killed. The fault test SIGKILLs it mid-commit and checks that
 * every batch in the store is whole.
 *
 * Usage: `node --conditions=@successkit/source test/postgres/commit-loop.ts URL TENANT BATCH`
 */
import type { DataChange, EntityWrite, Touchpoint } from '@successkit/core';
import { createPostgresRecordStore } from '../../src/postgres/postgres-record-store.ts';

const [url, tenant, batchText] = process.argv.slice(2);
if (!url || !tenant || !batchText) throw new Error('usage: commit-loop.ts URL TENANT BATCH');
const size = Number(batchText);
const store = createPostgresRecordStore(url);
const at = '2026-03-02T12:00:00.000Z';

for (let batch = 1; ; batch++) {
  await store.transaction(tenant, async (tx) => {
    const seq = await tx.latestSeq();
    const writes: EntityWrite[] = [];
    const changes: DataChange[] = [];
    for (let i = 0; i < size; i++) {
      const value: Touchpoint = { id: `b${batch}-${i}`, accountId: 'acc-root', userId: 'u-lead', flow: 'Adoption', type: 'Call', at, subject: `batch ${batch}` };
      writes.push({ kind: 'touchpoints', key: value.id, value });
      changes.push({ seq: seq + i + 1, at, actor: { kind: 'service', id: 'loop' }, kind: 'touchpoints', key: value.id, old: null, new: value });
    }
    await tx.commit(writes, changes);
  });
  console.log(`committed ${batch}`);
}
