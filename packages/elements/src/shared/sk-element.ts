/**
 * `SkElement`: the base of every successkit element. It resolves the API connection (its own
 * `api-base` attribute and `token` property, or the nearest `<successkit-provider>`), builds the
 * typed client, and retries a call once after an expired token: it fires `sk-token-expired`,
 * waits for the host to set a fresh token, then calls again. `apiTask()` builds the element's
 * fetching controller (`ApiTask`, over `@lit/task`) on top of that.
 */
import { consume } from '@lit/context';
import { SuccessKitClient, UnauthenticatedError } from '@successkit/core/client';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { apiContext, type ApiConnection } from './api-context.ts';
import { ApiTask, type ApiTaskOptions } from './api-task.ts';
import { TokenWaiter } from './token-waiter.ts';

/** Detail of `sk-token-expired`. */
export interface TokenExpiredDetail {
  /** The element whose call failed. */
  element: HTMLElement;
}

export class SkElement extends LitElement {
  /** Base URL of the successkit API (overrides a provider's). */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** Colour scheme: `light`, `dark`, or `auto` (follows the page's preference). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  @consume({ context: apiContext, subscribe: true })
  @state()
  protected connection: ApiConnection | undefined;

  readonly #tokens = new TokenWaiter();
  readonly #tasks: Array<{ reload(): Promise<void> }> = [];

  /** The embed token (property only: a token never goes into an attribute). */
  get token(): string | null {
    return this.#tokens.token;
  }
  set token(value: string | null) {
    this.#tokens.token = value;
    this.requestUpdate();
  }

  /**
   * A ready client to use instead of one built from `api-base` and the token (stories and tests
   * pass a client whose `fetch` is mocked).
   */
  @property({ attribute: false }) apiClient: SuccessKitClient | undefined;

  /** The client for the current connection. */
  protected get client(): SuccessKitClient {
    if (this.apiClient) return this.apiClient;
    const baseUrl = this.apiBase || this.connection?.apiBase || '';
    return new SuccessKitClient({ baseUrl, token: () => this.#tokens.token ?? this.connection?.getToken() ?? null });
  }

  #currentToken(): string | null {
    return this.#tokens.token ?? this.connection?.getToken() ?? null;
  }

  /** Whether an API base is known (own or from a provider). */
  protected get hasApi(): boolean {
    return Boolean(this.apiClient || this.apiBase || this.connection?.apiBase);
  }

  /**
   * A fetching controller over the client (the one way an element reads the API): it re-runs
   * when its arguments or the connection change and goes through `callApi`.
   */
  protected apiTask<const A extends readonly unknown[], R>(options: ApiTaskOptions<A, R>): ApiTask<A, R> {
    const source = {
      call: <T>(fn: (client: SuccessKitClient) => Promise<T>) => this.callApi(fn),
      ready: () => this.hasApi,
      connection: () => [this.apiBase, this.connection, this.apiClient] as const,
    };
    const task = new ApiTask(this, source, options);
    if (options.autoRun !== false) this.#tasks.push(task);
    return task;
  }

  /**
   * Reads the element's data again, keeping what is shown until the new data is in — for live
   * data (the demo portal calls it every few seconds and when the window regains focus).
   * Tasks that only run on demand (a dialog's) are left alone.
   */
  reload(): Promise<void> {
    return Promise.all(this.#tasks.map((task) => task.reload())).then(() => undefined);
  }

  /**
   * Calls the API; on an expired or missing token, fires `sk-token-expired` and retries once
   * when the host sets a fresh token (on this element or on the provider).
   */
  protected async callApi<T>(fn: (client: SuccessKitClient) => Promise<T>): Promise<T> {
    const sent = this.#currentToken();
    try {
      return await fn(this.client);
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) throw error;
      // The host already set another token while the call was in flight: retry with it.
      if (this.#currentToken() !== sent) return fn(this.client);
      const fresh = Promise.race([this.#tokens.next(), this.connection?.nextToken() ?? new Promise<string>(() => {})]);
      this.dispatchEvent(
        new CustomEvent<TokenExpiredDetail>('sk-token-expired', { detail: { element: this }, bubbles: true, composed: true }),
      );
      await fresh;
      return fn(this.client);
    }
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sk-token-expired': CustomEvent<TokenExpiredDetail>;
  }
}
