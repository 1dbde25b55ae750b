/**
 * Inline editing of `editable` attributes in `<account-key-info>` (the key information) in each state — Edit
 * offered, editing, submitting, refused, done — and per seat: only a practitioner gets Edit.
 */
import type { Meta } from '@storybook/web-components-vite';
import '@successkit/elements/account-key-info';
import { attributeEditMeta, type EditArgs, type EditStory } from './mocks/write-stories.ts';

const meta: Meta<EditArgs> = {
  title: 'Profile/user writes/account-key-info',
  component: 'account-key-info',
  ...attributeEditMeta('account-key-info'),
};
export default meta;

/** A practitioner: Edit on each editable attribute. */
export const Practitioner: EditStory = { args: { state: 'empty' } };
/** The first editor open, with the current value. */
export const Editing: EditStory = { args: { state: 'editing' } };
/** Saved, waiting for the server: the new value shows at once. */
export const Submitting: EditStory = { args: { state: 'submitting' } };
/** The server refused: the old value is back, the message says why. */
export const Refused: EditStory = { args: { state: 'refused' } };
/** Saved. */
export const Done: EditStory = { args: { state: 'done' } };
/** A contributor: no Edit. */
export const Contributor: EditStory = { args: { seat: 'contributor' } };
/** Editing, dark theme. */
export const EditingDark: EditStory = { args: { state: 'editing', theme: 'dark' } };
