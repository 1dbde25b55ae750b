/**
 * `<account-team>`: everyone assigned to an account and in which role (`GET
 * /v1/accounts/:id/team`), sorted by role then name, with their teams, manager and seat. A person
 * with two roles has two rows (the working levels).
 */
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AccountTeam } from '@successkit/core';
import { panelHeader, renderTaskStates } from '../shared/api-states.ts';
import { SkElement } from '../shared/sk-element.ts';
import { panelStyles, themeStyles } from '../shared/theme.ts';
import { teamStyles } from './account-team.styles.ts';
import { teamStrings } from './account-team.strings.ts';

/**
 * Team members assigned to an account, with their roles.
 *
 * @tagname account-team
 * @summary Team members assigned to an account, with their roles.
 *
 * @event sk-token-expired - The embed token expired; set a fresh `token` to continue.
 *
 * @slot actions - Buttons or links the host adds to the header.
 * @slot empty - What to show when nobody is assigned (default: a sentence).
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The title and the `actions` slot.
 * @csspart table - The table of assignments.
 * @csspart empty - The empty state.
 * @csspart retry-button - The retry button of the error state.
 */
export class AccountTeamElement extends SkElement {
  static override styles = [themeStyles, panelStyles, teamStyles];

  /** The account shown. */
  @property({ attribute: 'account-id', reflect: true }) accountId = '';
  /** The user-visible strings (replace for another language). */
  @property({ attribute: false }) strings = teamStrings;

  readonly #task = this.apiTask({
    args: () => [this.accountId] as const,
    enabled: ([id]) => Boolean(id),
    task: ([id], { call, signal }) => call((client) => client.getTeam(id, { signal })),
  });

  protected override render(): TemplateResult {
    const t = this.strings;
    const body = renderTaskStates(this.#task, t, { complete: (data) => this.#renderTable(data), isEmpty: (data) => data.members.length === 0 });
    return html`<section part="base" class="base" aria-labelledby="title">${panelHeader(t.title)} ${body}</section>`;
  }

  #renderTable(data: AccountTeam): TemplateResult {
    const t = this.strings;
    return html`<table class="grid" part="table">
      <caption class="visually-hidden">${t.members(data.members.length)}</caption>
      <thead>
        <tr><th scope="col">${t.member}</th><th scope="col">${t.role}</th><th scope="col">${t.teams}</th><th scope="col">${t.manager}</th><th scope="col">${t.seat}</th></tr>
      </thead>
      <tbody>
        ${data.members.map(
          (m) => html`<tr data-user=${m.userId} data-role=${m.role}>
            <th scope="row">${m.name}${m.email ? html`<span class="email">${m.email}</span>` : ''}</th>
            <td class="role">${m.role}</td>
            <td>${m.teams.length ? m.teams.map((team) => team.name).join(', ') : t.none}</td>
            <td>${m.manager?.name ?? t.none}</td>
            <td>${m.seat ? (t.seats[m.seat] ?? m.seat) : t.none}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'account-team': AccountTeamElement;
  }
}
