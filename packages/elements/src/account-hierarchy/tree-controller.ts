/**
 * A reactive controller holding the account tree of `<account-hierarchy>`: the nodes loaded so
 * far, which are expanded, and the lazy load of a node's children (`GET …/children`) the first
 * time it opens. Loads are aborted when the host leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AccountChildren, AccountProfile, AttributeValue } from '@successkit/core';
import type { ValueType } from '../shared/format-value.ts';

/** An own and a rolled-up value. */
interface NodeValue {
  own: AttributeValue;
  rolledUp: AttributeValue;
}

/** One account of the tree. */
export interface TreeNode {
  id: string;
  name: string;
  typeName: string;
  childCount: number;
  values: Record<string, NodeValue>;
  level: number;
  parentId: string | null;
  /** Child ids once loaded, `null` before. */
  children: string[] | null;
  expanded: boolean;
  loading: boolean;
  error: boolean;
  /** A stable index for DOM ids. */
  index: number;
}

/** Loads the children of an account. */
export type ChildrenLoader = (id: string, signal: AbortSignal) => Promise<AccountChildren>;

export class TreeController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #load: ChildrenLoader;
  #abort = new AbortController();
  readonly nodes = new Map<string, TreeNode>();
  /** Labels and types of the rolled-up attributes, in the API's order. */
  readonly attributes = new Map<string, { label: string; type: ValueType }>();
  rootId: string | null = null;

  constructor(host: ReactiveControllerHost, load: ChildrenLoader) {
    this.#host = host;
    this.#load = load;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#abort.signal.aborted) this.#abort = new AbortController();
  }

  hostDisconnected(): void {
    this.#abort.abort();
  }

  /** Starts the tree at an account (from its profile) and opens it. */
  setRoot(profile: AccountProfile): void {
    this.nodes.clear();
    this.attributes.clear();
    const values: Record<string, NodeValue> = {};
    for (const a of profile.attributes) {
      if (a.rolledUp === undefined) continue;
      this.attributes.set(a.key, { label: a.label, type: a.type });
      values[a.key] = { own: a.own, rolledUp: a.rolledUp };
    }
    const { account } = profile;
    this.rootId = account.id;
    this.nodes.set(account.id, {
      id: account.id,
      name: account.name,
      typeName: account.typeName,
      childCount: account.childCount,
      values,
      level: 1,
      parentId: null,
      children: null,
      expanded: false,
      loading: false,
      error: false,
      index: 0,
    });
    void this.expand(account.id);
  }

  /** The nodes a user can reach, in document order (children of collapsed nodes left out). */
  visible(): TreeNode[] {
    const out: TreeNode[] = [];
    const walk = (id: string) => {
      const node = this.nodes.get(id);
      if (!node) return;
      out.push(node);
      if (node.expanded && node.children) for (const child of node.children) walk(child);
    };
    if (this.rootId) walk(this.rootId);
    return out;
  }

  /** Opens a node, loading its children the first time (or again after a failure). */
  async expand(id: string): Promise<void> {
    const node = this.nodes.get(id);
    if (!node || node.childCount === 0) return;
    node.expanded = true;
    this.#host.requestUpdate();
    if (node.children || node.loading) return;
    node.loading = true;
    node.error = false;
    try {
      const answer = await this.#load(id, this.#abort.signal);
      for (const a of answer.attributes) if (!this.attributes.has(a.key)) this.attributes.set(a.key, { label: a.label, type: a.type });
      node.children = answer.children.map((child) => {
        this.nodes.set(child.id, {
          id: child.id,
          name: child.name,
          typeName: child.typeName,
          childCount: child.childCount,
          values: child.values,
          level: node.level + 1,
          parentId: id,
          children: null,
          expanded: false,
          loading: false,
          error: false,
          index: this.nodes.size,
        });
        return child.id;
      });
    } catch {
      node.error = !this.#abort.signal.aborted;
      node.expanded = false;
    } finally {
      node.loading = false;
      this.#host.requestUpdate();
    }
  }

  collapse(id: string): void {
    const node = this.nodes.get(id);
    if (!node?.expanded) return;
    node.expanded = false;
    this.#host.requestUpdate();
  }
}
