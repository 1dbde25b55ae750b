/**
 * `importDatasetFile`: a dataset file into the store of record (`serve --data FILE`,
 * `successkit import FILE`). The first import of a tenant writes the file as its first snapshot
 * (no change rows, `seq` 0) in one transaction; later imports run only when the file's content
 * changed since the last one (its SHA-256 is kept in the tenant's metadata) and go through the
 * writer as an upsert by key of every record, so only what differs writes changes, and
 * everything written through the API since stays (records the file no longer lists are kept).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { entitiesOf, entityKeyOf, entityKinds, parseDatasetText, tenantMetaName, type Dataset, type EntityWrite, type RecordStore } from '@successkit/core';
import { DatasetFileError } from '../data/file-tenant-data.ts';
import type { BatchItem } from '../ingest/batch-items.ts';
import type { RecordWriter } from '../ingest/record-writer.ts';

/** The metadata name of the last imported file's SHA-256. */
const importFingerprintMeta = 'import-fingerprint';

/** What an import did. */
export interface ImportOutcome {
  tenantId: string;
  /** `created`: first snapshot; `updated`: the file changed; `unchanged`: same content as last time. */
  status: 'created' | 'updated' | 'unchanged';
  /** The tenant's latest `seq` afterwards. */
  seq: number;
  /** Records written (created) or changes written (updated). */
  written: number;
}

/** Reads a dataset file with its fingerprint. Throws `DatasetFileError` or `DatasetError`. */
async function readDatasetWithFingerprint(path: string): Promise<{ dataset: Dataset; fingerprint: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new DatasetFileError(path, `dataset file ${path}: ${code === 'ENOENT' ? 'no such file' : 'cannot be read'}`, { cause });
  }
  return { dataset: parseDatasetText(text), fingerprint: createHash('sha256').update(text).digest('hex') };
}

/** Imports one parsed dataset (see the module comment). */
export async function importDataset(store: RecordStore, writer: RecordWriter, dataset: Dataset, fingerprint: string): Promise<ImportOutcome> {
  const tenantId = dataset.tenant.id;
  const created = await store.transaction(tenantId, async (tx) => {
    if ((await tx.getMeta(tenantMetaName)) !== null) return null;
    const writes: EntityWrite[] = [];
    for (const kind of entityKinds) {
      for (const row of entitiesOf(dataset, kind) ?? []) writes.push({ kind, key: entityKeyOf(kind, row as never), value: row } as EntityWrite);
    }
    await tx.setMeta(tenantMetaName, JSON.stringify(dataset.tenant));
    await tx.setMeta(importFingerprintMeta, fingerprint);
    await tx.commit(writes, []);
    return writes.length;
  });
  if (created !== null) return { tenantId, status: 'created', seq: 0, written: created };

  const last = await store.transaction(tenantId, (tx) => tx.getMeta(importFingerprintMeta));
  if (last === fingerprint) return { tenantId, status: 'unchanged', seq: await store.latestSeq(tenantId), written: 0 };
  const items: BatchItem[] = [];
  for (const kind of entityKinds) {
    (entitiesOf(dataset, kind) ?? []).forEach((row, i) => items.push({ kind, key: entityKeyOf(kind, row as never), value: row, path: `/${kind}/${i}` }));
  }
  const { answer, changes } = await writer.write(tenantId, items, { kind: 'service', id: 'import' }, { meta: [{ name: importFingerprintMeta, value: fingerprint }], tenant: dataset.tenant });
  return { tenantId, status: 'updated', seq: answer.seq, written: changes.length };
}

/** Reads and imports a dataset file. */
export async function importDatasetFile(store: RecordStore, writer: RecordWriter, path: string): Promise<ImportOutcome> {
  const { dataset, fingerprint } = await readDatasetWithFingerprint(path);
  return importDataset(store, writer, dataset, fingerprint);
}
