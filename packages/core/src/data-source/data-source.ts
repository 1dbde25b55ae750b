/**
 * The `DataSource` contract: how the SDK reads a host's accounts, activities and users.
 * successkit ships an in-memory source over a parsed dataset file (`memory-data-source.ts`);
 * a host writes its own adapter over its database by implementing this interface.
 *
 * Every method is async. Lists that can be large (accounts, touchpoints, tasks, usage, history)
 * are paged with an opaque cursor; `null` as `nextCursor` means the last page.
 */
import type {
  Account,
  AccountType,
  Assignment,
  AttributeChange,
  AttributeDefinition,
  Contact,
  Dataset,
  HealthProfile,
  Task,
  Team,
  Touchpoint,
  UsageRow,
  User,
} from '../dataset/schema.ts';

/** A request for one page. */
export interface PageRequest {
  /** The cursor returned by the previous page; absent for the first page. */
  cursor?: string | null;
  /** At most this many items (the source may cap it). */
  limit?: number;
}

/** One page of a list. */
export interface Page<T> {
  items: T[];
  /** Cursor of the next page, or `null` when this was the last one. */
  nextCursor: string | null;
}

/** Filters for activity lists (touchpoints, tasks, usage, attribute history). */
export interface ActivityQuery extends PageRequest {
  /** Only rows of these accounts. */
  accountIds?: readonly string[];
  /** Only rows at or after this ISO time (for tasks: due or completed in range). */
  from?: string;
  /** Only rows before this ISO time. */
  to?: string;
}

/** The small, slowly changing part of a tenant's data. */
export interface DataSourceMetadata {
  tenant: Dataset['tenant'];
  accountTypes: AccountType[];
  attributes: AttributeDefinition[];
  healthProfiles: HealthProfile[];
  users: User[];
  teams: Team[];
}

/** How the SDK reads a host's data. */
export interface DataSource {
  /** Tenant, account types, attribute definitions, health profiles, users and teams. */
  metadata(): Promise<DataSourceMetadata>;
  /** One account, or `null` when it does not exist. */
  account(id: string): Promise<Account | null>;
  /** Accounts, paged, in a stable order. */
  accounts(page?: PageRequest): Promise<Page<Account>>;
  /** The direct children of an account. */
  children(accountId: string): Promise<Account[]>;
  /** Contacts linked to any of these accounts. */
  contacts(accountIds: readonly string[]): Promise<Contact[]>;
  /** Assignments, optionally only those of some accounts or of one role. */
  assignments(query?: { accountIds?: readonly string[]; role?: string }): Promise<Assignment[]>;
  touchpoints(query?: ActivityQuery): Promise<Page<Touchpoint>>;
  tasks(query?: ActivityQuery): Promise<Page<Task>>;
  usage(query?: ActivityQuery): Promise<Page<UsageRow>>;
  attributeHistory(query?: ActivityQuery): Promise<Page<AttributeChange>>;
  /**
   * The whole dataset at once, for computations over every account (hierarchy rollups, team
   * spotlight). An adapter over a large database may build it once and cache it.
   */
  snapshot(): Promise<Dataset>;
}

/** Reads every page of a paged list into one array. */
export async function readAll<T>(fetchPage: (page: PageRequest) => Promise<Page<T>>, limit = 10_000): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null | undefined;
  do {
    const page = await fetchPage({ cursor, limit });
    for (const item of page.items) out.push(item);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}
