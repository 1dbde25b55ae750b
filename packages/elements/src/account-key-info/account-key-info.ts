/**
 * `<account-key-info>`: the key attributes of an account at its level (the attributes the admin
 * put in the `keyInfo` category, or the keys the host lists), each with the account's own value
 * and, for attributes that roll up, the value over its child accounts. Restricted attributes
 * come only to callers allowed to see them (the server decides) and are marked. A practitioner
 * edits the `editable` ones inline (`AttributeEdit`: optimistic, restored with a message when
 * refused, `sk-attribute-changed`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AccountProfile } from '@successkit/core';
import { panelHeader, renderTaskStates } from '../shared/api-states.ts';
import { AttributeEdit } from '../shared/attribute-edit.ts';
import { formatValue } from '../shared/format-value.ts';
import { SkElement } from '../shared/sk-element.ts';
import { panelStyles, themeStyles } from '../shared/theme.ts';
import { tokenOf } from '../shared/write-rights.ts';
import { writeStyles } from '../shared/write-styles.ts';
import { keyInfoStyles } from './account-key-info.styles.ts';
import { keyInfoStrings } from './account-key-info.strings.ts';

type Attribute = AccountProfile['attributes'][number];

/**
 * Key attributes of an account, own and rolled-up values.
 *
 * @tagname account-key-info
 * @summary Key attributes of an account, own and rolled-up values.
 *
 * @event sk-token-expired - The embed token expired; set a fresh `token` to continue.
 * @event sk-attribute-changed - An `editable` attribute was changed (the server accepted it).
 *
 * @slot actions - Buttons or links the host adds to the header.
 * @slot empty - What to show when the account has no key attribute (default: a sentence).
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The title and the `actions` slot.
 * @csspart item - One attribute.
 * @csspart edit-button - The Edit button of an `editable` attribute (practitioners).
 * @csspart save-button - Save in the inline editor; `cancel-button` leaves it.
 * @csspart write-message - What became of the last change (saved, or refused and restored).
 * @csspart empty - The empty state.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssproperty --sk-key-info-min-width - Minimum width of one attribute card (default 180px).
 */
export class AccountKeyInfoElement extends SkElement {
  static override styles = [themeStyles, panelStyles, keyInfoStyles, writeStyles];

  /** The account shown. */
  @property({ attribute: 'account-id', reflect: true }) accountId = '';
  /** Comma-separated attribute keys, in order; empty: every `keyInfo` attribute. */
  @property() keys = '';
  /** The user-visible strings (replace for another language). */
  @property({ attribute: false }) strings = keyInfoStrings;

  readonly #edit = new AttributeEdit(this, {
    call: (fn) => this.callApi(fn),
    reload: () => this.reload(),
    token: () => tokenOf(this, this.connection?.getToken()),
    texts: () => this.strings,
  });

  readonly #task = this.apiTask({
    args: () => [this.accountId] as const,
    enabled: ([id]) => Boolean(id),
    task: ([id], { call, signal }) => call((client) => client.getAccount(id, { signal })),
  });

  /** The attributes to show, in order. */
  #chosen(profile: AccountProfile): Attribute[] {
    const keys = this.keys.split(',').map((k) => k.trim()).filter(Boolean);
    if (!keys.length) return profile.attributes.filter((a) => a.category === 'keyInfo');
    const byKey = new Map(profile.attributes.map((a) => [a.key, a]));
    return keys.map((k) => byKey.get(k)).filter((a): a is Attribute => Boolean(a));
  }

  protected override render(): TemplateResult {
    const t = this.strings;
    const body = renderTaskStates(this.#task, t, {
      complete: (profile) => this.#renderList(this.#chosen(profile)),
      isEmpty: (profile) => this.#chosen(profile).length === 0,
    });
    return html`<section part="base" class="base" aria-labelledby="title">${panelHeader(t.title)} ${this.#edit.renderMessage()} ${body}</section>`;
  }

  #renderList(attributes: Attribute[]): TemplateResult {
    const t = this.strings;
    const words = { yes: t.yes, no: t.no, empty: t.none };
    return html`<dl>
      ${attributes.map(
        (a) => html`<div class="item" part="item" data-key=${a.key}>
          <dt>
            <span class="label">${a.label}</span>
            ${a.restricted ? html`<span class="badge restricted" title=${t.restrictedHint}>${t.restricted}</span>` : nothing}
          </dt>
          <dd>
            <span class="own" ?data-pending=${this.#edit.pending(a.key)}><span class="visually-hidden">${t.own}: </span>${this.#edit.renderOwn(a, formatValue(a.own, a.type, words))}</span>
            ${a.rolledUp === undefined ? nothing : html`<span class="rolled">${t.rolledUp}: ${formatValue(a.rolledUp, a.type, words)}</span>`}
          </dd>
        </div>`,
      )}
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'account-key-info': AccountKeyInfoElement;
  }
}
