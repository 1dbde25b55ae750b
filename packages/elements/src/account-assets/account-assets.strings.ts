/**
 * Every user-visible text of `<account-assets>`, in one place (English). A host that needs
 * another language overrides entries of `assetsStrings` before the element renders.
 */

/** Texts of `<account-assets>`. */
export const assetsStrings = {
  title: 'Documents and links',
  kindFilter: 'Show',
  kinds: { all: 'All', document: 'Documents', link: 'Links' } as Record<string, string>,
  kindLabel: { document: 'Document', link: 'Link' } as Record<string, string>,
  added: (when: string, by: string | null) => (by ? `Added ${when} by ${by}` : `Added ${when}`),
  opensInNewTab: '(opens in a new tab)',
  unsafe: 'Not a web address; not linked:',
  count: (shown: number, total: number) => (shown === total ? `${total} items` : `${shown} of ${total} items`),
  noneOfKind: 'Nothing of this kind.',
  loading: 'Loading documents and links…',
  error: 'The documents and links could not be loaded.',
  retry: 'Retry',
  empty: 'No documents or links for this account yet.',
  noAccount: 'Set account-id (and api-base, or wrap the element in <successkit-provider>) to show an account’s documents and links.',
};
