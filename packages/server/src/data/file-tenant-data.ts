/**
 * Dataset files as tenant data (`successkit serve --data FILE`): one file is one tenant. The
 * file is read, validated against the dataset contract (every problem with its JSON path), then
 * indexed with its hierarchy and rollups.
 */
import { readFile } from 'node:fs/promises';
import { parseDatasetText, SuccessKitError, type Dataset } from '@successkit/core';
import { staticTenantData } from './static-tenant-data.ts';
import type { TenantDataProvider } from './tenant-data.ts';

/** A dataset file that could not be read (missing, unreadable). Invalid content is a `DatasetError`. */
export class DatasetFileError extends SuccessKitError {
  override readonly name = 'DatasetFileError';
  readonly path: string;
  constructor(path: string, message: string, options: { cause?: unknown } = {}) {
    super('dataset-file-unreadable', message, options);
    this.path = path;
  }
}

/** Reads and validates one dataset file. Throws `DatasetFileError` or `DatasetError`. */
export async function readDatasetFile(path: string): Promise<Dataset> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : 'cannot be read';
    throw new DatasetFileError(path, `dataset file ${path}: ${why}`, { cause });
  }
  return parseDatasetText(text);
}

/**
 * Loads dataset files (one tenant each) as a tenant data provider.
 *
 * @example
 * ```ts
 * const kit = createSuccessKit({ data: await fileTenantData(['./acme.json']), jwt });
 * ```
 */
export async function fileTenantData(paths: string | readonly string[]): Promise<TenantDataProvider> {
  const list = typeof paths === 'string' ? [paths] : paths;
  const datasets = await Promise.all(list.map((path) => readDatasetFile(path)));
  return staticTenantData(datasets);
}
