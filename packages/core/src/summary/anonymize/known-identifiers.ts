/**
 * The identifiers the data already knows about an account, collected before any pattern is
 * tried: the names of the account, its ancestors and its subtree; the names, emails and phone
 * numbers of its contacts (and of those of its ancestors and children) and of the tenant's
 * users; and the account's domains (its domain attribute and its contacts' email domains,
 * free-mail providers excepted).
 */
import { findAttributeByMeaning } from '../../dataset/attribute-meaning.ts';
import type { DatasetIndex } from '../../dataset/dataset-index.ts';

/** Identifiers known from the data, as written there. */
export interface KnownIdentifiers {
  accounts: readonly string[];
  people: readonly string[];
  emails: readonly string[];
  phones: readonly string[];
  domains: readonly string[];
}

/** Most subtree accounts whose names are collected (breadth first). */
const maxSubtreeNames = 500;
/** All user names are collected when the tenant has at most this many users. */
const maxAllUsers = 1000;

const freeMail = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'icloud.com', 'me.com', 'aol.com',
  'proton.me', 'protonmail.com', 'gmx.de', 'gmx.net', 'web.de', 'orange.fr', 'free.fr', 'mail.ru', 'yandex.ru', 'qq.com', '163.com',
]);

/** The host of a domain-ish value: scheme, `www.`, path and port dropped, lower-cased. */
function domainOf(value: string): string | null {
  const host = value.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').split(/[/:?#\s]/)[0] ?? '';
  return /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(host) ? host : null;
}

/**
 * Collects the identifiers the data knows for one account.
 *
 * @example
 * ```ts
 * const known = collectKnownIdentifiers(index, 'acme');
 * known.accounts; // ["Acme Corp", "Acme Holding", "Acme EMEA", …]
 * ```
 */
export function collectKnownIdentifiers(index: DatasetIndex, accountId: string): KnownIdentifiers {
  const accounts = new Set<string>();
  const people = new Set<string>();
  const emails = new Set<string>();
  const phones = new Set<string>();
  const domains = new Set<string>();
  const related: string[] = [];

  // The account, its ancestors, then its subtree breadth first.
  for (let id: string | null = accountId, guard = 0; id !== null && guard < 100; guard++) {
    const account = index.accountsById.get(id);
    if (!account) break;
    related.push(account.id);
    id = account.parentId;
  }
  const queue = [...(index.childrenById.get(accountId) ?? [])];
  while (queue.length > 0 && related.length < maxSubtreeNames) {
    const id = queue.shift()!;
    related.push(id);
    queue.push(...(index.childrenById.get(id) ?? []));
  }

  const domainKey = findAttributeByMeaning(index.dataset.attributes, 'domain')?.key;
  for (const id of related) {
    const account = index.accountsById.get(id);
    if (!account) continue;
    if (account.name.trim()) accounts.add(account.name.trim());
    const domain = domainKey ? account.attributes[domainKey] : undefined;
    if (typeof domain === 'string' && domainOf(domain)) domains.add(domainOf(domain)!);
    for (const contact of index.contactsByAccount.get(id) ?? []) {
      if (contact.name.trim()) people.add(contact.name.trim());
      if (contact.email) {
        emails.add(contact.email.trim());
        const host = domainOf(contact.email.split('@')[1] ?? '');
        if (id === accountId && host && !freeMail.has(host)) domains.add(host);
      }
      if (contact.phone) phones.add(contact.phone.trim());
    }
  }

  const users = index.dataset.users.length <= maxAllUsers ? index.dataset.users : [];
  const userIds = new Set(users.map((u) => u.id));
  for (const a of index.assignmentsByAccount.get(accountId) ?? []) userIds.add(a.userId);
  for (const t of index.touchpointsByAccount.get(accountId) ?? []) userIds.add(t.userId);
  for (const t of index.tasksByAccount.get(accountId) ?? []) userIds.add(t.userId);
  for (const id of userIds) {
    const user = index.usersById.get(id);
    if (!user) continue;
    if (user.name.trim()) people.add(user.name.trim());
    if (user.email.trim()) emails.add(user.email.trim());
  }
  return { accounts: [...accounts], people: [...people], emails: [...emails], phones: [...phones], domains: [...domains] };
}
