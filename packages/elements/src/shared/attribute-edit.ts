/**
 * `AttributeEdit`: inline editing of `editable` attributes as a Lit reactive controller, shared
 * by `<account-attributes>` and `<account-key-info>`. Only a practitioner's token shows Edit (the
 * server checks again). Edit opens the editor (`attribute-editor.ts`) with focus in it; Enter or
 * Save sends `PATCH /v1/accounts/:id/attributes`, Escape or Cancel leaves, focus returns to Edit.
 * The new value shows at once, is restored with a visible message when the server refuses it,
 * and `sk-attribute-changed` fires once accepted; the host's data is then read again.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AccountProfile } from '@successkit/core';
import type { SuccessKitClient } from '@successkit/core/client';
import { errorReason } from './api-states.ts';
import { attributeInput, parseAttributeInput, type EditorTexts } from './attribute-editor.ts';
import { fireWriteEvent } from './write-events.ts';
import { writeRightsFromToken } from './write-rights.ts';

type Attribute = AccountProfile['attributes'][number];

/** The texts the controller needs. */
interface AttributeEditTexts extends EditorTexts {
  editShort: string;
  none: string;
  saved: (label: string) => string;
  refused: (reason: string) => string;
}

/**
 * The English texts of inline editing, spread into the string tables of `<account-attributes>`
 * and `<account-key-info>` (a host overrides them there, per element).
 */
export const attributeEditStrings = {
  edit: (label: string) => `Edit ${label}`,
  editShort: 'Edit',
  save: 'Save',
  cancel: 'Cancel',
  notANumber: 'Not a number',
  saved: (label: string) => `${label} saved.`,
  refused: (reason: string) => `Not saved: ${reason || 'the server refused the change'}. The value was restored.`,
  yes: 'Yes',
  no: 'No',
  none: '–',
} satisfies AttributeEditTexts;

/** What the controller needs from its element. */
export interface AttributeEditHost extends ReactiveControllerHost, HTMLElement {
  readonly accountId: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The element's hooks: its API call, its reload and its current token. */
export interface AttributeEditHooks {
  call<T>(fn: (client: SuccessKitClient) => Promise<T>): Promise<T>;
  reload(): Promise<void>;
  token(): string | null;
  texts(): AttributeEditTexts;
}

/** Inline editing of `editable` attributes for one element. */
export class AttributeEdit implements ReactiveController {
  readonly host: AttributeEditHost;
  readonly hooks: AttributeEditHooks;
  #editing: string | null = null;
  readonly #optimistic = new Map<string, string>();
  #message: { refused: boolean; text: string } | null = null;

  constructor(host: AttributeEditHost, hooks: AttributeEditHooks) {
    this.host = host;
    this.hooks = hooks;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the token may edit attributes (practitioner). */
  get canEdit(): boolean {
    return writeRightsFromToken(this.hooks.token()).editAttributes;
  }

  /** Whether a change of `key` waits for the server. */
  pending(key: string): boolean {
    return this.#optimistic.has(key);
  }

  /** The message of the last change (`write-message` part). */
  renderMessage(): TemplateResult | typeof nothing {
    const message = this.#message;
    return message ? html`<p class="write-message ${message.refused ? 'refused' : 'done'}" part="write-message" role=${message.refused ? 'alert' : 'status'}>${message.text}</p>` : nothing;
  }

  /** The own value of `attribute` (`shown` as formatted), with Edit or the editor where allowed. */
  renderOwn(attribute: Attribute, shown: string): unknown {
    const t = this.hooks.texts();
    const value = this.#optimistic.get(attribute.key) ?? shown;
    if (!attribute.editable || !this.canEdit) return value;
    if (this.#editing === attribute.key) return attributeInput(attribute, t, { onSave: (text) => void this.#save(attribute, text), onCancel: () => void this.#leave(attribute.key) });
    return html`${value}
      <button type="button" class="button edit" part="edit-button" data-key=${attribute.key} aria-label=${t.edit(attribute.label)} ?disabled=${this.pending(attribute.key)} @click=${() => void this.#open(attribute.key)}>${t.editShort}</button>`;
  }

  #find(selector: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(selector);
  }

  async #open(key: string): Promise<void> {
    this.#editing = key;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.#find('.editor .edit-input')?.focus();
  }

  async #leave(key: string): Promise<void> {
    this.#editing = null;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.#find(`[part=edit-button][data-key="${CSS.escape(key)}"]`)?.focus();
  }

  async #save(attribute: Attribute, text: string): Promise<void> {
    const t = this.hooks.texts();
    const parsed = parseAttributeInput(attribute.type, text, t);
    if ('error' in parsed) {
      this.#message = { refused: true, text: `${attribute.label}: ${parsed.error}` };
      this.host.requestUpdate();
      return;
    }
    this.#optimistic.set(attribute.key, parsed.value === null ? t.none : String(parsed.value));
    this.#message = null;
    void this.#leave(attribute.key);
    try {
      const written = await this.hooks.call((client) => client.updateAttributes(this.host.accountId, { attributes: { [attribute.key]: parsed.value } }));
      this.#message = { refused: false, text: t.saved(attribute.label) };
      fireWriteEvent(this.host, 'sk-attribute-changed', written);
      await this.hooks.reload();
    } catch (error) {
      this.#message = { refused: true, text: t.refused(errorReason(error)) };
    } finally {
      this.#optimistic.delete(attribute.key);
      this.host.requestUpdate();
    }
  }
}
