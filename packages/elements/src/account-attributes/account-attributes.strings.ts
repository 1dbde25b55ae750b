/**
 * Every user-visible text of `<account-attributes>`, in one place (English). A host that needs
 * another language overrides entries of `attributesStrings` before the element renders.
 */
import { attributeEditStrings } from '../shared/attribute-edit.ts';

/** Texts of `<account-attributes>`. */
export const attributesStrings = {
  title: 'All attributes',
  search: 'Search attributes',
  searchHint: 'Filters by name, key and value as you type',
  attribute: 'Attribute',
  own: 'This account',
  rolledUp: 'With child accounts',
  categories: {
    keyInfo: 'Key information',
    valueMetrics: 'Value metrics',
    health: 'Health',
    custom: 'Custom',
    system: 'System',
  } as Record<string, string>,
  restricted: 'Restricted',
  restrictedHint: 'Visible to people assigned to this account and to admins',
  shown: (shown: number, total: number) => (shown === total ? `${total} attributes` : `${shown} of ${total} attributes match`),
  noMatch: (query: string) => `No attribute matches “${query}”.`,
  loading: 'Loading attributes…',
  error: 'The attributes could not be loaded.',
  retry: 'Retry',
  empty: 'This account has no attribute you may see.',
  idle: 'Set account-id (and api-base, or wrap the element in <successkit-provider>) to show an account’s attributes.',
  // Inline editing of `editable` attributes (practitioners), shared with the other element that edits them.
  ...attributeEditStrings,
};
