/**
 * The "Add a task" form and the Complete / Reopen buttons of `<account-tasks>` in each state —
 * empty, invalid, submitting, refused, done — and per seat: a viewer gets no control, a
 * contributor the form and Complete on their own tasks, a practitioner Complete and Reopen on all.
 */
import type { Meta } from '@storybook/web-components-vite';
import '@successkit/elements/account-tasks';
import { writeMeta, type WriteArgs, type WriteStory } from './mocks/write-stories.ts';

const meta: Meta<WriteArgs> = {
  title: 'Profile/user writes/account-tasks',
  component: 'account-tasks',
  ...writeMeta('account-tasks', {
    async open(root) {
      return root.querySelector<HTMLFormElement>('form[part=add-form]');
    },
    fill(form) {
      form.querySelector<HTMLInputElement>('[name=flow]')!.value = 'renewal';
      form.querySelector<HTMLInputElement>('[name=title]')!.value = 'Send the renewal quote';
      form.querySelector<HTMLInputElement>('[name=dueAt]')!.value = '2030-01-15';
    },
  }),
};
export default meta;

/** The form, empty (contributor: Complete on their own tasks only). */
export const Empty: WriteStory = { args: { state: 'empty' } };
/** Sent without flow and due date: the fields are marked. */
export const Invalid: WriteStory = { args: { state: 'invalid' } };
/** Sent, waiting for the server: the task shows, the button is disabled. */
export const Submitting: WriteStory = { args: { state: 'submitting' } };
/** The server refused: the task is removed, the message says so. */
export const Refused: WriteStory = { args: { state: 'refused' } };
/** Added. */
export const Done: WriteStory = { args: { state: 'done' } };
/** A viewer: no form, no Complete. */
export const Viewer: WriteStory = { args: { seat: 'viewer', state: 'empty' } };
/** A practitioner: Complete and Reopen on every task. */
export const Practitioner: WriteStory = { args: { seat: 'practitioner', state: 'empty' } };
/** A practitioner, dark theme. */
export const PractitionerDark: WriteStory = { args: { seat: 'practitioner', state: 'empty', theme: 'dark' } };
