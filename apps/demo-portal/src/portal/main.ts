/**
 * The demo host portal: a user switcher whose embed tokens are minted by the portal's own
 * backend, a hash router, and three pages that embed the successkit elements the way a product
 * team would (the portfolio, the account profile, the executive console) — inside one
 * `<successkit-provider>` that carries the API base and the token.
 */
import '@successkit/elements/define';
import type { SuccessKitProvider } from '@successkit/elements';
import { nothing, render } from 'lit';
import { startLiveReload } from './live-reload.ts';
import { fetchSession, type Persona, type PortalSession } from './portal-api.ts';
import { renderAccountPage } from './pages/account-page.ts';
import { renderConsolePage } from './pages/console-page.ts';
import { renderPortfolioPage } from './pages/portfolio-page.ts';

const provider = document.querySelector<SuccessKitProvider>('#provider')!;
const main = document.querySelector<HTMLElement>('#page')!;
const switcher = document.querySelector<HTMLSelectElement>('#user-switcher')!;
provider.apiBase = location.origin;

let session: PortalSession | null = null;

async function signIn(persona: Persona): Promise<void> {
  session = await fetchSession(persona);
  provider.token = session.token;
  document.body.dataset.persona = persona;
  sessionStorage.setItem('sk-demo-persona', persona);
}

// An element whose token expired asks for a fresh one; the portal's backend mints it.
document.addEventListener('sk-token-expired', () => {
  void signIn((session?.persona ?? 'practitioner') as Persona);
});

switcher.addEventListener('change', async () => {
  await signIn(switcher.value as Persona);
  // New elements for the new user: what the last one could see must not linger.
  render(nothing, main);
  await route();
});

async function route(): Promise<void> {
  const hash = location.hash || '#/';
  const account = /^#\/accounts\/(.+)$/.exec(hash);
  if (account) renderAccountPage(main, decodeURIComponent(account[1]!), session!);
  else if (hash.startsWith('#/console')) renderConsolePage(main, session!);
  else renderPortfolioPage(main, session!);
  main.focus();
}

window.addEventListener('hashchange', () => void route());

const saved = (sessionStorage.getItem('sk-demo-persona') as Persona | null) ?? 'practitioner';
switcher.value = saved;
await signIn(saved);
await route();
// Live data: the elements read their data again every few seconds and on focus.
startLiveReload(main);
