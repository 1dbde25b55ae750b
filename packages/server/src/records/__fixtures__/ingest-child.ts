/**
 * A child process for the SIGKILL test: opens the store of record at argv[2] and writes
 * batches of 10,000 touchpoints through the writer, one after another, printing
 * `writing N` just before each batch and `committed N SEQ` once it is acknowledged, until killed.
 */
import { createRecordWriter } from '../../ingest/record-writer.ts';
import { createSqliteRecordStore } from '../sqlite-record-store.ts';
import { storeTenantData } from '../store-tenant-data.ts';

const store = createSqliteRecordStore(process.argv[2]!);
const tenants = storeTenantData(store);
const writer = createRecordWriter({ store, tenants });
for (let batch = 0; ; batch++) {
  const items = Array.from({ length: 10_000 }, (_, i) => {
    const value = { id: `b${batch}-${i}`, accountId: 'acc-alpha-1', userId: 'u-csm', flow: 'Adoption', type: 'call', at: '2026-03-01T10:00:00Z', subject: `batch ${batch} item ${i}` };
    return { kind: 'touchpoints' as const, key: value.id, value, path: `/upserts/touchpoints/${i}` };
  });
  process.stdout.write(`writing ${batch}\n`);
  const { answer } = await writer.write('alpha', items, { kind: 'service', id: 'child' });
  process.stdout.write(`committed ${batch} ${answer.seq}\n`);
}
