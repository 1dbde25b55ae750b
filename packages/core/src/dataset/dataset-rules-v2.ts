/**
 * The dataset rules of version 2 (DESIGN.md "The dataset file", version 2 paragraph): a
 * version-1 file must not use a version-2 key (it "needs version 2", named by its JSON path, so
 * a file never silently means something else), and the version-2 lists — tickets, assets,
 * collections, end users — have unique ids and resolve their accounts; usage rows' `users` name
 * known end users; a ticket is not solved before it was opened.
 *
 * Like `dataset-rules.ts`, it reads the document defensively: any field may have the wrong shape.
 */
import { formatPath, type DatasetProblem } from './dataset-error.ts';

type Loose = Record<string, unknown>;

/** The top-level lists only version 2 has. */
export const versionTwoLists = ['tickets', 'assets', 'collections', 'endUsers'] as const;

/** Keys of list items only version 2 has: `[list, key]`. */
export const versionTwoItemKeys = [
  ['attributes', 'editable'],
  ['usage', 'users'],
  ['attributeHistory', 'actor'],
] as const;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(doc: Loose, key: string): Loose[] {
  const value = doc[key];
  return Array.isArray(value) ? (value as Loose[]) : [];
}

function ids(rows: Loose[], section: string, problems: DatasetProblem[]): Map<string, number> {
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    if (!isRecord(row) || typeof row.id !== 'string') return;
    const first = seen.get(row.id);
    if (first === undefined) seen.set(row.id, i);
    else problems.push({ path: `${section}[${i}].id`, message: `duplicate id "${row.id}" (first at ${section}[${first}])` });
  });
  return seen;
}

/** Reports every version-2 key of a document that says `"version": 1`. */
function versionOneProblems(doc: Loose, problems: DatasetProblem[]): void {
  for (const key of versionTwoLists) {
    if (doc[key] !== undefined) problems.push({ path: key, message: `"${key}" needs version 2 (set "version": 2)` });
  }
  for (const [section, key] of versionTwoItemKeys) {
    list(doc, section).forEach((row, i) => {
      if (isRecord(row) && row[key] !== undefined) problems.push({ path: `${section}[${i}].${key}`, message: `"${key}" needs version 2 (set "version": 2)` });
    });
  }
}

/**
 * Runs the version-2 rules; `accountIds` are the document's account ids (id → index).
 *
 * @example
 * ```ts
 * for (const problem of checkVersionTwoRules(doc, accountIds)) problems.push(problem);
 * ```
 */
export function checkVersionTwoRules(doc: Loose, accountIds: ReadonlyMap<string, number>): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  if (doc.version === 1) {
    versionOneProblems(doc, problems);
    return problems;
  }
  for (const section of versionTwoLists) {
    const rows = list(doc, section);
    ids(rows, section, problems);
    rows.forEach((row, i) => {
      if (isRecord(row) && typeof row.accountId === 'string' && !accountIds.has(row.accountId)) {
        problems.push({ path: `${section}[${i}].accountId`, message: `unknown account "${row.accountId}"` });
      }
    });
  }
  list(doc, 'tickets').forEach((t, i) => {
    if (isRecord(t) && typeof t.openedAt === 'string' && typeof t.solvedAt === 'string' && Date.parse(t.solvedAt) < Date.parse(t.openedAt)) {
      problems.push({ path: `tickets[${i}].solvedAt`, message: `solvedAt ${t.solvedAt} is before openedAt ${t.openedAt}` });
    }
  });
  const endUsers = new Set<string>();
  for (const u of list(doc, 'endUsers')) if (isRecord(u) && typeof u.id === 'string') endUsers.add(u.id);
  list(doc, 'usage').forEach((row, i) => {
    if (!isRecord(row) || !isRecord(row.users)) return;
    for (const userId of Object.keys(row.users)) {
      if (!endUsers.has(userId)) problems.push({ path: formatPath(['usage', i, 'users', userId]), message: `unknown end user "${userId}" (not in endUsers)` });
    }
  });
  return problems;
}
