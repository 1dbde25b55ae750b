/**
 * The contacts linked at an account's level (`GET /v1/accounts/:id/contacts`): one profile per
 * person (a person linked to several accounts is one contact, with the other accounts named),
 * sorted by name, and the NPS distribution over those who gave one — mean, range and a histogram
 * of ten bins of 20 from −100 to 100.
 */
import type { AccountContacts } from '../api/profile-api.ts';
import type { DatasetModel } from '../model/dataset-model.ts';

/** The NPS histogram of a list of scores (−100…100), `null` for none. */
export function npsDistribution(scores: readonly number[]): AccountContacts['nps'] {
  if (scores.length === 0) return null;
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: -100 + i * 20, to: -80 + i * 20, count: 0 }));
  let sum = 0;
  for (const score of scores) {
    sum += score;
    bins[Math.min(9, Math.max(0, Math.floor((score + 100) / 20)))]!.count++;
  }
  return { count: scores.length, average: Math.round((sum / scores.length) * 10) / 10, min: Math.min(...scores), max: Math.max(...scores), bins };
}

/**
 * The contacts view of one account.
 *
 * @example
 * ```ts
 * const { contacts, nps } = buildAccountContacts(model, 'acme');
 * ```
 */
export function buildAccountContacts(model: DatasetModel, accountId: string): AccountContacts {
  const { index } = model;
  const contacts = [...(index.contactsByAccount.get(accountId) ?? [])]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1))
    .map((c) => ({
      id: c.id,
      name: c.name,
      email: c.email ?? null,
      phone: c.phone ?? null,
      title: c.title ?? null,
      nps: c.nps ?? null,
      otherAccounts: [...new Set(c.accountIds)]
        .filter((id) => id !== accountId && index.accountsById.has(id))
        .map((id) => ({ id, name: index.accountsById.get(id)!.name })),
    }));
  const scores = contacts.flatMap((c) => (c.nps === null ? [] : [c.nps]));
  return { dataVersion: model.dataVersion, accountId, contacts, nps: npsDistribution(scores) };
}
