/**
 * `checkBatch`: every problem of a batch against the data it would produce (DESIGN.md "Live
 * data"): a key given twice; a parent, type, user, team, attribute or account that would not
 * exist; an account whose type does not fit under its parent's; a cycle of parents (naming the
 * ids); an attribute value of the wrong type; deleting an account that still has children, or
 * a type, attribute, user or team still in use; an attribute given a type its stored values do
 * not fit. Problems carry the JSON pointer of the field. Cost: proportional to the batch, except
 * deletes of types, attributes, users and teams, re-typed attributes and re-parented account
 * types, which scan the tenant.
 */
import type { Account } from '@successkit/core';
import { attributeValueProblem } from './attribute-value.ts';
import type { BatchItem, BatchProblem } from './batch-items.ts';
import type { BatchView } from './batch-view.ts';
import { checkDeletes } from './check-deletes.ts';

/** Every problem of the batch; empty when it may be applied. */
export function checkBatch(view: BatchView, items: readonly BatchItem[]): BatchProblem[] {
  const problems: BatchProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const missing = (path: string, what: string, id: string) => add(path, `unknown ${what} "${id}" (not in the store or the batch)`);

  const seen = new Map<string, string>();
  for (const item of items) {
    const id = `${item.kind}\u0000${item.key}`;
    const first = seen.get(id);
    if (first !== undefined) add(item.path, `${item.kind} key ${item.key} is already in this batch at ${first}`);
    else seen.set(id, item.path);
  }

  for (const { path, value } of view.upserted('accountTypes')) {
    if (value.parentTypeId !== null && !view.has('accountTypes', value.parentTypeId)) missing(`${path}/parentTypeId`, 'account type', value.parentTypeId);
    const cycle = cycleFrom(value.id, (id) => view.after('accountTypes', id)?.parentTypeId ?? null);
    if (cycle) add(`${path}/parentTypeId`, `cycle in parentTypeId: ${cycle.join(' → ')}`);
  }
  for (const { path, value } of view.upserted('attributes')) {
    if (typeof value.rollup === 'object' && !view.has('attributes', value.rollup.weightKey)) missing(`${path}/rollup/weightKey`, 'attribute', value.rollup.weightKey);
  }
  checkRetypedAttributes(view, add);
  for (const { path, value } of view.upserted('healthProfiles')) {
    if (!view.has('accountTypes', value.accountTypeId)) missing(`${path}/accountTypeId`, 'account type', value.accountTypeId);
    value.dimensions.forEach((dimension, d) =>
      dimension.measures.forEach((measure, m) => {
        if (measure.source.type === 'attribute' && !view.has('attributes', measure.source.key)) missing(`${path}/dimensions/${d}/measures/${m}/source/key`, 'attribute', measure.source.key);
      }),
    );
  }
  for (const { path, value } of view.upserted('users')) {
    if (value.managerId && !view.has('users', value.managerId)) missing(`${path}/managerId`, 'manager', value.managerId);
    value.teamIds?.forEach((team, i) => view.has('teams', team) || missing(`${path}/teamIds/${i}`, 'team', team));
    const cycle = cycleFrom(value.id, (id) => view.after('users', id)?.managerId ?? null);
    if (cycle) add(`${path}/managerId`, `cycle in managerId: ${cycle.join(' → ')}`);
  }
  checkAccounts(view, add, missing);
  for (const { path, value } of view.upserted('contacts')) {
    value.accountIds.forEach((id, i) => view.has('accounts', id) || missing(`${path}/accountIds/${i}`, 'account', id));
  }
  for (const kind of ['assignments', 'touchpoints', 'tasks', 'usage'] as const) {
    for (const { path, value } of view.upserted(kind)) {
      if (!view.has('accounts', value.accountId)) missing(`${path}/accountId`, 'account', value.accountId);
      if ('userId' in value && !view.has('users', value.userId)) missing(`${path}/userId`, 'user', value.userId);
    }
  }
  checkDeletes(view, add);
  return problems;
}

/** Records one problem. */
export type Add = (path: string, message: string) => void;

function checkAccounts(view: BatchView, add: Add, missing: (path: string, what: string, id: string) => void): void {
  const fits = (account: Account, typePath: string): void => {
    const type = view.after('accountTypes', account.typeId);
    if (!type) return;
    if (account.parentId === null) {
      if (type.parentTypeId !== null) add(typePath, `a root account cannot have type "${type.id}", which belongs under type "${type.parentTypeId}"`);
      return;
    }
    const parent = view.after('accounts', account.parentId);
    if (parent && parent.typeId !== type.parentTypeId) {
      add(typePath, `type "${type.id}" of account "${account.id}" does not fit under parent "${parent.id}" of type "${parent.typeId}" (expected parent type ${JSON.stringify(type.parentTypeId)})`);
    }
  };
  for (const { path, value, key } of view.upserted('accounts')) {
    const given = value;
    if (!view.tenant.get('accounts', key)) {
      const lacking = (['name', 'typeId', 'parentId'] as const).filter((field) => given[field] === undefined);
      for (const field of lacking) add(`${path}/${field}`, `required for a new account ("${key}" is not in the store)`);
      if (lacking.length > 0) continue;
    }
    if (!view.has('accountTypes', given.typeId)) missing(`${path}/typeId`, 'account type', given.typeId);
    if (given.parentId !== null) {
      if (given.parentId === given.id) add(`${path}/parentId`, `account "${given.id}" cannot be its own parent`);
      else if (!view.has('accounts', given.parentId)) missing(`${path}/parentId`, 'parent account', given.parentId);
      else {
        const cycle = cycleFrom(given.id, (id) => view.after('accounts', id)?.parentId ?? null);
        if (cycle) add(`${path}/parentId`, `cycle in parentId: ${cycle.join(' → ')}`);
      }
    }
    fits(given, `${path}/typeId`);
    for (const [attribute, attributeValue] of Object.entries(given.attributes)) {
      const def = view.after('attributes', attribute);
      const at = `${path}/attributes/${attribute.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (!def) {
        // A stored value of an attribute deleted in this batch is reported by the delete.
        if (attributeValue !== null && !view.deletes.get('attributes')?.has(attribute)) add(at, `attribute "${attribute}" is not defined in attributes`);
        continue;
      }
      const problem = attributeValueProblem(def, attributeValue);
      if (problem) add(at, problem);
    }
    // Children left in place must still fit when the account changes type.
    const stored = view.tenant.get('accounts', key);
    if (stored && stored.typeId !== given.typeId) {
      for (const childId of view.tenant.model.index.childrenById.get(key) ?? []) {
        const child = view.after('accounts', childId);
        if (child && child.parentId === key && !view.upserts.get('accounts')?.has(childId)) fits(child, `${path}/typeId`);
      }
    }
  }
  // A type moved under another type: the accounts of that type must still fit.
  const moved = view.upserted('accountTypes').filter(({ key, value }) => (view.tenant.get('accountTypes', key)?.parentTypeId ?? value.parentTypeId) !== value.parentTypeId);
  if (moved.length > 0) {
    const movedIds = new Map(moved.map((item) => [item.key, item.path]));
    for (const account of view.all('accounts')) {
      const at = movedIds.get(account.typeId);
      if (at && !view.upserts.get('accounts')?.has(account.id)) fits(account, `${at}/parentTypeId`);
    }
  }
}

/** An attribute given another type (or other enum values): every stored value must still fit. */
function checkRetypedAttributes(view: BatchView, add: Add): void {
  const retyped = view.upserted('attributes').filter(({ key, value }) => {
    const stored = view.tenant.get('attributes', key);
    return stored !== undefined && (stored.type !== value.type || JSON.stringify(stored.values ?? null) !== JSON.stringify(value.values ?? null));
  });
  if (retyped.length === 0) return;
  for (const account of view.all('accounts')) {
    for (const { path, value } of retyped) {
      const problem = attributeValueProblem(value, account.attributes[value.key] ?? null);
      if (problem) add(`${path}/type`, `account "${account.id}" holds a value that no longer fits: ${problem} (clear or change it in the same batch)`);
    }
  }
}

/** The cycle through `start` when following `parentOf` leads back to it (ids, closed), else `null`. */
function cycleFrom(start: string, parentOf: (id: string) => string | null): string[] | null {
  const path = [start];
  const seen = new Set(path);
  let current = parentOf(start);
  while (current !== null) {
    if (current === start) return [...path, start];
    if (seen.has(current)) return null; // a cycle not through start: reported from one of its members
    seen.add(current);
    path.push(current);
    current = parentOf(current);
  }
  return null;
}
