/**
 * Loading a dataset file: `parseDataset` validates a parsed JSON document against the schema
 * and the cross-record rules and returns the typed dataset, or throws one `DatasetError` that
 * lists every problem with its JSON path. Nothing is half-loaded: either all of it is valid, or
 * the caller gets nothing but the error.
 */
import type { z } from 'zod';
import { DatasetError, formatPath, type DatasetProblem } from './dataset-error.ts';
import { checkDatasetRules } from './dataset-rules.ts';
import { fastValidateDataset } from './fast-validate.ts';
import { datasetSchema, type Dataset, type DatasetInput } from './schema.ts';

function schemaProblems(issues: readonly z.core.$ZodIssue[]): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ path: formatPath([...issue.path, key]), message: `unknown key "${key}"` });
    } else {
      problems.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  return problems;
}

/**
 * Validates a dataset document (already parsed from JSON) and returns it typed, with every
 * optional list present. A valid document's records are returned as they are (not copied):
 * treat the input as owned by the result.
 *
 * @throws {DatasetError} listing every problem: unknown keys, wrong types, duplicate ids,
 * dangling references, account types that do not fit their parent's, cycles.
 * @example
 * ```ts
 * const dataset = parseDataset(JSON.parse(text));
 * const index = indexDataset(dataset);
 * ```
 */
export function parseDataset(json: unknown): Dataset {
  if (fastValidateDataset(json)) {
    // Valid by shape (checked by hand, see fast-validate.ts): only the cross-record rules remain.
    const doc = json as DatasetInput;
    const dataset: Dataset = {
      version: doc.version,
      tenant: doc.tenant,
      accountTypes: doc.accountTypes,
      attributes: doc.attributes,
      accounts: doc.accounts,
      users: doc.users ?? [],
      teams: doc.teams ?? [],
      contacts: doc.contacts ?? [],
      assignments: doc.assignments ?? [],
      touchpoints: doc.touchpoints ?? [],
      tasks: doc.tasks ?? [],
      usage: doc.usage ?? [],
      healthProfiles: doc.healthProfiles ?? [],
      attributeHistory: doc.attributeHistory ?? [],
    };
    if (doc.tickets) dataset.tickets = doc.tickets;
    if (doc.assets) dataset.assets = doc.assets;
    if (doc.collections) dataset.collections = doc.collections;
    if (doc.endUsers) dataset.endUsers = doc.endUsers;
    const problems = checkDatasetRules(dataset);
    if (problems.length > 0) throw new DatasetError(problems);
    return dataset;
  }
  const result = datasetSchema.safeParse(json);
  const problems = result.success ? [] : schemaProblems(result.error.issues);
  for (const problem of checkDatasetRules(result.success ? result.data : json)) problems.push(problem); // no spread: a large file may have more problems than a call takes arguments
  if (problems.length > 0) throw new DatasetError(problems, result.success ? undefined : { cause: result.error });
  return result.data as Dataset;
}

/** 1-based line and column of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Parses the text of a dataset file: JSON syntax errors are reported with their line and
 * column, then the document goes through `parseDataset`.
 *
 * @throws {DatasetError}
 * @example
 * ```ts
 * const dataset = parseDatasetText(await readFile('dataset.json', 'utf8'));
 * ```
 */
export function parseDatasetText(text: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : text.length;
    const { line, column } = lineColumn(text, offset);
    throw new DatasetError([{ path: '', message: `JSON syntax error at line ${line}, column ${column}: ${message}`, line, column }], { cause: error });
  }
  return parseDataset(json);
}
