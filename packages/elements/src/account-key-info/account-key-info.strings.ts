/**
 * Every user-visible text of `<account-key-info>`, in one place (English). A host that needs
 * another language overrides entries of `keyInfoStrings` before the element renders.
 */
import { attributeEditStrings } from '../shared/attribute-edit.ts';

/** Texts of `<account-key-info>`. */
export const keyInfoStrings = {
  title: 'Key information',
  own: 'This account',
  rolledUp: 'With child accounts',
  restricted: 'Restricted',
  restrictedHint: 'Visible to people assigned to this account and to admins',
  loading: 'Loading key information…',
  error: 'The key information could not be loaded.',
  retry: 'Retry',
  empty: 'No key information is set for this account.',
  idle: 'Set account-id (and api-base, or wrap the element in <successkit-provider>) to show an account’s key information.',
  // Inline editing of `editable` attributes (practitioners), shared with the other element that edits them.
  ...attributeEditStrings,
};
