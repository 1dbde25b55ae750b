/**
 * `successkit import FILE… [--store sqlite:PATH|memory|postgres://…]`: imports dataset files into
 * the store of record without serving — the first import of a tenant writes its snapshot, a
 * later one upserts by key what changed since (only when the file's content changed).
 * `importFiles` is shared with `serve --data`.
 */
import { parseArgs } from 'node:util';
import { DatasetError, type RecordStore } from '@successkit/core';
import { DatasetFileError } from '../data/file-tenant-data.ts';
import { IngestInvalidError } from '../ingest/ingest-errors.ts';
import { createRecordWriter } from '../ingest/record-writer.ts';
import { importDatasetFile, type ImportOutcome } from '../records/import-dataset.ts';
import { storeTenantData } from '../records/store-tenant-data.ts';
import { CliError, usageError } from './cli-error.ts';
import { createRecordStoreFromUrl } from './store-url.ts';

/** Imports each file (one tenant each); a bad file is a `CliError` naming it and its problems. */
export async function importFiles(records: RecordStore, paths: readonly string[], command: string): Promise<ImportOutcome[]> {
  const tenants = storeTenantData(records);
  const writer = createRecordWriter({ store: records, tenants });
  const outcomes: ImportOutcome[] = [];
  try {
    for (const path of paths) {
      try {
        outcomes.push(await importDatasetFile(records, writer, path));
      } catch (error) {
        if (error instanceof DatasetFileError) throw new CliError(`${command}: ${error.message}`, { cause: error });
        if (error instanceof DatasetError || error instanceof IngestInvalidError) {
          const problems = error instanceof DatasetError ? error.problems : error.problems;
          const lines = problems.slice(0, 20).map((p) => `  ${p.path || '(document)'}: ${p.message}`);
          throw new CliError(`${command}: ${path} cannot be imported (run \`successkit validate\` for every problem):\n${lines.join('\n')}`, { cause: error });
        }
        throw error;
      }
    }
  } finally {
    tenants.close();
  }
  return outcomes;
}

/** One line per import outcome. */
export function describeImport(path: string, outcome: ImportOutcome): string {
  const what = outcome.status === 'created' ? `imported (${outcome.written} records)` : outcome.status === 'updated' ? `re-imported (${outcome.written} changes)` : 'unchanged since its last import';
  return `${path}: tenant ${outcome.tenantId} ${what}, seq ${outcome.seq}`;
}

/** Runs `import`. */
export async function importCommand(args: string[], out: (line: string) => void = console.log): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { store: { type: 'string', default: 'sqlite:./successkit.db' } }, allowPositionals: true, strict: true });
  if (positionals.length === 0) throw usageError('import: give one or more dataset files, e.g. `successkit import ./acme.json --store sqlite:./successkit.db`');
  const records = await createRecordStoreFromUrl(values.store);
  if (!records) throw usageError(`import: --store ${values.store.split('@').pop()} has no store of record (use sqlite:PATH or postgres://…)`);
  try {
    const outcomes = await importFiles(records, positionals, 'import');
    outcomes.forEach((outcome, i) => out(describeImport(positionals[i]!, outcome)));
  } finally {
    await records.close();
  }
}
