/**
 * Every user-visible text of `<account-contacts>`, in one place (English). A host that needs
 * another language overrides entries of `contactsStrings` before the element renders.
 */

/** Texts of `<account-contacts>`. */
export const contactsStrings = {
  title: 'Contacts',
  nps: 'NPS',
  noNps: 'No NPS',
  npsOf: (score: string) => `NPS ${score}`,
  distribution: 'NPS of the contacts',
  average: (value: string, count: number) => `Average ${value} over ${count} contacts`,
  range: (min: string, max: string) => `from ${min} to ${max}`,
  bin: (from: number, to: number) => `${from} to ${to}`,
  binCount: (n: number) => (n === 1 ? '1 contact' : `${n} contacts`),
  email: 'E-mail',
  phone: 'Phone',
  alsoAt: 'Also a contact of',
  count: (n: number) => (n === 1 ? '1 contact' : `${n} contacts`),
  loading: 'Loading contacts…',
  error: 'The contacts could not be loaded.',
  retry: 'Retry',
  empty: 'No contact is linked to this account.',
  idle: 'Set account-id (and api-base, or wrap the element in <successkit-provider>) to show an account’s contacts.',
};
