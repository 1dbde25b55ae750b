/**
 * The portfolio page: `<account-portfolio>` lists the signed-in user's accounts (sort, filter,
 * search), each linking to its profile; below it, a search over every account by name
 * (`GET /v1/accounts?q=` through the successkit client), for accounts outside the portfolio.
 */
import { SuccessKitClient } from '@successkit/core/client';
import type { AccountSearch } from '@successkit/core';
import { html, nothing, render } from 'lit';
import type { PortalSession } from '../portal-api.ts';

let query = '';
let found: AccountSearch | null = null;
let failed = '';

/** Renders the portfolio page into `main`. */
export function renderPortfolioPage(main: HTMLElement, session: PortalSession): void {
  const client = new SuccessKitClient({ baseUrl: location.origin, token: () => session.token });
  const search = async (event: SubmitEvent) => {
    event.preventDefault();
    query = String(new FormData(event.target as HTMLFormElement).get('q') ?? '').trim();
    try {
      found = query ? await client.searchAccounts({ q: query, limit: 20 }) : null;
      failed = '';
    } catch (error) {
      failed = (error as Error).message;
    }
    draw();
  };
  const draw = () =>
    render(
      html`
        <h1>Portfolio</h1>
        <p class="muted">Signed in as ${session.user.name} · assigned to ${session.user.assignedAccounts} accounts${session.user.admin ? ' · admin' : ''}</p>
        <account-portfolio href-template="#/accounts/{id}"></account-portfolio>
        <section class="card find" aria-labelledby="find-h">
          <h2 id="find-h">Find any account</h2>
          <form role="search" @submit=${search}>
            <label>Account name <input name="q" type="search" .value=${query} /></label>
            <button type="submit">Search</button>
          </form>
          ${failed ? html`<p role="alert">Could not search: ${failed}</p>` : nothing}
          ${found
            ? html`<p class="muted" role="status">${found.total} accounts match “${found.q}”</p>
                <ul class="found">
                  ${found.items.map(
                    (item) => html`<li>
                      <a href="#/accounts/${encodeURIComponent(item.id)}">${item.name}</a>
                      <span class="muted">${item.typeName}${item.ancestors.length ? ` · in ${item.ancestors.map((a) => a.name).join(' › ')}` : ''}</span>
                    </li>`,
                  )}
                </ul>`
            : nothing}
        </section>
      `,
      main,
    );
  draw();
}
