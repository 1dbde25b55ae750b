/**
 * The demo's user switcher personas, mapped to real users of the dataset: a practitioner who is
 * assigned to accounts (a CSM when there is one), the first contributor and viewer, an admin
 * (the first practitioner with the admin flag), and a practitioner assigned to no account at
 * all — so the working level shows: restricted attributes appear for the assigned practitioner
 * (and the admin) on their accounts, never for the unassigned one. The portal's backend mints
 * their embed tokens, as a host's backend would.
 */
import type { Dataset, Seat } from '@successkit/core';

/** A persona of the user switcher. */
export type Persona = 'practitioner' | 'contributor' | 'viewer' | 'admin' | 'unassigned';

/** The personas. */
export const personas: readonly Persona[] = ['practitioner', 'contributor', 'viewer', 'admin', 'unassigned'];

/** Who a persona signs in as. */
export interface PersonaUser {
  id: string;
  name: string;
  seat: Seat;
  admin: boolean;
  /** How many accounts the user is assigned to (in any role). */
  assignedAccounts: number;
}

/** Resolves each persona to a user of the dataset; a seat nobody holds falls back to the first user. */
export function resolvePersonas(dataset: Dataset): Record<Persona, PersonaUser> {
  const assigned = new Map<string, Set<string>>();
  const csm = new Set<string>();
  for (const a of dataset.assignments ?? []) {
    assigned.set(a.userId, (assigned.get(a.userId) ?? new Set()).add(a.accountId));
    if (a.role === 'CSM') csm.add(a.userId);
  }
  const count = (id: string) => assigned.get(id)?.size ?? 0;
  const users = dataset.users;
  if (!users.length) throw new Error('the demo dataset has no users');
  const pick = (...tests: Array<(u: (typeof users)[number]) => boolean>) => {
    for (const test of tests) {
      const found = users.find(test);
      if (found) return found;
    }
    return users[0]!;
  };
  const as = (user: (typeof users)[number], seat: Seat, admin: boolean): PersonaUser => ({ id: user.id, name: user.name, seat, admin, assignedAccounts: count(user.id) });
  const practitioner = pick((u) => u.seat === 'practitioner' && csm.has(u.id), (u) => u.seat === 'practitioner' && count(u.id) > 0, (u) => u.seat === 'practitioner');
  return {
    practitioner: as(practitioner, 'practitioner', false),
    contributor: as(pick((u) => u.seat === 'contributor' && count(u.id) > 0, (u) => u.seat === 'contributor'), 'contributor', false),
    viewer: as(pick((u) => u.seat === 'viewer'), 'viewer', false),
    admin: as(pick((u) => u.seat === 'practitioner'), 'practitioner', true),
    unassigned: as(pick((u) => u.seat === 'practitioner' && count(u.id) === 0, (u) => count(u.id) === 0), 'practitioner', false),
  };
}
