/**
 * Every user-visible text of `<account-hierarchy>`, in one place (English). A host that needs
 * another language overrides entries of `hierarchyStrings` before the element renders.
 */

/** Texts of `<account-hierarchy>`. */
export const hierarchyStrings = {
  title: 'Account hierarchy',
  tree: (name: string) => `Accounts under ${name}`,
  showOwn: 'Show own values',
  own: 'own',
  loading: 'Loading account hierarchy…',
  loadingChildren: 'Loading…',
  childrenError: 'Could not load the child accounts. Press the right arrow to try again.',
  error: 'The account hierarchy could not be loaded.',
  retry: 'Retry',
  noAccount: 'Set account-id (and api-base, or wrap the element in <successkit-provider>) to show an account hierarchy.',
  empty: '–',
  yes: 'Yes',
  no: 'No',
  children: (n: number) => (n === 1 ? '1 child account' : `${n} child accounts`),
};
