/**
 * How a `DatasetModel` applies a batch of changes to its parts without rebuilding them:
 *
 * - an account attribute change: `Rollups.setAttribute` for every changed key (the account's
 *   ancestors only), the account replaced at its slot, its attribute history appended, its
 *   health inputs re-read (its own rows), its contract status in the spotlight;
 * - touchpoints, tasks, usage rows: the per-account lookups of the index, the account's health
 *   inputs (usage) and spotlight patch (its own rows), the user's spotlight events (a delta);
 * - assignments: one member of one role and one account's role flag; contacts: their accounts'
 *   lists; users and teams: their lookups (and the managers, O(users));
 * - an account's type: its health profile and its spotlight type;
 * - an account moved to another parent, or a new account (at the next slot, beside the id table
 *   built for the others): the parents' children lists, then, once per batch, the hierarchy,
 *   the rollup columns and the engine's parent/child links are laid out again: O(accounts) in
 *   typed arrays, no touchpoint, task, usage or history row read again;
 * - afterwards the health engine forgets its memo (O(1)), so the scores of the account's
 *   ancestors whose health comes from their children are computed again on the next read.
 *
 * Deleted accounts and changes of the definitions are not handled here: `needsRebuild`
 * says which, and the model rebuilds for a batch holding one (only the lists are written then).
 */
import { findAttributeByMeaning } from '../dataset/attribute-meaning.ts';
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import type { Account, AttributeChange, Task, Team, Touchpoint, User } from '../dataset/schema.ts';
import { createHealthEngine, type HealthEngine } from '../health/health-engine.ts';
import type { HealthInputs } from '../health/health-inputs.ts';
import { buildHierarchy, type Hierarchy } from '../hierarchy/hierarchy.ts';
import { createRollups, type Rollups } from '../hierarchy/rollups.ts';
import type { SpotlightIndex } from '../spotlight/spotlight-index.ts';
import { addSpotlightAccount, addUserEvent, eventOf, patchAccount, refreshAssignment, refreshInactive, refreshUsers, removeUserEvent, type ChangedRows } from '../spotlight/spotlight-patches.ts';
import { attributeChangesOf } from './attribute-history.ts';
import type { DataChange } from './data-change.ts';
import { updateIndexRows } from './index-updates.ts';
import type { ModelLists } from './model-lists.ts';
import { InvalidStateError } from '../errors/invalid-state-error.ts';

/** The parts of a model that `apply` keeps current. */
export interface ModelParts {
  lists: ModelLists;
  index: DatasetIndex;
  hierarchy: Hierarchy;
  rollups: Rollups;
  healthInputs: HealthInputs;
  health: HealthEngine;
  /** `null` until the first spotlight query builds it. */
  spotlight: SpotlightIndex | null;
  /** Slots of accounts created since the build (the index's id table holds the others); `null` until one is. */
  addedSlots: Map<string, number> | null;
}

/** Whether a change needs the derived structures rebuilt (a tree or definition change). */
export function needsRebuild(change: DataChange): boolean {
  switch (change.kind) {
    case 'attributes':
    case 'accountTypes':
    case 'healthProfiles':
      return true;
    case 'accounts':
      return change.new === null || (change.old !== null && (change.old as Account).id !== (change.new as Account).id);
    default:
      return false;
  }
}

/** Writes a change to the lists only (a batch the model rebuilds after). */
export function writeLists(parts: ModelParts, change: DataChange): void {
  parts.lists.write(change.kind, change.old, change.new);
  // Whether a history row's key is stored already is not known here: the list resolves it by key.
  for (const row of attributeChangesOf(change)) parts.lists.write('attributeHistory', row, row);
}

function storedHistory(index: DatasetIndex, row: AttributeChange): AttributeChange | null {
  return index.historyByAccount.get(row.accountId)?.find((x) => x.key === row.key && x.at === row.at) ?? null;
}

/** Moves `id` from its old parent's children to its new parent's, in slot (dataset) order. */
function moveChild(index: DatasetIndex, id: string, from: string | null, to: string | null): void {
  const children = index.childrenById as Map<string, string[]>;
  if (from !== null) {
    const list = children.get(from)?.filter((c) => c !== id) ?? [];
    if (list.length === 0) children.delete(from);
    else children.set(from, list);
  }
  if (to === null) return;
  const list = children.get(to) ?? [];
  const slot = index.accountSlot(id);
  let at = list.length;
  while (at > 0 && index.accountSlot(list[at - 1]!) > slot) at--;
  list.splice(at, 0, id);
  children.set(to, list);
}

/**
 * Takes in a new account at the next slot: the lists, the index's lookups (its slot beside the
 * id table built for the others), the health inputs and the spotlight; the tree is laid out
 * again after the batch, as for a move. Its rows arrive as changes of their own afterwards.
 */
function addAccount(parts: ModelParts, row: Account, tree: TreeState): void {
  const { index } = parts;
  const slot = index.dataset.accounts.length;
  parts.lists.write('accounts', null, row);
  if (!parts.addedSlots) {
    const added = (parts.addedSlots = new Map());
    const built = index.accountSlot;
    (index as { accountSlot: (id: string) => number }).accountSlot = (id) => {
      const found = built(id);
      return found >= 0 ? found : (added.get(id) ?? -1);
    };
  }
  parts.addedSlots.set(row.id, slot);
  (index.accountsById as Map<string, Account>).set(row.id, row);
  if (row.parentId !== null) moveChild(index, row.id, null, row.parentId);
  parts.healthInputs.addAccount();
  if (parts.spotlight) addSpotlightAccount(parts.spotlight, row, findAttributeByMeaning(index.dataset.attributes, 'contractStatus')?.key);
  tree.moved = true;
}

/** Whether a batch moved accounts (the tree and everything laid out along it is rebuilt after). */
interface TreeState {
  moved: boolean;
}

function applyAccount(parts: ModelParts, change: DataChange<'accounts'>, dirtyHealth: Set<number>, tree: TreeState): void {
  const { index, rollups, lists } = parts;
  const old = change.old!;
  const row = change.new!;
  const slot = index.accountSlot(row.id);
  // Rollups first: `setAttribute` reads the old own value from the account still at the slot.
  // Once the batch has moved or created an account, the rollups are laid out again from the rows
  // at its end (and an account created in this batch has no rollup position yet): skip them.
  if (!tree.moved) {
    for (const key of new Set([...Object.keys(old.attributes), ...Object.keys(row.attributes)])) {
      const value = row.attributes[key] ?? null;
      if ((old.attributes[key] ?? null) !== value) rollups.setAttribute(row.id, key, value);
    }
  }
  for (const h of attributeChangesOf(change)) {
    const stored = storedHistory(index, h);
    lists.write('attributeHistory', stored, h);
    updateIndexRows(index, 'attributeHistory', stored, h);
  }
  lists.write('accounts', old, row, slot);
  (index.accountsById as Map<string, Account>).set(row.id, row);
  dirtyHealth.add(slot);
  if (parts.spotlight) refreshInactive(parts.spotlight, slot, row, findAttributeByMeaning(index.dataset.attributes, 'contractStatus')?.key);
  if (old.typeId !== row.typeId) {
    parts.healthInputs.profileAt[slot] = index.healthProfileByType.get(row.typeId);
    if (parts.spotlight) (parts.spotlight.accountTypeIds as string[])[slot] = row.typeId;
  }
  if (old.parentId !== row.parentId) {
    moveChild(index, row.id, old.parentId, row.parentId);
    tree.moved = true;
  }
}

/** Accounts whose spotlight rows changed, and which of their rows. */
type DirtyRows = Map<number, ChangedRows>;

function markRows(dirty: DirtyRows, slot: number, kind: 'touchpoints' | 'tasks' | 'usage'): void {
  let rows = dirty.get(slot);
  if (!rows) dirty.set(slot, (rows = { events: false, tasks: false, usage: false }));
  if (kind === 'usage') rows.usage = true;
  else rows.events = true;
  if (kind === 'tasks') rows.tasks = true;
}

function applyActivity(parts: ModelParts, change: DataChange<'touchpoints' | 'tasks'>, dirtySpotlight: DirtyRows): void {
  const { index, spotlight: si } = parts;
  parts.lists.write(change.kind, change.old, change.new);
  updateIndexRows(index, change.kind, change.old, change.new);
  if (!si) return;
  const isTask = change.kind === 'tasks';
  for (const [row, add] of [[change.old, false], [change.new, true]] as const) {
    if (!row) continue;
    const slot = index.accountSlot(row.accountId);
    if (slot >= 0) markRows(dirtySpotlight, slot, change.kind);
    const event = eventOf(si, row as Touchpoint | Task, isTask);
    if (!event) continue;
    if (add) addUserEvent(si, event.user, event.event);
    else removeUserEvent(si, event.user, event.event);
  }
}

/** Applies a batch without a rebuild (`needsRebuild` is false for every change). */
export function applyBatch(parts: ModelParts, changes: readonly DataChange[]): void {
  const { index, lists } = parts;
  const dirtyHealth = new Set<number>();
  const dirtySpotlight: DirtyRows = new Map();
  let usersChanged = false;
  const tree: TreeState = { moved: false };
  const slotsOf = (change: DataChange): void => {
    for (const row of [change.old, change.new] as ({ accountId: string } | null)[]) {
      const slot = row ? index.accountSlot(row.accountId) : -1;
      if (slot < 0) continue;
      dirtyHealth.add(slot);
      if (change.kind === 'usage') markRows(dirtySpotlight, slot, 'usage');
    }
  };
  for (const change of changes) {
    switch (change.kind) {
      case 'accounts':
        if (change.old === null) addAccount(parts, change.new as Account, tree);
        else applyAccount(parts, change as DataChange<'accounts'>, dirtyHealth, tree);
        break;
      case 'touchpoints':
      case 'tasks':
        applyActivity(parts, change as DataChange<'touchpoints' | 'tasks'>, dirtySpotlight);
        break;
      case 'usage':
      case 'attributeHistory':
        lists.write(change.kind, change.old, change.new);
        updateIndexRows(index, change.kind, change.old, change.new);
        slotsOf(change);
        break;
      case 'assignments':
        lists.write(change.kind, change.old, change.new);
        updateIndexRows(index, change.kind, change.old, change.new);
        if (parts.spotlight) {
          for (const row of [change.old, change.new]) {
            if (row) refreshAssignment(parts.spotlight, index, (row as { role: string }).role, (row as { userId: string }).userId, (row as { accountId: string }).accountId);
          }
        }
        break;
      case 'contacts':
      case 'tickets':
      case 'assets':
      case 'collections':
      case 'endUsers':
        lists.write(change.kind, change.old, change.new);
        updateIndexRows(index, change.kind, change.old, change.new);
        break;
      case 'users':
      case 'teams': {
        lists.write(change.kind, change.old, change.new);
        const lookup = (change.kind === 'users' ? index.usersById : index.teamsById) as Map<string, User | Team>;
        if (change.new === null) lookup.delete(change.key);
        else lookup.set(change.key, change.new as User | Team);
        usersChanged ||= change.kind === 'users';
        break;
      }
      default:
        throw new InvalidStateError(`applyBatch: a ${change.kind} change needs a rebuild`);
    }
  }
  if (tree.moved) {
    // Positions follow the tree: the hierarchy and the rollup columns are laid out again, and the
    // health engine walks the new links. O(accounts) in typed arrays; no row is read again.
    parts.hierarchy = buildHierarchy(index);
    parts.rollups = createRollups(index, parts.hierarchy);
    parts.healthInputs.refreshChildren();
    parts.health = createHealthEngine(index, { inputs: parts.healthInputs });
  }
  for (const slot of dirtyHealth) parts.healthInputs.refresh(slot);
  if (parts.spotlight) {
    for (const [slot, rows] of dirtySpotlight) patchAccount(parts.spotlight, index, slot, rows);
    if (usersChanged) refreshUsers(parts.spotlight, index);
  }
  parts.health.invalidate();
}
