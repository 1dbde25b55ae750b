/**
 * `<account-contacts>`: the contacts linked to an account at its level (`GET
 * /v1/accounts/:id/contacts`), one card per person with title, e-mail, phone, NPS and the other
 * accounts the person is a contact of; when several contacts gave an NPS, the distribution
 * (average, range, and a bar per bin of 20 points, each with its count as text).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AccountContacts } from '@successkit/core';
import { panelHeader, renderTaskStates } from '../shared/api-states.ts';
import { SkElement } from '../shared/sk-element.ts';
import { panelStyles, themeStyles } from '../shared/theme.ts';
import { contactsStyles } from './account-contacts.styles.ts';
import { contactsStrings } from './account-contacts.strings.ts';

type Distribution = NonNullable<AccountContacts['nps']>;

const number = (value: number) => new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(value);

/**
 * Contacts of an account with their NPS, and the NPS distribution when there are several.
 *
 * @tagname account-contacts
 * @summary Contacts of an account with their NPS, and the NPS distribution when there are several.
 *
 * @event sk-token-expired - The embed token expired; set a fresh `token` to continue.
 *
 * @slot actions - Buttons or links the host adds to the header.
 * @slot empty - What to show when no contact is linked (default: a sentence).
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The title and the `actions` slot.
 * @csspart distribution - The NPS distribution.
 * @csspart contact - One contact card.
 * @csspart empty - The empty state.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssproperty --sk-contact-min-width - Minimum width of a contact card (default 220px).
 * @cssproperty --sk-nps-chart-width - Largest width of the NPS distribution (default 36em).
 */
export class AccountContactsElement extends SkElement {
  static override styles = [themeStyles, panelStyles, contactsStyles];

  /** The account shown. */
  @property({ attribute: 'account-id', reflect: true }) accountId = '';
  /** The user-visible strings (replace for another language). */
  @property({ attribute: false }) strings = contactsStrings;

  readonly #task = this.apiTask({
    args: () => [this.accountId] as const,
    enabled: ([id]) => Boolean(id),
    task: ([id], { call, signal }) => call((client) => client.getContacts(id, { signal })),
  });

  protected override render(): TemplateResult {
    const t = this.strings;
    const body = renderTaskStates(this.#task, t, { complete: (data) => this.#renderContacts(data), isEmpty: (data) => data.contacts.length === 0 });
    return html`<section part="base" class="base" aria-labelledby="title">${panelHeader(t.title)} ${body}</section>`;
  }

  #renderContacts(data: AccountContacts): TemplateResult {
    const t = this.strings;
    return html`${data.nps && data.nps.count > 1 ? this.#renderDistribution(data.nps) : nothing}
      <ul class="contacts" aria-label=${t.count(data.contacts.length)}>
        ${data.contacts.map(
          (c) => html`<li class="contact" part="contact" data-id=${c.id}>
            <h3>${c.name}</h3>
            ${c.title ? html`<p class="title">${c.title}</p>` : nothing}
            <p class="nps">${c.nps === null ? t.noNps : t.npsOf(number(c.nps))}</p>
            ${c.email ? html`<p><span class="visually-hidden">${t.email}: </span><a href=${`mailto:${c.email}`}>${c.email}</a></p>` : nothing}
            ${c.phone ? html`<p><span class="visually-hidden">${t.phone}: </span>${c.phone}</p>` : nothing}
            ${c.otherAccounts.length ? html`<p class="also">${t.alsoAt}: ${c.otherAccounts.map((a) => a.name).join(', ')}</p>` : nothing}
          </li>`,
        )}
      </ul>`;
  }

  #renderDistribution(nps: Distribution): TemplateResult {
    const t = this.strings;
    const most = Math.max(1, ...nps.bins.map((b) => b.count));
    return html`<figure class="distribution" part="distribution" aria-labelledby="distribution-title">
      <h3 id="distribution-title">${t.distribution}</h3>
      <p class="summary">${t.average(number(nps.average), nps.count)}, ${t.range(number(nps.min), number(nps.max))}</p>
      <ul class="bins">
        ${nps.bins.map(
          (b) => html`<li>
            <span>${t.bin(b.from, b.to)}</span>
            <span class="bar ${b.count ? '' : 'zero'}" style=${`--w: ${(b.count / most) * 100}%`}></span>
            <span>${t.binCount(b.count)}</span>
          </li>`,
        )}
      </ul>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'account-contacts': AccountContactsElement;
  }
}
