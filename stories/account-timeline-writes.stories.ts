/**
 * The user writes of `<account-timeline>` ("Log touchpoint") and `<account-tasks>` (add a task)
 * in each state of the form — empty, invalid, submitting, refused, done — and per seat: a viewer
 * gets no control, a contributor and a practitioner the form (a practitioner also Reopen).
 */
import type { Meta } from '@storybook/web-components-vite';
import '@successkit/elements/account-timeline';
import { writeMeta, type WriteArgs, type WriteStory } from './mocks/write-stories.ts';

const meta: Meta<WriteArgs> = {
  title: 'Profile/user writes/account-timeline',
  component: 'account-timeline',
  ...writeMeta('account-timeline', {
    async open(root) {
      const toggle = root.querySelector<HTMLButtonElement>('[part=log-button]');
      if (!toggle) return null;
      toggle.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      return root.querySelector<HTMLFormElement>('form[part=log-form]');
    },
    fill(form) {
      form.querySelector<HTMLInputElement>('[name=flow]')!.value = 'onboarding';
      form.querySelector<HTMLInputElement>('[name=type]')!.value = 'call';
      form.querySelector<HTMLInputElement>('[name=subject]')!.value = 'Kickoff call';
    },
  }),
};
export default meta;

/** The form, open and empty (contributor). */
export const Empty: WriteStory = { args: { state: 'empty' } };
/** Sent without flow and type: the fields are marked. */
export const Invalid: WriteStory = { args: { state: 'invalid' } };
/** Sent, waiting for the server: the entry shows, the button is disabled. */
export const Submitting: WriteStory = { args: { state: 'submitting' } };
/** The server refused: the entry is removed, the message says so. */
export const Refused: WriteStory = { args: { state: 'refused' } };
/** Logged. */
export const Done: WriteStory = { args: { state: 'done' } };
/** A viewer: no "Log touchpoint". */
export const Viewer: WriteStory = { args: { seat: 'viewer', state: 'empty' } };
/** A practitioner, dark theme. */
export const PractitionerDark: WriteStory = { args: { seat: 'practitioner', state: 'empty', theme: 'dark' } };
