/**
 * Cross-record rules of the dataset file, the ones a per-record schema cannot express: unique
 * ids, references that must resolve, account types that must fit the parent's type, no cycles
 * in the account (or account-type) tree, attribute values of the declared type.
 *
 * The checks read the document defensively (any field may have the wrong shape, since they also
 * run when the schema already failed) so one pass reports every problem there is.
 *
 * Decision: a root account (`parentId: null`) must have a root type (`parentTypeId: null`), so
 * every account's place in the tree matches its type's place in the type chain.
 */
import { formatPath, type DatasetProblem } from './dataset-error.ts';
import { checkVersionTwoRules } from './dataset-rules-v2.ts';

type Loose = Record<string, unknown>;

function list(doc: Loose, key: string): Loose[] {
  const value = doc[key];
  return Array.isArray(value) ? (value as Loose[]) : [];
}

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const isoPrefix = /^\d{4}-\d{2}-\d{2}/;

/** Returns id → first index, reporting duplicates. */
function uniqueIds(rows: Loose[], section: string, field: string, problems: DatasetProblem[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!isRecord(row)) continue;
    const id = str(row[field]);
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else problems.push({ path: `${section}[${i}].${field}`, message: `duplicate ${field} "${id}" (first at ${section}[${first}])` });
  }
  return seen;
}

function reference(
  value: unknown,
  targets: ReadonlyMap<string, number>,
  path: string | (() => string),
  what: string,
  problems: DatasetProblem[],
): void {
  if (typeof value === 'string' && !targets.has(value)) problems.push({ path: typeof path === 'string' ? path : path(), message: `unknown ${what} "${value}"` });
}

/**
 * Checks the `field` reference of every row of a section. Rows of one account tend to come
 * together, so a value equal to the previous row's known-good one skips the lookup.
 */
function references(rows: Loose[], section: string, field: string, targets: ReadonlyMap<string, number>, what: string, problems: DatasetProblem[]): void {
  let lastGood: string | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!isRecord(row)) continue;
    const value = row[field];
    if (value === lastGood) continue;
    if (typeof value === 'string' && targets.has(value)) lastGood = value;
    else reference(value, targets, `${section}[${i}].${field}`, what, problems);
  }
}

/** Follows `parent` links from every node and reports each cycle once, at the first member met. */
function findCycles(
  rows: Loose[],
  ids: ReadonlyMap<string, number>,
  parentField: string,
  section: string,
  problems: DatasetProblem[],
): void {
  const state = new Uint8Array(rows.length); // 0 new, 1 on the current walk, 2 done
  const walk: number[] = [];
  for (let start = 0; start < rows.length; start++) {
    if (state[start] !== 0) continue;
    walk.length = 0;
    let node: number | undefined = start;
    while (node !== undefined && state[node] === 0) {
      state[node] = 1;
      walk.push(node);
      const row: unknown = rows[node];
      const parent: string | undefined = isRecord(row) ? str(row[parentField]) : undefined;
      node = parent === undefined ? undefined : ids.get(parent);
    }
    if (node !== undefined && state[node] === 1) {
      const from = walk.indexOf(node);
      const cycle = walk.slice(from).map((i) => String((rows[i] as Loose).id));
      problems.push({
        path: `${section}[${node}].${parentField}`,
        message: `cycle in ${parentField}: ${[...cycle, cycle[0]].join(' → ')}`,
      });
    }
    for (const done of walk) state[done] = 2;
  }
}

function checkValue(def: Loose, value: unknown, index: number, key: string, problems: DatasetProblem[]): void {
  if (value === null) return;
  const problem = (message: string) => problems.push({ path: formatPath(['accounts', index, 'attributes', key]), message });
  switch (def.type) {
    case 'number':
    case 'currency':
    case 'percent':
      if (typeof value !== 'number' || !Number.isFinite(value)) problem(`expected a number for ${String(def.type)} attribute "${String(def.key)}"`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') problem(`expected a boolean for attribute "${String(def.key)}"`);
      return;
    case 'date':
      if (typeof value !== 'string' || !isoPrefix.test(value) || Number.isNaN(Date.parse(value))) problem(`expected an ISO-8601 date for attribute "${String(def.key)}"`);
      return;
    case 'enum':
      if (typeof value !== 'string') problem(`expected a string for enum attribute "${String(def.key)}"`);
      else if (Array.isArray(def.values) && !def.values.includes(value)) problem(`"${value}" is not one of the values of enum attribute "${String(def.key)}"`);
      return;
    case 'string':
      if (typeof value !== 'string') problem(`expected a string for attribute "${String(def.key)}"`);
      return;
  }
}

/** Runs every cross-record rule over a (possibly malformed) dataset document. */
export function checkDatasetRules(doc: unknown): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  if (!isRecord(doc)) return problems;
  const accountTypes = list(doc, 'accountTypes');
  const attributes = list(doc, 'attributes');
  const accounts = list(doc, 'accounts');
  const users = list(doc, 'users');
  const teams = list(doc, 'teams');
  const contacts = list(doc, 'contacts');
  const healthProfiles = list(doc, 'healthProfiles');

  const typeIds = uniqueIds(accountTypes, 'accountTypes', 'id', problems);
  const attributeKeys = uniqueIds(attributes, 'attributes', 'key', problems);
  const accountIds = uniqueIds(accounts, 'accounts', 'id', problems);
  const userIds = uniqueIds(users, 'users', 'id', problems);
  const teamIds = uniqueIds(teams, 'teams', 'id', problems);
  uniqueIds(contacts, 'contacts', 'id', problems);
  uniqueIds(list(doc, 'touchpoints'), 'touchpoints', 'id', problems);
  uniqueIds(list(doc, 'tasks'), 'tasks', 'id', problems);
  uniqueIds(healthProfiles, 'healthProfiles', 'id', problems);

  accountTypes.forEach((t, i) => isRecord(t) && reference(t.parentTypeId, typeIds, `accountTypes[${i}].parentTypeId`, 'account type', problems));
  findCycles(accountTypes, typeIds, 'parentTypeId', 'accountTypes', problems);

  attributes.forEach((a, i) => {
    if (isRecord(a) && isRecord(a.rollup)) reference(a.rollup.weightKey, attributeKeys, `attributes[${i}].rollup.weightKey`, 'attribute', problems);
  });

  const defs = new Map<string, Loose>();
  for (const a of attributes) if (isRecord(a) && typeof a.key === 'string' && !defs.has(a.key)) defs.set(a.key, a);

  for (let i = 0; i < accounts.length; i++) {
    const account = accounts[i];
    if (!isRecord(account)) continue;
    reference(account.typeId, typeIds, () => `accounts[${i}].typeId`, 'account type', problems);
    const parentIndex = typeof account.parentId === 'string' ? accountIds.get(account.parentId) : undefined;
    if (typeof account.parentId === 'string' && parentIndex === undefined) {
      problems.push({ path: `accounts[${i}].parentId`, message: `unknown parent account "${account.parentId}"` });
    }
    const type = typeof account.typeId === 'string' ? accountTypes[typeIds.get(account.typeId) ?? -1] : undefined;
    if (isRecord(type)) {
      if (account.parentId === null) {
        if (typeof type.parentTypeId === 'string') {
          problems.push({ path: `accounts[${i}].typeId`, message: `a root account cannot have type "${String(type.id)}", which belongs under type "${type.parentTypeId}"` });
        }
      } else if (typeof account.parentId === 'string') {
        const parent = accounts[parentIndex ?? -1];
        if (isRecord(parent) && typeof parent.typeId === 'string' && type.parentTypeId !== parent.typeId) {
          problems.push({
            path: `accounts[${i}].typeId`,
            message: `type "${String(type.id)}" does not fit under parent "${account.parentId}" of type "${parent.typeId}" (expected parent type ${JSON.stringify(type.parentTypeId)})`,
          });
        }
      }
    }
    if (isRecord(account.attributes)) {
      for (const key of Object.keys(account.attributes)) {
        const def = defs.get(key);
        if (!def) problems.push({ path: formatPath(['accounts', i, 'attributes', key]), message: `attribute "${key}" is not defined in attributes` });
        else checkValue(def, account.attributes[key], i, key, problems);
      }
    }
  }
  findCycles(accounts, accountIds, 'parentId', 'accounts', problems);

  users.forEach((u, i) => {
    if (!isRecord(u)) return;
    reference(u.managerId, userIds, `users[${i}].managerId`, 'manager', problems);
    if (Array.isArray(u.teamIds)) u.teamIds.forEach((t, j) => reference(t, teamIds, `users[${i}].teamIds[${j}]`, 'team', problems));
  });
  findCycles(users, userIds, 'managerId', 'users', problems);

  contacts.forEach((c, i) => {
    if (isRecord(c) && Array.isArray(c.accountIds)) c.accountIds.forEach((a, j) => reference(a, accountIds, `contacts[${i}].accountIds[${j}]`, 'account', problems));
  });

  for (const section of ['assignments', 'touchpoints', 'tasks']) {
    const rows = list(doc, section);
    references(rows, section, 'accountId', accountIds, 'account', problems);
    references(rows, section, 'userId', userIds, 'user', problems);
  }
  references(list(doc, 'usage'), 'usage', 'accountId', accountIds, 'account', problems);
  references(list(doc, 'attributeHistory'), 'attributeHistory', 'accountId', accountIds, 'account', problems);
  references(list(doc, 'attributeHistory'), 'attributeHistory', 'key', attributeKeys, 'attribute', problems);

  const profileTypes = new Map<string, number>();
  healthProfiles.forEach((p, i) => {
    if (!isRecord(p)) return;
    reference(p.accountTypeId, typeIds, `healthProfiles[${i}].accountTypeId`, 'account type', problems);
    if (typeof p.accountTypeId === 'string') {
      const first = profileTypes.get(p.accountTypeId);
      if (first !== undefined) problems.push({ path: `healthProfiles[${i}].accountTypeId`, message: `account type "${p.accountTypeId}" already has a health profile (healthProfiles[${first}])` });
      else profileTypes.set(p.accountTypeId, i);
    }
    if (isRecord(p.bands) && typeof p.bands.poor === 'number' && typeof p.bands.good === 'number' && p.bands.poor > p.bands.good) {
      problems.push({ path: `healthProfiles[${i}].bands`, message: 'bands.poor must not be above bands.good' });
    }
    if (!Array.isArray(p.dimensions)) return;
    uniqueIds(p.dimensions as Loose[], `healthProfiles[${i}].dimensions`, 'key', problems);
    p.dimensions.forEach((d: unknown, j) => {
      if (!isRecord(d) || !Array.isArray(d.measures)) return;
      uniqueIds(d.measures as Loose[], `healthProfiles[${i}].dimensions[${j}].measures`, 'key', problems);
      d.measures.forEach((m: unknown, k) => {
        if (isRecord(m) && isRecord(m.source) && m.source.type === 'attribute') {
          reference(m.source.key, attributeKeys, `healthProfiles[${i}].dimensions[${j}].measures[${k}].source.key`, 'attribute', problems);
        }
      });
    });
  });
  for (const problem of checkVersionTwoRules(doc, accountIds)) problems.push(problem);
  return problems;
}
