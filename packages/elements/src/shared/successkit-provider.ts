/**
 * `<successkit-provider>`: shares one API base URL and embed token with every successkit element
 * inside it, so a host sets the token once. The token is a property, never an attribute.
 */
import { provide } from '@lit/context';
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { apiContext, type ApiConnection } from './api-context.ts';
import { TokenWaiter } from './token-waiter.ts';

/**
 * Shares the API base URL and the embed token with the successkit elements inside it.
 *
 * @tagname successkit-provider
 * @summary Shares the API base URL and the embed token with the successkit elements inside it.
 * @slot - The successkit elements (and anything else).
 */
export class SuccessKitProviderElement extends LitElement {
  /** Base URL of the successkit API. */
  @property({ attribute: 'api-base' }) apiBase = '';

  readonly #tokens = new TokenWaiter();

  @provide({ context: apiContext })
  connection: ApiConnection = this.#makeConnection();

  /** The embed token (property only: a token never goes into an attribute). */
  get token(): string | null {
    return this.#tokens.token;
  }
  set token(value: string | null) {
    this.#tokens.token = value;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('apiBase')) this.connection = this.#makeConnection();
  }

  #makeConnection(): ApiConnection {
    return {
      apiBase: this.apiBase,
      getToken: () => this.#tokens.token,
      nextToken: () => this.#tokens.next(),
    };
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  static override styles = [];
}

/** @deprecated Use `SuccessKitProviderElement` (every element class is named `<Name>Element`). */
export const SuccessKitProvider = SuccessKitProviderElement;
/** @deprecated Use `SuccessKitProviderElement`. */
export type SuccessKitProvider = SuccessKitProviderElement;

declare global {
  interface HTMLElementTagNameMap {
    'successkit-provider': SuccessKitProviderElement;
  }
}
