/**
 * `DatasetError`: the one error `parseDataset` throws. It lists every problem found in the
 * dataset, each with the JSON path it concerns (`accounts[3].parentId`), so a host can fix a
 * file in one pass instead of one problem at a time.
 */
import { SuccessKitError } from '../errors/successkit-error.ts';

/** One problem in a dataset file. */
export interface DatasetProblem {
  /** JSON path of the offending value, e.g. `accounts[3].parentId` (empty for the document). */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
  /** For JSON syntax errors: 1-based line of the error. */
  line?: number;
  /** For JSON syntax errors: 1-based column of the error. */
  column?: number;
}

/**
 * Thrown when a dataset does not satisfy the contract. Nothing of it was loaded.
 *
 * @example
 * ```ts
 * try { parseDataset(json); } catch (error) {
 *   if (error instanceof DatasetError) for (const p of error.problems) console.log(p.path, p.message);
 * }
 * ```
 */
export class DatasetError extends SuccessKitError {
  override readonly name = 'DatasetError';
  /** Every problem found, in document order within each kind of check. */
  readonly problems: DatasetProblem[];

  constructor(problems: DatasetProblem[], options?: { cause?: unknown }) {
    const shown = problems.slice(0, 5).map((p) => `${p.path || '(document)'}: ${p.message}`);
    const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
    super('dataset-invalid', `Invalid dataset (${problems.length} problem${problems.length === 1 ? '' : 's'}): ${shown.join('; ')}${more}`, options);
    this.problems = problems;
  }
}

/** Formats a path of keys and indexes the way `DatasetProblem.path` reads: `accounts[3].parentId`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}
