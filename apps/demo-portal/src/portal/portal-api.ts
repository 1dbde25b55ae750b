/**
 * The portal's calls to its OWN backend (`/portal-api/…`): the demo users and embed tokens minted
 * server side. Everything else — the portfolio, the account profile — is successkit elements
 * calling the successkit API directly.
 */

/** A demo persona of the user switcher. */
export type Persona = 'practitioner' | 'contributor' | 'viewer' | 'admin' | 'unassigned';

/** A minted token and who it is for. */
export interface PortalSession {
  token: string;
  persona: Persona;
  user: { id: string; name: string; seat: string; admin: boolean; assignedAccounts: number };
  expiresAt: string;
}

/** Asks the portal's backend for a fresh embed token for a persona. */
export async function fetchSession(persona: Persona): Promise<PortalSession> {
  const response = await fetch('/portal-api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });
  if (!response.ok) throw new Error(`could not sign in as ${persona} (${response.status})`);
  return (await response.json()) as PortalSession;
}
