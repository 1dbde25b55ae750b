/**
 * `<account-assets>`: an account's documents and links, newest first, with a filter by kind.
 * Only absolute http(s) URLs become links (opening in a new tab with `rel="noopener noreferrer"`);
 * any other URL is shown as text. Names are text, never HTML.
 *
 * @tagname account-assets
 * @summary An account's documents and links.
 *
 * @event sk-token-expired - The embed token expired; set a fresh `token` to continue.
 *
 * @slot actions - Host buttons or links in the header.
 * @slot empty - What to show when the account has no documents or links.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The title, the kind filter and the actions slot.
 * @csspart list - The list of documents and links.
 * @csspart empty - The empty state.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssproperty --sk-color-accent - Colour of the links.
 */
import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AccountAssets } from '@successkit/core';
import { panelHeader, renderTaskStates } from '../shared/api-states.ts';
import { SkElement } from '../shared/sk-element.ts';
import { panelStyles, themeStyles } from '../shared/theme.ts';
import { assetsStyles } from './account-assets.styles.ts';
import { assetsStrings as t } from './account-assets.strings.ts';
import { safeWebUrl } from './safe-url.ts';

type Asset = AccountAssets['assets'][number];
const day = (iso: string) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));

export class AccountAssetsElement extends SkElement {
  static override styles = [themeStyles, panelStyles, assetsStyles];

  /** The account whose documents and links are shown. */
  @property({ attribute: 'account-id', reflect: true }) accountId = '';

  /** Which kind to show: `all` (default), `document` or `link`. */
  @property() kind: 'all' | 'document' | 'link' = 'all';

  @state() private picked: string | null = null;

  readonly #task = this.apiTask({
    args: () => [this.accountId] as const,
    enabled: ([id]) => Boolean(id),
    task: ([id], { call, signal }) => call((client) => client.getAssets(id, { signal })),
  });

  protected override render(): TemplateResult {
    const kind = this.picked ?? this.kind;
    const filter = html`<label>${t.kindFilter}
      <select .value=${kind} @change=${(e: Event) => (this.picked = (e.target as HTMLSelectElement).value)}>
        ${['all', 'document', 'link'].map((k) => html`<option value=${k} ?selected=${k === kind}>${t.kinds[k]}</option>`)}
      </select></label
    >`;
    const texts = { idle: t.noAccount, loading: t.loading, error: t.error, retry: t.retry, empty: t.empty };
    const body = renderTaskStates(this.#task, texts, { complete: (data) => this.#renderList(data.assets, kind), isEmpty: (data) => !data.assets.length });
    return html`<section part="base" class="base" aria-labelledby="title">${panelHeader(t.title, filter)} ${body}</section>`;
  }

  #renderList(assets: Asset[], kind: string): TemplateResult {
    const shown = kind === 'all' ? assets : assets.filter((a) => a.kind === kind);
    return html`<p class="count" role="status">${t.count(shown.length, assets.length)}</p>
      ${shown.length
        ? html`<ul part="list" class="assets">
            ${shown.map((asset) => this.#renderAsset(asset))}
          </ul>`
        : html`<p class="state">${t.noneOfKind}</p>`}`;
  }

  #renderAsset(asset: Asset): TemplateResult {
    const href = safeWebUrl(asset.url);
    const name = href
      ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${asset.name}<span class="visually-hidden"> ${t.opensInNewTab}</span></a>`
      : html`<span class="unsafe">${t.unsafe} <span class="name">${asset.name}</span></span>`;
    return html`<li data-id=${asset.id}>
      <span class="kind">${t.kindLabel[asset.kind] ?? asset.kind}</span>
      ${name}
      <span class="meta">${t.added(day(asset.addedAt), asset.addedBy?.name ?? null)}</span>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'account-assets': AccountAssetsElement;
  }
}
