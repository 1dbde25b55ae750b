/**
 * Every user-visible text of `<account-changes>`, in one place (English). A host that needs
 * another language overrides entries of `changesStrings` before the element renders.
 */

/** Texts of `<account-changes>`. */
export const changesStrings = {
  title: 'Recent changes',
  period: 'Period',
  periods: (days: number) => (days === 365 ? 'Last 12 months' : `Last ${days} days`),
  attribute: 'Attribute',
  change: 'Change',
  from: 'from',
  to: 'to',
  by: 'By',
  when: 'When',
  service: (name: string) => `${name} (integration)`,
  unknownActor: 'Not recorded',
  loading: 'Loading recent changes…',
  error: 'The recent changes could not be loaded.',
  retry: 'Retry',
  empty: 'Nothing changed in this period.',
  idle: 'Set account-id (and api-base, or wrap the element in <successkit-provider>) to show an account’s recent changes.',
  yes: 'Yes',
  no: 'No',
  none: '–',
};
