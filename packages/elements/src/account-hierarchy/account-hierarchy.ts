/**
 * `<account-hierarchy>`: the account tree from an account down (DESIGN.md "Rollups"), each node
 * with the chosen rolled-up values and, on demand, its own values. An ARIA tree: one item in the
 * tab order (roving tabindex); arrows move and open or close, Home and End jump, Enter selects.
 * Children load the first time a node opens.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SkElement } from '../shared/sk-element.ts';
import { panelHeader, renderTaskStates } from '../shared/api-states.ts';
import { panelStyles, themeStyles } from '../shared/theme.ts';
import { hierarchyStyles } from './account-hierarchy.styles.ts';
import { hierarchyStrings as t } from './account-hierarchy.strings.ts';
import { formatValue } from '../shared/format-value.ts';
import { TreeController, type TreeNode } from './tree-controller.ts';

/** `detail` of `sk-account-select`. */
export interface AccountSelectDetail {
  accountId: string;
  name: string;
}

/**
 * Account tree with rolled-up values, keyboard navigable, children loaded on demand.
 *
 * @tagname account-hierarchy
 * @summary Account tree with rolled-up values, keyboard navigable, children loaded on demand.
 *
 * @event sk-account-select - The user chose an account (Enter or click); `detail` is `{ accountId, name }`.
 * @event sk-token-expired - The embed token expired; set a fresh `token` to continue.
 *
 * @slot actions - Buttons or links the host adds to the header.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The title, the own-values toggle and the `actions` slot.
 * @csspart tree - The tree.
 * @csspart item - One account row.
 * @csspart own-toggle - The "Show own values" button.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssproperty --sk-color-accent - Colour of the selected account's marker.
 */
export class AccountHierarchyElement extends SkElement {
  static override styles = [themeStyles, panelStyles, hierarchyStyles];

  /** The account at the top of the tree. */
  @property({ attribute: 'account-id', reflect: true }) accountId = '';
  /** Comma-separated attribute keys to show (rolled up); empty: every rolled-up attribute. */
  @property() values = '';
  /** Also show each account's own values next to the rolled-up ones. */
  @property({ attribute: 'show-own', type: Boolean, reflect: true }) showOwn = false;

  @state() private focusedId: string | null = null;
  @state() private selectedId: string | null = null;

  readonly #tree = new TreeController(this, (id, signal) => this.callApi((client) => client.getChildren(id, { signal })));

  readonly #task = this.apiTask({
    args: () => [this.accountId] as const,
    enabled: ([id]) => Boolean(id),
    task: async ([id], { call, signal }) => {
      const profile = await call((client) => client.getAccount(id, { signal }));
      this.focusedId = profile.account.id;
      this.#tree.setRoot(profile);
      return profile;
    },
  });

  #keys(): string[] {
    const chosen = this.values.split(',').map((k) => k.trim()).filter(Boolean);
    return chosen.length ? chosen : [...this.#tree.attributes.keys()];
  }

  async #focus(id: string): Promise<void> {
    this.focusedId = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[role=treeitem][data-id="${CSS.escape(id)}"]`)?.focus();
  }

  #select(node: TreeNode): void {
    this.selectedId = node.id;
    const detail: AccountSelectDetail = { accountId: node.id, name: node.name };
    this.dispatchEvent(new CustomEvent('sk-account-select', { detail, bubbles: true, composed: true }));
  }

  #nodeOf(event: Event): TreeNode | undefined {
    const item = (event.target as Element).closest<HTMLElement>('[role=treeitem]');
    return item ? this.#tree.nodes.get(item.dataset.id ?? '') : undefined;
  }

  #onKey(event: KeyboardEvent): void {
    const node = this.#nodeOf(event);
    if (!node) return;
    const visible = this.#tree.visible();
    const i = visible.findIndex((n) => n.id === node.id);
    const go = (target: TreeNode | undefined) => target && void this.#focus(target.id);
    switch (event.key) {
      case 'ArrowDown':
        go(visible[i + 1]);
        break;
      case 'ArrowUp':
        go(visible[i - 1]);
        break;
      case 'Home':
        go(visible[0]);
        break;
      case 'End':
        go(visible.at(-1));
        break;
      case 'ArrowRight':
        if (node.childCount && !node.expanded) void this.#tree.expand(node.id);
        else if (node.expanded && node.children?.[0]) void this.#focus(node.children[0]);
        break;
      case 'ArrowLeft':
        if (node.expanded) this.#tree.collapse(node.id);
        else if (node.parentId) void this.#focus(node.parentId);
        break;
      case 'Enter':
      case ' ':
        this.#select(node);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  /** Keeps the roving tab stop on whichever item got focus (arrows, click or script). */
  #onFocusIn(event: Event): void {
    const node = this.#nodeOf(event);
    if (node && node.id !== this.focusedId) this.focusedId = node.id;
  }

  #onClick(event: Event): void {
    const node = this.#nodeOf(event);
    if (!node) return;
    event.stopPropagation();
    if ((event.target as Element).closest('.toggle')) {
      if (node.expanded) this.#tree.collapse(node.id);
      else void this.#tree.expand(node.id);
      void this.#focus(node.id);
      return;
    }
    void this.#focus(node.id);
    this.#select(node);
  }

  protected override render(): TemplateResult {
    const texts = { idle: t.noAccount, loading: t.loading, error: t.error, retry: t.retry };
    const body = renderTaskStates(this.#task, texts, { complete: () => (this.#tree.rootId ? this.#renderTree() : html`<p class="state" role="status">${t.loading}</p>`) });
    const toggle = html`<button type="button" part="own-toggle" class="own-toggle" aria-pressed=${this.showOwn ? 'true' : 'false'} @click=${() => (this.showOwn = !this.showOwn)}>
      ${t.showOwn}
    </button>`;
    return html`<section part="base" class="base" aria-labelledby="title">${panelHeader(t.title, toggle)} ${body}</section>`;
  }

  #renderTree(): TemplateResult {
    const root = this.#tree.nodes.get(this.#tree.rootId!)!;
    return html`<ul role="tree" part="tree" class="tree" aria-label=${t.tree(root.name)} @keydown=${this.#onKey} @click=${this.#onClick} @focusin=${this.#onFocusIn}>
      ${this.#renderNode(root, 1, 1, this.#keys())}
    </ul>`;
  }

  #renderNode(node: TreeNode, setSize: number, position: number, keys: string[]): TemplateResult {
    const children = node.expanded && node.children ? node.children.map((id) => this.#tree.nodes.get(id)!).filter(Boolean) : [];
    const hasChildren = node.childCount > 0;
    const focused = (this.focusedId ?? this.#tree.rootId) === node.id;
    return html`<li
      role="treeitem"
      part="item"
      data-id=${node.id}
      aria-level=${node.level}
      aria-setsize=${setSize}
      aria-posinset=${position}
      aria-expanded=${hasChildren ? (node.expanded ? 'true' : 'false') : nothing}
      aria-selected=${this.selectedId === node.id ? 'true' : 'false'}
      aria-busy=${node.loading ? 'true' : 'false'}
      tabindex=${focused ? 0 : -1}
    >
      <div class="row" id="label-${node.index}">
        <span class="toggle" aria-hidden="true">${hasChildren ? (node.expanded ? '▾' : '▸') : ''}</span>
        <span class="name">${node.name}</span>
        <span class="type">${node.typeName}</span>
        ${keys.map((key) => this.#renderValue(node, key))}
        ${node.loading ? html`<span class="note">${t.loadingChildren}</span>` : nothing}
        ${node.error ? html`<span class="note error">${t.childrenError}</span>` : nothing}
      </div>
      ${children.length
        ? html`<ul role="group">${children.map((child, i) => this.#renderNode(child, children.length, i + 1, keys))}</ul>`
        : nothing}
    </li>`;
  }

  #renderValue(node: TreeNode, key: string): TemplateResult {
    const meta = this.#tree.attributes.get(key);
    const value = node.values[key];
    const type = meta?.type ?? 'number';
    const words = { yes: t.yes, no: t.no, empty: t.empty };
    return html`<span class="value" data-key=${key}>
      <span class="label">${meta?.label ?? key}</span>
      <span class="rolled">${formatValue(value?.rolledUp, type, words)}</span>
      ${this.showOwn ? html`<span class="own">(${t.own} ${formatValue(value?.own, type, words)})</span>` : nothing}
    </span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'account-hierarchy': AccountHierarchyElement;
  }
  interface GlobalEventHandlersEventMap {
    'sk-account-select': CustomEvent<AccountSelectDetail>;
  }
}
