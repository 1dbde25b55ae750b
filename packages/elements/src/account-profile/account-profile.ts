/**
 * `<account-profile>`: the whole account profile. A header with the parent breadcrumb up to the
 * ultimate parent, the name, the account type, the overall health and the lifecycle stages, then
 * tabs: Overview (key info, recent changes, team, contacts, tasks), All attributes, Timeline,
 * Usage (usage and support tickets) and Assets (documents, links and collections), plus the
 * host's own tabs (elements in the `tab` slot, each with a `data-label`) and links (`links`).
 * Each tab is rendered the first time it is chosen; the parts are elements of their own, used
 * by tag name (`define.ts` defines them all) and given this element's connection and theme.
 */
import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AccountProfile } from '@successkit/core';
import type { AccountSelectDetail } from '../account-hierarchy/account-hierarchy.ts';
import { errorState, loadingState } from '../shared/api-states.ts';
import { SkElement } from '../shared/sk-element.ts';
import { panelStyles, themeStyles } from '../shared/theme.ts';
import { renderPanel, type PartBinding } from './profile-panels.ts';
import { profileStyles } from './account-profile.styles.ts';
import { profileStrings } from './account-profile.strings.ts';

/** A link the host adds next to the tabs. */
export interface ProfileLink {
  label: string;
  url: string;
}

/** `detail` of `sk-tab-change`. */
export interface TabChangeDetail {
  tab: string;
}

const builtInTabs = ['overview', 'attributes', 'timeline', 'usage', 'assets'];

/**
 * The whole account profile: header, then Overview, attributes, timeline, usage and assets tabs.
 *
 * @tagname account-profile
 * @summary The whole account profile: header, then Overview, attributes, timeline, usage and assets tabs.
 *
 * @event sk-tab-change - The user chose a tab. Detail: `{ tab }`.
 * @event sk-account-select - The user chose a parent account in the breadcrumb. Detail: `{ accountId, name }`; cancel it to stay.
 * @event sk-token-expired - The embed token expired; set a fresh `token` to continue.
 *
 * @slot actions - Buttons or links the host adds to the header.
 * @slot tab - Host-defined tab panels: each child needs a `data-label` (the tab's name).
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The profile header.
 * @csspart breadcrumb - The parent breadcrumb.
 * @csspart tabs - The tab list.
 * @csspart tab - One tab.
 * @csspart links - The host's links next to the tabs.
 * @csspart panel - The panel of the chosen tab.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssproperty --sk-profile-column-width - Minimum width of an Overview column (default 420px).
 */
export class AccountProfileElement extends SkElement {
  static override styles = [themeStyles, panelStyles, profileStyles];

  /** The account shown. */
  @property({ attribute: 'account-id', reflect: true }) accountId = '';
  /** The chosen tab: `overview`, `attributes`, `timeline`, `usage`, `assets`, or `host-<n>` for a host tab. */
  @property({ reflect: true }) tab = 'overview';
  /** Links shown next to the tabs (JSON in the attribute): `[{ "label": "CRM", "url": "https://…" }]`. */
  @property({ type: Array }) links: ProfileLink[] = [];
  /** Makes the breadcrumb entries links: `{id}` is replaced by the account id, e.g. `/accounts/{id}`. */
  @property({ attribute: 'href-template' }) hrefTemplate = '';
  /** The user-visible strings (replace for another language). */
  @property({ attribute: false }) strings = profileStrings;

  @state() private hostTabs: Array<{ id: string; label: string; element: HTMLElement }> = [];

  readonly #task = this.apiTask({
    args: () => [this.accountId] as const,
    enabled: ([id]) => Boolean(id),
    task: ([id], { call, signal }) => call((client) => client.getAccount(id, { signal })),
  });

  get #tabs(): Array<{ id: string; label: string }> {
    return [...builtInTabs.map((id) => ({ id, label: this.strings.tabs[id] ?? id })), ...this.hostTabs];
  }

  #onSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    const elements = slot.assignedElements().filter((e): e is HTMLElement => e instanceof HTMLElement);
    this.hostTabs = elements.map((element, i) => ({ id: `host-${i + 1}`, label: element.dataset.label || `Tab ${i + 1}`, element }));
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    for (const { id, element } of this.hostTabs) {
      element.hidden = id !== this.tab;
      element.setAttribute('role', 'tabpanel');
      element.setAttribute('aria-label', element.dataset.label ?? id);
    }
  }

  #choose(tab: string, focus: boolean): void {
    if (tab === this.tab) return;
    this.tab = tab;
    this.dispatchEvent(new CustomEvent<TabChangeDetail>('sk-tab-change', { detail: { tab }, bubbles: true, composed: true }));
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[role=tab][data-tab="${tab}"]`)?.focus());
  }

  #onTabKey = (event: KeyboardEvent): void => {
    const tabs = this.#tabs.map((t) => t.id);
    const at = Math.max(0, tabs.indexOf(this.tab));
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.#choose(tabs[(next + tabs.length) % tabs.length]!, true);
  };

  #onCrumb(event: Event, account: { id: string; name: string }): void {
    const detail: AccountSelectDetail = { accountId: account.id, name: account.name };
    const chosen = new CustomEvent('sk-account-select', { detail, bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(chosen)) {
      event.preventDefault();
      return;
    }
    if (!this.hrefTemplate) this.accountId = account.id;
  }

  protected override render(): TemplateResult {
    const t = this.strings;
    if (!this.#task.enabled) return html`<section part="base" class="base"><p class="state idle">${t.idle}</p></section>`;
    const binding: PartBinding = { accountId: this.accountId, apiBase: this.apiBase, theme: this.theme, apiClient: this.apiClient, token: this.token };
    const tabs = this.#tabs;
    const current = tabs.some((tab) => tab.id === this.tab) ? this.tab : 'overview';
    return html`<section part="base" class="base" aria-labelledby="title">
      ${this.#renderHeader()}
      <div class="nav">
        <div role="tablist" part="tabs" aria-label=${t.tabList} @keydown=${this.#onTabKey}>
          ${tabs.map(
            (tab) => html`<button
              type="button"
              role="tab"
              part="tab"
              id="tab-${tab.id}"
              data-tab=${tab.id}
              aria-selected=${tab.id === current ? 'true' : 'false'}
              aria-controls="panel"
              tabindex=${tab.id === current ? 0 : -1}
              @click=${() => this.#choose(tab.id, false)}
            >
              ${tab.label}
            </button>`,
          )}
        </div>
        ${this.links.length
          ? html`<ul class="links" part="links" aria-label=${t.links}>
              ${this.links.map((link) => html`<li><a href=${safeUrl(link.url)} target="_blank" rel="noopener noreferrer">${link.label}</a></li>`)}
            </ul>`
          : nothing}
      </div>
      <div id="panel" role="tabpanel" part="panel" aria-labelledby="tab-${current}" ?hidden=${current.startsWith('host-')}>
        ${current.startsWith('host-') ? nothing : renderPanel(current, binding)}
      </div>
      <slot name="tab" @slotchange=${this.#onSlotChange}></slot>
    </section>`;
  }

  #renderHeader(): TemplateResult {
    const t = this.strings;
    const data = this.#task.value;
    if (this.#task.status === TaskStatus.ERROR)
      return html`<header class="profile-head" part="header"><h2 id="title">${t.title}</h2>${errorState(t.error, this.#task.error, t.retry, () => void this.#task.run())}</header>`;
    if (!data || this.#task.pending) return html`<header class="profile-head" part="header"><h2 id="title">${t.title}</h2>${loadingState(t.loading)}</header>`;
    return html`<header class="profile-head" part="header">
      ${this.#renderBreadcrumb(data)}
      <div class="title-row">
        <h2 id="title">${data.account.name}</h2>
        <span class="badge type">${data.account.typeName}</span>
        <slot name="actions"></slot>
      </div>
      <dl class="facts">
        <div>
          <dt>${t.health}</dt>
          <dd class="health">${this.#renderHealth(data)}</dd>
        </div>
        ${data.lifecycle.length
          ? html`<div>
              <dt>${t.lifecycle}</dt>
              <dd class="stages">
                ${data.lifecycle.map((l) => html`<span class="badge stage" data-lifecycle=${l.lifecycleId}>${t.lifecycleName(l.lifecycleId)}: ${l.stage}</span>`)}
              </dd>
            </div>`
          : nothing}
      </dl>
    </header>`;
  }

  #renderHealth(data: AccountProfile): TemplateResult {
    const t = this.strings;
    const current = data.health.current;
    if (!current || current.score === null) return html`<span class="band-none">${t.noHealth}</span>`;
    const band = current.band ?? 'none';
    return html`<span class="badge band-${band}">${t.score(Math.round(current.score), t.bands[band] ?? band)}</span>`;
  }

  #renderBreadcrumb(data: AccountProfile): TemplateResult | typeof nothing {
    const parents = data.account.path.filter((a) => a.id !== data.account.id);
    if (!parents.length) return nothing;
    const t = this.strings;
    return html`<nav class="crumbs" part="breadcrumb" aria-label=${t.breadcrumb}>
      <ol>
        ${parents.map(
          (a) => html`<li>
            ${this.hrefTemplate
              ? html`<a href=${this.hrefTemplate.replaceAll('{id}', encodeURIComponent(a.id))} @click=${(e: Event) => this.#onCrumb(e, a)}>${a.name}</a>`
              : html`<button type="button" @click=${(e: Event) => this.#onCrumb(e, a)}>${a.name}</button>`}
          </li>`,
        )}
      </ol>
    </nav>`;
  }
}

/** Only http(s) and relative URLs become links (never `javascript:`). */
function safeUrl(url: string): string {
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : '#';
  } catch {
    return '#';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'account-profile': AccountProfileElement;
  }
  interface GlobalEventHandlersEventMap {
    'sk-tab-change': CustomEvent<TabChangeDetail>;
  }
}
