/**
 * The change log's vocabulary (DESIGN.md "Live data"): the kinds of entity a tenant's data holds,
 * how each is keyed, and `DataChange`, one accepted write of one entity with its old and new
 * value. The store of record appends changes in the same transaction as the write; a
 * `DatasetModel` applies them in `seq` order; `GET /v1/changes` pages them.
 */
import type {
  Account,
  AccountType,
  Asset,
  Assignment,
  AttributeChange,
  AttributeDefinition,
  CollectionRecord,
  Contact,
  Dataset,
  EndUser,
  HealthProfile,
  Task,
  Team,
  Ticket,
  Touchpoint,
  UsageRow,
  User,
} from '../dataset/schema.ts';

/** The entity kinds of a tenant's data: the dataset file's lists. */
export const entityKinds = [
  'accountTypes',
  'attributes',
  'healthProfiles',
  'teams',
  'users',
  'accounts',
  'contacts',
  'assignments',
  'touchpoints',
  'tasks',
  'usage',
  'attributeHistory',
  'tickets',
  'assets',
  'collections',
  'endUsers',
] as const;

/** One entity kind, named as the dataset file's list. */
export type EntityKind = (typeof entityKinds)[number];

/** The record type of each kind. */
export interface EntityOf {
  accountTypes: AccountType;
  attributes: AttributeDefinition;
  healthProfiles: HealthProfile;
  teams: Team;
  users: User;
  accounts: Account;
  contacts: Contact;
  assignments: Assignment;
  touchpoints: Touchpoint;
  tasks: Task;
  usage: UsageRow;
  attributeHistory: AttributeChange;
  tickets: Ticket;
  assets: Asset;
  collections: CollectionRecord;
  endUsers: EndUser;
}

/** Who made a change: a host's backend (service key id) or a signed-in user (user id). */
export interface Actor {
  kind: 'service' | 'user';
  id: string;
}

/** One accepted write of one entity: `old` is `null` for a creation, `new` is `null` for a deletion. */
export interface DataChange<K extends EntityKind = EntityKind> {
  /** Strictly increasing per tenant, from 1; the `dataVersion` a view reflects is the last `seq` it applied. */
  seq: number;
  /** When the change was accepted (ISO, UTC). */
  at: string;
  actor: Actor;
  kind: K;
  /** The entity's canonical key (`entityKeyOf`). */
  key: string;
  old: EntityOf[K] | null;
  new: EntityOf[K] | null;
}

/** The field names that make up each kind's key, in order. */
export const entityKeyFields: { readonly [K in EntityKind]: readonly (keyof EntityOf[K] & string)[] } = {
  accountTypes: ['id'],
  attributes: ['key'],
  healthProfiles: ['id'],
  teams: ['id'],
  users: ['id'],
  accounts: ['id'],
  contacts: ['id'],
  assignments: ['accountId', 'userId', 'role'],
  touchpoints: ['id'],
  tasks: ['id'],
  usage: ['accountId', 'date'],
  attributeHistory: ['accountId', 'key', 'at'],
  tickets: ['id'],
  assets: ['id'],
  collections: ['id'],
  endUsers: ['id'],
};

/**
 * The canonical key of an entity: its id (or attribute key) for single-field keys, the JSON
 * array of the key fields for composite ones (usage `["acc-1","2026-01-02"]`).
 */
export function entityKeyOf<K extends EntityKind>(kind: K, entity: EntityOf[K]): string {
  const fields = entityKeyFields[kind];
  const record = entity as unknown as Record<string, unknown>;
  if (fields.length === 1) return String(record[fields[0]!]);
  return JSON.stringify(fields.map((field) => String(record[field])));
}

/** The key fields of a canonical key, as an object (`{ accountId, date }` for usage). */
export function entityKeyParts(kind: EntityKind, key: string): Record<string, string> {
  const fields = entityKeyFields[kind];
  if (fields.length === 1) return { [fields[0]!]: key };
  const values = JSON.parse(key) as string[];
  return Object.fromEntries(fields.map((field, i) => [field, values[i]!]));
}

/** The dataset list of each kind (the same name; an absent version-2 list is empty). */
export function entitiesOf<K extends EntityKind>(dataset: Dataset, kind: K): readonly EntityOf[K][] {
  return (dataset[kind] ?? []) as unknown as readonly EntityOf[K][];
}
