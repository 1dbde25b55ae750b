/**
 * `MemoryDataSource`: the `DataSource` over a parsed dataset held in memory (a dataset file,
 * or a generated one). Lists page with opaque cursors (an encoded offset into the filtered
 * list); a cursor is only meaningful for the same query.
 */
import { indexDataset, type DatasetIndex } from '../dataset/dataset-index.ts';
import type { Account, AttributeChange, Dataset, Task, Touchpoint, UsageRow } from '../dataset/schema.ts';
import type { ActivityQuery, DataSource, DataSourceMetadata, Page, PageRequest } from './data-source.ts';
import { InvalidArgumentError } from '../errors/invalid-argument-error.ts';

const defaultLimit = 1000;
const maxLimit = 10_000;

function encodeCursor(offset: number): string {
  return btoa(`o:${offset}`);
}

function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  let text: string;
  try {
    text = atob(cursor);
  } catch {
    throw new InvalidArgumentError('cursor', 'invalid cursor');
  }
  const match = /^o:(\d+)$/.exec(text);
  if (!match) throw new InvalidArgumentError('cursor', 'invalid cursor');
  return Number(match[1]);
}

function page<T>(rows: readonly T[], request: PageRequest = {}): Page<T> {
  const offset = decodeCursor(request.cursor);
  const limit = Math.min(maxLimit, Math.max(1, request.limit ?? defaultLimit));
  const items = rows.slice(offset, offset + limit);
  const next = offset + items.length;
  return { items, nextCursor: next < rows.length ? encodeCursor(next) : null };
}

function inRange(time: string, query: ActivityQuery): boolean {
  const t = Date.parse(time);
  if (query.from !== undefined && t < Date.parse(query.from)) return false;
  if (query.to !== undefined && t >= Date.parse(query.to)) return false;
  return true;
}

/**
 * A `DataSource` over an in-memory dataset.
 *
 * @example
 * ```ts
 * const source = new MemoryDataSource(parseDataset(json));
 * const { items, nextCursor } = await source.accounts({ limit: 100 });
 * ```
 */
export class MemoryDataSource implements DataSource {
  readonly #dataset: Dataset;
  readonly #index: DatasetIndex;

  /** Wraps a parsed dataset (`parseDataset`); an index may be passed when one exists already. */
  constructor(dataset: Dataset, index?: DatasetIndex) {
    this.#dataset = dataset;
    this.#index = index ?? indexDataset(dataset);
  }

  /** The index over the dataset, for computations. */
  get index(): DatasetIndex {
    return this.#index;
  }

  async metadata(): Promise<DataSourceMetadata> {
    const d = this.#dataset;
    return { tenant: d.tenant, accountTypes: d.accountTypes, attributes: d.attributes, healthProfiles: d.healthProfiles, users: d.users, teams: d.teams };
  }

  async account(id: string): Promise<Account | null> {
    return this.#index.accountsById.get(id) ?? null;
  }

  async accounts(request?: PageRequest): Promise<Page<Account>> {
    return page(this.#dataset.accounts, request);
  }

  async children(accountId: string): Promise<Account[]> {
    return (this.#index.childrenById.get(accountId) ?? []).map((id) => this.#index.accountsById.get(id)!);
  }

  async contacts(accountIds: readonly string[]) {
    const seen = new Set<string>();
    const out = [];
    for (const id of accountIds) {
      for (const contact of this.#index.contactsByAccount.get(id) ?? []) {
        if (seen.has(contact.id)) continue;
        seen.add(contact.id);
        out.push(contact);
      }
    }
    return out;
  }

  async assignments(query: { accountIds?: readonly string[]; role?: string } = {}) {
    const rows = query.accountIds ? query.accountIds.flatMap((id) => this.#index.assignmentsByAccount.get(id) ?? []) : this.#dataset.assignments;
    return query.role === undefined ? [...rows] : rows.filter((a) => a.role === query.role);
  }

  #activity<T extends { accountId: string }>(all: readonly T[], byAccount: ReadonlyMap<string, readonly T[]>, query: ActivityQuery, time: (row: T) => boolean): Page<T> {
    const rows = query.accountIds ? query.accountIds.flatMap((id) => byAccount.get(id) ?? []) : all;
    const filtered = query.from === undefined && query.to === undefined ? rows : rows.filter(time);
    return page(filtered, query);
  }

  async touchpoints(query: ActivityQuery = {}): Promise<Page<Touchpoint>> {
    return this.#activity(this.#dataset.touchpoints, this.#index.touchpointsByAccount, query, (t) => inRange(t.at, query));
  }

  /** Tasks due, or completed, within the range. */
  async tasks(query: ActivityQuery = {}): Promise<Page<Task>> {
    return this.#activity(this.#dataset.tasks, this.#index.tasksByAccount, query, (t) => inRange(t.dueAt, query) || (t.completedAt !== null && inRange(t.completedAt, query)));
  }

  async usage(query: ActivityQuery = {}): Promise<Page<UsageRow>> {
    return this.#activity(this.#dataset.usage, this.#index.usageByAccount, query, (u) => inRange(u.date, query));
  }

  async attributeHistory(query: ActivityQuery = {}): Promise<Page<AttributeChange>> {
    return this.#activity(this.#dataset.attributeHistory, this.#index.historyByAccount, query, (c) => inRange(c.at, query));
  }

  async snapshot(): Promise<Dataset> {
    return this.#dataset;
  }
}
