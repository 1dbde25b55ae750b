/**
 * The portal's calls to its OWN backend (`/portal-api/…`): the demo users, embed tokens minted
 * server side, and the portfolio list. The successkit elements call the successkit API directly.
 */

/** A demo persona of the user switcher. */
export type Persona = 'practitioner' | 'contributor' | 'viewer' | 'admin';

/** A minted token and who it is for. */
export interface PortalSession {
  token: string;
  persona: Persona;
  user: { id: string; name: string; seat: string; admin: boolean };
  expiresAt: string;
}

/** One row of the portfolio list (the shape the portal's backend answers). */
export type { PortfolioRow } from '../server/portfolio.ts';
import type { PortfolioRow } from '../server/portfolio.ts';

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

/** The portfolio list. */
export async function fetchPortfolio(query: { search: string; sort: 'health' | 'arr' | 'name'; order: 'asc' | 'desc' }): Promise<PortfolioRow[]> {
  const params = new URLSearchParams(query);
  const response = await fetch(`/portal-api/portfolio?${params}`);
  if (!response.ok) throw new Error(`could not load the portfolio (${response.status})`);
  return ((await response.json()) as { rows: PortfolioRow[] }).rows;
}
