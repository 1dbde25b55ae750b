/**
 * Every user-visible text of `<account-tasks>`, in one place (English). A host that needs
 * another language overrides entries of `tasksStrings` before the element renders.
 */

/** Texts of `<account-tasks>`. */
export const tasksStrings = {
  title: 'Tasks',
  filters: 'Filter the tasks',
  status: 'Status',
  statuses: { open: 'Open', overdue: 'Overdue', done: 'Done' } as Record<string, string>,
  all: 'All',
  allCount: (n: number) => `All (${n})`,
  statusCount: (label: string, n: number) => `${label} (${n})`,
  flow: 'Flow',
  allFlows: 'All flows',
  flows: {} as Record<string, string>,
  task: 'Task',
  due: 'Due',
  assignee: 'Assigned to',
  completed: (date: string) => `Completed ${date}`,
  untitled: 'Untitled task',
  loading: 'Loading tasks…',
  error: 'The tasks could not be loaded.',
  retry: 'Retry',
  empty: 'No task matches.',
  // The write controls (contributor: add, complete own; practitioner: also reopen any).
  actions: 'Actions',
  addTitle: 'Add a task',
  fieldTitle: 'Title',
  fieldDue: 'Due',
  add: 'Add task',
  adding: 'Adding…',
  complete: 'Complete',
  reopen: 'Reopen',
  completeTask: (title: string) => `Complete “${title}”`,
  reopenTask: (title: string) => `Reopen “${title}”`,
  required: 'Required',
  invalid: 'Fill in the fields marked required.',
  refused: (reason: string) => `Not saved: ${reason || 'the server refused the change'}. The change was undone.`,
  added: 'Task added.',
  completedDone: 'Task completed.',
  reopenedDone: 'Task reopened.',
  idle: 'Set account-id (and api-base, or wrap the element in <successkit-provider>) to show an account’s tasks.',
};
