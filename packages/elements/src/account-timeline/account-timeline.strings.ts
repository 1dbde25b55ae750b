/**
 * Every user-visible text of `<account-timeline>`, in one place (English). A host that needs
 * another language overrides entries of `timelineStrings` before the element renders.
 */

/** Texts of `<account-timeline>`. */
export const timelineStrings = {
  title: 'Timeline',
  filters: 'Filter the timeline',
  flow: 'Flow',
  type: 'Type',
  allFlows: 'All flows',
  allTypes: 'All types',
  types: { task: 'Task', call: 'Call', email: 'Email', meeting: 'Meeting' } as Record<string, string>,
  flows: {} as Record<string, string>,
  sentiment: { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' } as Record<string, string>,
  taskStatus: { open: 'Open', overdue: 'Overdue', done: 'Done' } as Record<string, string>,
  noSubject: 'No subject',
  untitled: 'Untitled task',
  by: (name: string) => `by ${name}`,
  due: (date: string) => `due ${date}`,
  shown: (shown: number, total: number) => (shown === total ? `${total} entries` : `${shown} of ${total} entries`),
  more: 'Show more',
  loading: 'Loading the timeline…',
  error: 'The timeline could not be loaded.',
  retry: 'Retry',
  empty: 'Nothing on the timeline yet.',
  // The "Log touchpoint" form (contributors and practitioners).
  logTouchpoint: 'Log touchpoint',
  fieldSubject: 'Subject',
  fieldSentiment: 'Sentiment',
  noSentiment: 'Not given',
  fieldDate: 'Date',
  log: 'Log',
  logging: 'Logging…',
  required: 'Required',
  invalid: 'Fill in the fields marked required.',
  refused: (reason: string) => `Not saved: ${reason || 'the server refused the touchpoint'}. The entry was removed.`,
  logged: 'Touchpoint logged.',
  pendingUser: 'you',
  idle: 'Set account-id (and api-base, or wrap the element in <successkit-provider>) to show an account’s timeline.',
};
