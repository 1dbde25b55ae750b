/**
 * `successkit validate FILE`: checks a dataset file against the contract and lists every
 * problem with its JSON path. Exit code 0 when valid, 1 when there are problems.
 */
import { parseArgs } from 'node:util';
import { DatasetError } from '@successkit/core';
import { readDatasetFile } from '../data/file-tenant-data.ts';
import { CliError, usageError } from './cli-error.ts';

/** Runs `validate`; returns the exit code. */
export async function validateCommand(args: string[], out: (line: string) => void = console.log): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
  const [file, ...rest] = positionals;
  if (!file) throw usageError('validate: give the dataset file to check, e.g. successkit validate ./acme.json');
  if (rest.length > 0) throw usageError(`validate: one file at a time (got ${positionals.length})`);
  try {
    const dataset = await readDatasetFile(file);
    out(`${file}: valid (tenant ${dataset.tenant.id}, ${dataset.accounts.length} accounts)`);
    return 0;
  } catch (error) {
    if (error instanceof DatasetError) {
      out(`${file}: ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}`);
      for (const problem of error.problems) out(`  ${problem.path || '(document)'}: ${problem.message}`);
      return 1;
    }
    if (error instanceof Error && error.name === 'DatasetFileError') throw new CliError(error.message, { cause: error });
    throw error;
  }
}
