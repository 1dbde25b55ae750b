/**
 * `<account-collections>`: an account's records from other systems, one table per collection
 * (e.g. CRM opportunities, licences), with a column per field the records use. Set
 * `collection` to show one collection only. Names and values are text, never HTML.
 *
 * @tagname account-collections
 * @summary An account's records by collection (e.g. CRM opportunities).
 *
 * @event sk-token-expired - The embed token expired; set a fresh `token` to continue.
 *
 * @slot actions - Host buttons or links in the header.
 * @slot empty - What to show when the account has no records.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The title and the actions slot.
 * @csspart collection - The table of one collection.
 * @csspart empty - The empty state.
 * @csspart retry-button - The retry button of the error state.
 */
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AccountCollection, AccountCollections } from '@successkit/core';
import { emptyState, panelHeader, renderTaskStates } from '../shared/api-states.ts';
import { SkElement } from '../shared/sk-element.ts';
import { panelStyles, themeStyles } from '../shared/theme.ts';
import { collectionsStyles } from './account-collections.styles.ts';
import { collectionsStrings as t } from './account-collections.strings.ts';
import { formatValue, humanize } from './collection-values.ts';

const collectionName = (key: string) => t.collectionNames[key] ?? humanize(key);
const fieldName = (key: string) => t.fieldNames[key] ?? humanize(key);

export class AccountCollectionsElement extends SkElement {
  static override styles = [themeStyles, panelStyles, collectionsStyles];

  /** The account whose records are shown. */
  @property({ attribute: 'account-id', reflect: true }) accountId = '';

  /** Show only this collection (its key, e.g. `opportunities`); empty: every collection. */
  @property() collection = '';

  /** The title (default "Records", or the collection's name when `collection` is set). */
  @property() heading = '';

  readonly #task = this.apiTask({
    args: () => [this.accountId] as const,
    enabled: ([id]) => Boolean(id),
    task: ([id], { call, signal }) => call((client) => client.getCollections(id, { signal })),
  });

  protected override render(): TemplateResult {
    const title = this.heading || (this.collection ? collectionName(this.collection) : t.title);
    const texts = { idle: t.noAccount, loading: t.loading, error: t.error, retry: t.retry, empty: t.empty };
    const body = renderTaskStates(this.#task, texts, { complete: (data) => this.#renderCollections(data), isEmpty: (data) => !data.collections.length });
    return html`<section part="base" class="base" aria-labelledby="title">${panelHeader(title)} ${body}</section>`;
  }

  #renderCollections(data: AccountCollections): TemplateResult {
    const shown = this.collection ? data.collections.filter((c) => c.collection === this.collection) : data.collections;
    if (!shown.length) return emptyState(t.noCollection(collectionName(this.collection)));
    return html`${shown.map((c) => this.#renderCollection(c, shown.length > 1 || !this.collection))}`;
  }

  #renderCollection(collection: AccountCollection, withHeading: boolean): TemplateResult {
    const id = `c-${collection.collection.replace(/[^\w-]/g, '_')}`;
    return html`<div class="collection" data-collection=${collection.collection}>
      ${withHeading ? html`<h3 id=${id}>${collectionName(collection.collection)} <span class="count">${t.records(collection.items.length)}</span></h3>` : html``}
      <div class="scroll" tabindex="0" role="region" aria-label=${collectionName(collection.collection)}>
        <table part="collection" class="grid">
          <caption class="visually-hidden">${collectionName(collection.collection)}</caption>
          <thead>
            <tr>
              <th scope="col">${t.name}</th>
              ${collection.fields.map((f) => html`<th scope="col" class=${this.#numeric(collection, f) ? 'num' : ''}>${fieldName(f)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${collection.items.map(
              (item) => html`<tr data-id=${item.id}>
                <th scope="row">${item.name}</th>
                ${collection.fields.map((f) => html`<td class=${this.#numeric(collection, f) ? 'num' : 'text'}>${formatValue(item.fields[f])}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>`;
  }

  /** A column is numeric when every value it has is a number (it is then right-aligned). */
  #numeric(collection: AccountCollection, field: string): boolean {
    let any = false;
    for (const item of collection.items) {
      const v = item.fields[field];
      if (v === null || v === undefined) continue;
      if (typeof v !== 'number') return false;
      any = true;
    }
    return any;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'account-collections': AccountCollectionsElement;
  }
}
