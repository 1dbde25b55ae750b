/**
 * Every user-visible text of `<account-collections>`, in one place (English). A host that needs
 * another language overrides entries of `collectionsStrings` (or adds names to `collectionNames`
 * and `fieldNames`) before the element renders.
 */

/** Texts of `<account-collections>`. */
export const collectionsStrings = {
  title: 'Records',
  name: 'Name',
  records: (n: number) => (n === 1 ? '1 record' : `${n} records`),
  /** Display names of known collections; others are shown from their key ("supportPlans" → "Support plans"). */
  collectionNames: { opportunities: 'Opportunities', licences: 'Licences', licenses: 'Licenses', contracts: 'Contracts', projects: 'Projects' } as Record<string, string>,
  /** Display names of known field keys; others are shown from their key ("closeDate" → "Close date"). */
  fieldNames: {} as Record<string, string>,
  yes: 'Yes',
  no: 'No',
  noValue: '—',
  noCollection: (name: string) => `This account has no “${name}” records.`,
  loading: 'Loading records…',
  error: 'The records could not be loaded.',
  retry: 'Retry',
  empty: 'This account has no records.',
  noAccount: 'Set account-id (and api-base, or wrap the element in <successkit-provider>) to show an account’s records.',
};
