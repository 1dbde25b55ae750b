/**
 * Every user-visible text of `<account-support>`, in one place (English). A host that needs
 * another language overrides entries of `supportStrings` before the element renders.
 */

/** Texts of `<account-support>`. */
export const supportStrings = {
  title: 'Support tickets',
  byStatus: 'Tickets by status',
  byPriority: 'Unsolved tickets by priority',
  status: { open: 'Open', pending: 'Pending', solved: 'Solved' } as Record<string, string>,
  priority: { urgent: 'Urgent', high: 'High', normal: 'Normal', low: 'Low' } as Record<string, string>,
  statusFilter: 'Status',
  priorityFilter: 'Priority',
  any: 'Any',
  tickets: 'Tickets',
  subject: 'Subject',
  opened: 'Opened',
  solved: 'Solved',
  noSubject: '(no subject)',
  notSolved: '—',
  shown: (n: number) => (n === 1 ? '1 ticket' : `${n} tickets`),
  noneMatch: 'No ticket matches these filters.',
  loading: 'Loading support tickets…',
  error: 'The support tickets could not be loaded.',
  retry: 'Retry',
  empty: 'This account has no support tickets.',
  noAccount: 'Set account-id (and api-base, or wrap the element in <successkit-provider>) to show an account’s support tickets.',
};
