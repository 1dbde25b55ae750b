/**
 * The dataset lists a `DatasetModel` keeps current, in the order `applyChangesToDataset` gives
 * (a creation appends, an update keeps the record's place, a deletion removes it), each in the
 * cheapest form its changes allow:
 *
 * - untouched: the caller's array, never modified;
 * - appended: the model's own copy (made on the first creation), creations pushed, updates of a
 *   record whose position is known (an account, by slot) written in place;
 * - keyed: an insertion-ordered `Map` from key to record, built on the first update or deletion
 *   of a record whose position is unknown (O(list), once per list), the array materialised
 *   again only when the list is read after a change.
 *
 * `dataset` reads through these forms, so code reading `dataset.usage` sees the current list.
 */
import type { Dataset } from '../dataset/schema.ts';
import { entityKeyFields, entityKinds, type EntityKind } from './data-change.ts';

/** The key of a record inside the lists (composite keys joined by U+0000: cheaper than JSON). */
export function listKey(kind: EntityKind, row: unknown): string {
  const fields = entityKeyFields[kind];
  const record = row as Record<string, unknown>;
  if (fields.length === 1) return String(record[fields[0]!]);
  return fields.map((field) => String(record[field])).join('\u0000');
}

interface ListState {
  array: unknown[];
  /** Whether `array` is the model's own copy. */
  owned: boolean;
  map: Map<string, unknown> | null;
  /** `array` lags behind `map`. */
  stale: boolean;
}

/** The current lists of one tenant's data. */
export class ModelLists {
  /** The current dataset: the lists read through their current form. Treat as read-only. */
  readonly dataset: Dataset;
  readonly #lists = new Map<EntityKind, ListState>();

  /**
   * @param dataset - The data to start from; never modified.
   * @param owned - Whether the arrays may be modified in place (a dataset the model built itself).
   */
  constructor(dataset: Dataset, owned = false) {
    const view = { ...dataset } as Dataset;
    for (const kind of entityKinds) {
      // Accounts are addressed by slot everywhere: always the model's own copy, updated in place.
      const array = kind === 'accounts' && !owned ? [...dataset.accounts] : (dataset[kind] as unknown[]);
      const state: ListState = { array, owned: owned || kind === 'accounts', map: null, stale: false };
      this.#lists.set(kind, state);
      Object.defineProperty(view, kind, { enumerable: true, get: () => this.#arrayOf(state) });
    }
    this.dataset = view;
  }

  #arrayOf(state: ListState): unknown[] {
    if (state.stale) {
      state.array = [...state.map!.values()];
      state.owned = true;
      state.stale = false;
    }
    return state.array;
  }

  #own(state: ListState): unknown[] {
    const array = this.#arrayOf(state);
    if (!state.owned) {
      // A list the dataset leaves out (version 1: no tickets…) starts empty on its first write.
      state.array = [...((array as unknown[] | undefined) ?? [])];
      state.owned = true;
    }
    return state.array;
  }

  #keyed(kind: EntityKind, state: ListState): Map<string, unknown> {
    if (!state.map) {
      state.map = new Map(((this.#arrayOf(state) as unknown[] | undefined) ?? []).map((row) => [listKey(kind, row), row]));
    }
    return state.map;
  }

  /**
   * Writes one record: `old` is the record before (`null` for a creation), `row` the record
   * after (`null` for a deletion); `position` is the record's index in the list when the caller
   * knows it (an account's slot).
   */
  write(kind: EntityKind, old: unknown, row: unknown, position = -1): void {
    const state = this.#lists.get(kind)!;
    if (state.map === null && row !== null && old === null) {
      this.#own(state).push(row);
      return;
    }
    if (state.map === null && row !== null && position >= 0) {
      this.#own(state)[position] = row;
      return;
    }
    const map = this.#keyed(kind, state);
    const key = listKey(kind, row ?? old);
    if (row === null) map.delete(key);
    else map.set(key, row);
    if (old !== null && row !== null && listKey(kind, old) !== key) map.delete(listKey(kind, old));
    state.stale = true;
  }

  /** A plain copy of the current data (fresh arrays), for a full rebuild. */
  snapshot(): Dataset {
    const copy = { ...this.dataset } as Dataset;
    // A list the dataset leaves out (a version 1 file has no tickets…) is empty.
    for (const kind of entityKinds) (copy as unknown as Record<string, unknown[]>)[kind] = [...((this.dataset[kind] as unknown[] | undefined) ?? [])];
    return copy;
  }
}
