/**
 * The user-write stories (`<account-timeline>` "Log touchpoint", `<account-tasks>` add /
 * complete): a mocked client that reads like the profile part stories and answers the writes
 * with one outcome (accepted, refused with 403, or never: submitting), carrying an embed token of
 * the story's seat, so the element shows the controls of that seat. A story's `play` drives the
 * form into its state: empty (open), invalid (sent empty), submitting, refused, done. The same
 * client serves the inline attribute-edit stories (`attributeEditMeta`: `<account-attributes>`,
 * `<account-key-info>`), marking an attribute of each kind `editable` and keeping saved edits.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { AccountProfile } from '@successkit/core';
import { ForbiddenError, type SuccessKitClient } from '@successkit/core/client';
import { html } from 'lit';
import { fixtureAsOf } from '../../packages/elements/src/account-profile/__fixtures__/profile-parts.ts';
import { seatToken } from '../../packages/elements/src/shared/__fixtures__/seat-token.ts';
import { profilePartsMockClient } from './profile-parts-api.ts';

/** How the mocked server answers a write. */
type WriteOutcome = 'accept' | 'refuse' | 'hang';
/** The state a story shows. */
type FormState = 'empty' | 'invalid' | 'submitting' | 'refused' | 'done';

/** The arguments of a write story. */
export interface WriteArgs {
  seat: 'viewer' | 'contributor' | 'practitioner';
  state: FormState;
  theme: 'light' | 'dark';
}

const outcomeOf: Record<FormState, WriteOutcome> = { empty: 'accept', invalid: 'accept', submitting: 'hang', refused: 'refuse', done: 'accept' };

/** A client reading the full fixtures and answering writes with `outcome`, as `seat`. */
function writeMockClient(seat: WriteArgs['seat'], outcome: WriteOutcome): SuccessKitClient {
  const reads = profilePartsMockClient('full');
  let serial = 0;
  const answer = async <T>(value: () => T): Promise<T> => {
    if (outcome === 'hang') return new Promise<T>(() => {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (outcome === 'refuse') throw new ForbiddenError({ type: 'https://successkit.dev/problems/forbidden', title: 'Forbidden', status: 403, detail: `the ${seat} seat may not make this change` });
    return value();
  };
  const now = () => new Date().toISOString();
  // Attribute edits are kept, so the read that follows a saved edit shows the new value.
  const edited: Record<string, string | number | boolean | null> = {};
  const writes: Record<string, unknown> = {
    getAccount: async (id: string, options?: { signal?: AbortSignal }) => withEditable(await reads.getAccount(id, options), edited),
    updateAttributes: (accountId: string, patch: { attributes: Record<string, string | number | boolean | null> }) =>
      answer(() => {
        Object.assign(edited, patch.attributes);
        return { accountId, attributes: patch.attributes, dataVersion: 43 };
      }),
    logTouchpoint: (accountId: string, body: Record<string, unknown>) => answer(() => ({ touchpoint: { id: `tp-story-${++serial}`, accountId, userId: 'u-ben', at: now(), ...body }, dataVersion: 43 })),
    addTask: (accountId: string, body: Record<string, unknown>) => answer(() => ({ task: { id: `task-story-${++serial}`, accountId, userId: 'u-ben', completedAt: null, ...body }, dataVersion: 43 })),
    updateTask: (id: string, body: { completed?: boolean }) =>
      answer(() => ({ task: { id, accountId: 'acme-1-1-1', userId: 'u-ben', flow: 'renewal', dueAt: now(), completedAt: body.completed ? now() : null }, dataVersion: 43 })),
  };
  const token = seatToken(seat);
  return new Proxy(reads, {
    get(target, prop) {
      if (prop === 'token') return token;
      if (typeof prop === 'string' && prop in writes) return writes[prop];
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The profile with an attribute of each kind the editor has (the first number-like, string and
 * date attribute, and the first of the key information) marked `editable`, and `edited` applied.
 */
function withEditable(profile: AccountProfile, edited: Record<string, string | number | boolean | null>): AccountProfile {
  const picks = new Set<string>();
  const first = (test: (a: AccountProfile['attributes'][number]) => boolean) => {
    const found = profile.attributes.find((a) => test(a) && !picks.has(a.key));
    if (found) picks.add(found.key);
  };
  first((a) => a.category === 'keyInfo' && a.type !== 'enum');
  first((a) => ['number', 'currency', 'percent'].includes(a.type));
  first((a) => a.type === 'string');
  first((a) => a.type === 'date');
  return {
    ...profile,
    attributes: profile.attributes.map((a) => (picks.has(a.key) ? { ...a, editable: true, ...(a.key in edited ? { own: edited[a.key]! } : {}) } : a)),
  };
}

/** Waits until `check` holds (a story's play function). */
async function until(check: () => unknown): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** How a story fills and sends its element's form. */
export interface FormDriver {
  /** Opens the form (if it has a toggle); returns the form or null when the seat has none. */
  open(root: ShadowRoot): Promise<HTMLFormElement | null>;
  /** Fills the required fields. */
  fill(form: HTMLFormElement): void;
}

/** The controls of a write story: the seat, the state (one of `states`), the theme. */
function argTypesOf(states: readonly string[]): Meta['argTypes'] {
  return {
    seat: { control: 'inline-radio', options: ['viewer', 'contributor', 'practitioner'] },
    state: { control: 'select', options: states },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  };
}

/** The element `tag` for acme-1-1-1 as `args.seat`, its writes answered with `outcome`. */
function renderWriter(tag: string, args: { seat: WriteArgs['seat']; theme: WriteArgs['theme'] }, outcome: WriteOutcome, attributes: Record<string, string> = {}) {
  const el = document.createElement(tag) as HTMLElement & { apiClient?: unknown };
  for (const [name, value] of Object.entries({ 'account-id': 'acme-1-1-1', theme: args.theme, ...attributes })) el.setAttribute(name, value);
  el.apiClient = writeMockClient(args.seat, outcome);
  return html`<div style=${`padding: 16px; background: ${args.theme === 'dark' ? '#0d1117' : '#ffffff'}`}>${el}</div>`;
}

/** The `Meta` of an element's write stories. */
export function writeMeta(tag: string, driver: FormDriver): Meta<WriteArgs> {
  return {
    argTypes: argTypesOf(['empty', 'invalid', 'submitting', 'refused', 'done']),
    args: { seat: 'contributor', state: 'empty', theme: 'light' },
    render: (args) => renderWriter(tag, args, outcomeOf[args.state], { 'as-of': fixtureAsOf }),
    play: async ({ canvasElement, args }) => {
      const el = canvasElement.querySelector(tag)!;
      await until(() => el.shadowRoot?.querySelector('[aria-busy=false]') && !el.shadowRoot.querySelector('.state[role=status]'));
      const form = await driver.open(el.shadowRoot!);
      if (!form || args.state === 'empty') return;
      if (args.state !== 'invalid') driver.fill(form);
      form.requestSubmit();
    },
  };
}

/** A write story. */
export type WriteStory = StoryObj<WriteArgs>;

/** The state an attribute-edit story shows. */
type EditState = 'empty' | 'editing' | 'submitting' | 'refused' | 'done';

/** The arguments of an attribute-edit story. */
export interface EditArgs extends Omit<WriteArgs, 'state'> {
  state: EditState;
}

const editOutcomeOf: Record<EditState, WriteOutcome> = { empty: 'accept', editing: 'accept', submitting: 'hang', refused: 'refuse', done: 'accept' };

/** What a story types into the editor, by input type. */
const typed: Record<string, string> = { number: '1250', date: '2030-01-15', text: 'Logistics' };

/**
 * The `Meta` of an element's inline attribute-edit stories: a practitioner sees Edit on the
 * `editable` attributes; `play` opens the first editor and, past `editing`, types and saves.
 */
export function attributeEditMeta(tag: string): Meta<EditArgs> {
  return {
    argTypes: argTypesOf(['empty', 'editing', 'submitting', 'refused', 'done']),
    args: { seat: 'practitioner', state: 'empty', theme: 'light' },
    render: (args) => renderWriter(tag, args, editOutcomeOf[args.state]),
    play: async ({ canvasElement, args }) => {
      if (args.seat !== 'practitioner' || args.state === 'empty') return;
      const root = () => canvasElement.querySelector(tag)!.shadowRoot;
      await until(() => root()?.querySelector('[part=edit-button]'));
      const edit = root()!.querySelector<HTMLButtonElement>('[part=edit-button]');
      if (!edit) return;
      edit.click();
      await until(() => root()!.querySelector('.edit-input'));
      if (args.state === 'editing') return;
      const input = root()!.querySelector<HTMLInputElement>('.edit-input')!;
      input.value = typed[input.type] ?? typed.text!;
      root()!.querySelector<HTMLButtonElement>('[part=save-button]')!.click();
    },
  };
}

/** An attribute-edit story. */
export type EditStory = StoryObj<EditArgs>;
