/**
 * Every user-visible text of `<account-team>`, in one place (English). A host that needs
 * another language overrides entries of `teamStrings` before the element renders.
 */

/** Texts of `<account-team>`. */
export const teamStrings = {
  title: 'Account team',
  member: 'Team member',
  role: 'Role',
  teams: 'Teams',
  manager: 'Manager',
  seat: 'Seat',
  seats: { practitioner: 'Practitioner', contributor: 'Contributor', viewer: 'Viewer' } as Record<string, string>,
  none: '–',
  members: (n: number) => (n === 1 ? '1 assignment' : `${n} assignments`),
  loading: 'Loading the account team…',
  error: 'The account team could not be loaded.',
  retry: 'Retry',
  empty: 'Nobody is assigned to this account.',
  idle: 'Set account-id (and api-base, or wrap the element in <successkit-provider>) to show an account’s team.',
};
