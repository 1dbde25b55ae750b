/**
 * The demo's user switcher personas, mapped to real users of the dataset: the first
 * practitioner, contributor and viewer, and an admin (the first practitioner with the admin
 * flag). The portal's backend mints their embed tokens, as a host's backend would.
 */
import type { Dataset, Seat } from '@successkit/core';

/** A persona of the user switcher. */
export type Persona = 'practitioner' | 'contributor' | 'viewer' | 'admin';

/** The personas. */
export const personas: readonly Persona[] = ['practitioner', 'contributor', 'viewer', 'admin'];

/** Who a persona signs in as. */
export interface PersonaUser {
  id: string;
  name: string;
  seat: Seat;
  admin: boolean;
}

/** Resolves each persona to a user of the dataset; a seat nobody holds falls back to the first user. */
export function resolvePersonas(dataset: Dataset): Record<Persona, PersonaUser> {
  const first = (seat: Seat) => dataset.users.find((u) => u.seat === seat) ?? dataset.users[0];
  const as = (seat: Seat, admin: boolean): PersonaUser => {
    const user = first(seat);
    if (!user) throw new Error('the demo dataset has no users');
    return { id: user.id, name: user.name, seat, admin };
  };
  return {
    practitioner: as('practitioner', false),
    contributor: as('contributor', false),
    viewer: as('viewer', false),
    admin: as('practitioner', true),
  };
}
