/**
 * `<account-attributes>`: every attribute of an account the caller may see (the server leaves
 * out what the caller may not, restricted attributes included), grouped by category, with the
 * account's own value and the value rolled up over its child accounts, and a search box that
 * filters as you type by label, key and value. Rows that do not match are hidden, so typing
 * re-renders no row.
 *
 * A practitioner (read from the token) edits attributes marked `editable` inline: Edit, then
 * Enter or Save (Escape or Cancel leaves). The new value shows at once, is restored with a
 * visible message when the server refuses it, and `sk-attribute-changed` fires once accepted.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AccountProfile } from '@successkit/core';
import { panelHeader, renderTaskStates } from '../shared/api-states.ts';
import { AttributeEdit } from '../shared/attribute-edit.ts';
import { tokenOf } from '../shared/write-rights.ts';
import { writeStyles } from '../shared/write-styles.ts';
import { SkElement } from '../shared/sk-element.ts';
import { panelStyles, themeStyles } from '../shared/theme.ts';
import { attributesStyles } from './account-attributes.styles.ts';
import { attributesStrings } from './account-attributes.strings.ts';
import { indexAttributes, matches, type AttributeGroup } from './attribute-index.ts';

/**
 * Every visible attribute of an account, grouped by category, with search as you type.
 *
 * @tagname account-attributes
 * @summary Every visible attribute of an account, grouped by category, with search as you type.
 *
 * @event sk-token-expired - The embed token expired; set a fresh `token` to continue.
 * @event sk-attribute-changed - An `editable` attribute was changed (the server accepted it).
 *
 * @slot actions - Buttons or links the host adds to the header.
 * @slot empty - What to show when the account has no attribute (default: a sentence).
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The title and the `actions` slot.
 * @csspart search - The search box.
 * @csspart group - The table of one category.
 * @csspart edit-button - The Edit button of an `editable` attribute (practitioners).
 * @csspart save-button - Save in the inline editor; `cancel-button` leaves it.
 * @csspart write-message - What became of the last change (saved, or refused and restored).
 * @csspart empty - The empty state.
 * @csspart retry-button - The retry button of the error state.
 */
export class AccountAttributesElement extends SkElement {
  static override styles = [themeStyles, panelStyles, attributesStyles, writeStyles];

  /** The account shown. */
  @property({ attribute: 'account-id', reflect: true }) accountId = '';
  /** The search text (also set as the user types). */
  @property() search = '';
  /** The user-visible strings (replace for another language). */
  @property({ attribute: false }) strings = attributesStrings;

  @state() private groups: AttributeGroup[] = [];
  readonly #edit = new AttributeEdit(this, {
    call: (fn) => this.callApi(fn),
    reload: () => this.reload(),
    token: () => tokenOf(this, this.connection?.getToken()),
    texts: () => this.strings,
  });

  readonly #task = this.apiTask({
    args: () => [this.accountId] as const,
    enabled: ([id]) => Boolean(id),
    task: async ([id], { call, signal }) => {
      const profile = await call((client) => client.getAccount(id, { signal }));
      const t = this.strings;
      this.groups = indexAttributes(profile.attributes, { yes: t.yes, no: t.no, empty: t.none });
      return profile;
    },
  });

  #onInput = (event: Event): void => {
    this.search = (event.target as HTMLInputElement).value;
  };

  protected override render(): TemplateResult {
    const t = this.strings;
    const body = renderTaskStates(this.#task, t, {
      complete: () => this.#renderGroups(),
      isEmpty: (profile: AccountProfile) => profile.attributes.length === 0,
    });
    return html`<section part="base" class="base" aria-labelledby="title">
      ${panelHeader(t.title)} ${this.#edit.renderMessage()} ${body}
    </section>`;
  }

  #renderGroups(): TemplateResult {
    const t = this.strings;
    const query = this.search.trim().toLocaleLowerCase();
    let total = 0;
    let shown = 0;
    const groups = this.groups.map((group) => {
      const hits = group.entries.map((entry) => matches(entry, query));
      const count = hits.filter(Boolean).length;
      total += group.entries.length;
      shown += count;
      return { group, hits, count };
    });
    return html`<div class="search" part="search" role="search">
        <label for="search">${t.search}</label>
        <input id="search" type="search" autocomplete="off" .value=${this.search} aria-describedby="search-hint count" @input=${this.#onInput} />
        <span class="hint" id="search-hint">${t.searchHint}</span>
      </div>
      <p class="count" id="count" role="status">${t.shown(shown, total)}</p>
      ${shown === 0 ? html`<p class="state no-match">${t.noMatch(this.search.trim())}</p>` : nothing}
      ${groups.map(({ group, hits, count }) => this.#renderGroup(group, hits, count))}`;
  }

  #renderGroup(group: AttributeGroup, hits: boolean[], count: number): TemplateResult {
    const t = this.strings;
    const id = `group-${group.category}`;
    return html`<section class="group" part="group" data-category=${group.category} ?hidden=${count === 0} aria-labelledby=${id}>
      <h3 id=${id}>${t.categories[group.category] ?? group.category}</h3>
      <table class="grid">
        <thead>
          <tr><th scope="col" class="col-name">${t.attribute}</th><th scope="col">${t.own}</th><th scope="col">${t.rolledUp}</th></tr>
        </thead>
        <tbody>
          ${group.entries.map(
            (entry, i) => html`<tr data-key=${entry.attribute.key} ?hidden=${!hits[i]}>
              <th scope="row">
                ${entry.attribute.label}
                ${entry.attribute.restricted ? html`<span class="badge restricted" title=${t.restrictedHint}>${t.restricted}</span>` : nothing}
                <span class="key">${entry.attribute.key}</span>
              </th>
              <td class="own" ?data-pending=${this.#edit.pending(entry.attribute.key)}>${this.#edit.renderOwn(entry.attribute, entry.own)}</td>
              <td class="rolled">${entry.rolledUp ?? ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'account-attributes': AccountAttributesElement;
  }
}
