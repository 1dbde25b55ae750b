/**
 * Every user-visible text of `<account-portfolio>`, in one place (English). A host that needs
 * another language overrides entries of `portfolioStrings` before the element renders.
 */

/** Texts of `<account-portfolio>`. */
export const portfolioStrings = {
  title: 'My accounts',
  search: 'Search accounts',
  role: 'Role',
  band: 'Health',
  any: 'Any',
  bands: { poor: 'Poor', average: 'Average', good: 'Good', none: 'No data' } as Record<string, string>,
  columns: {
    name: 'Account',
      roles: 'My roles',
    healthScore: 'Health',
    renewalDate: 'Renewal',
    contractValue: 'Contract value',
    covered: 'Covered',
    openTasks: 'Open tasks',
  } as Record<string, string>,
  table: 'Accounts',
  region: 'Accounts (scrolls)',
  figures: (shown: number, total: number, covered: number, overdue: number, renewing: number) =>
    `${shown === total ? `${total} accounts` : `${shown} of ${total} accounts`} · ${covered} covered in the last 30 days · ${overdue} with overdue tasks · ${renewing} renewing within 90 days`,
  yes: 'Yes',
  no: 'No',
  noValue: '—',
  overdue: (n: number) => `${n} overdue`,
  inDays: (days: number) => (days === 0 ? 'today' : days > 0 ? `in ${days} d` : `${-days} d ago`),
  truncated: (n: number) => `Showing the first ${n} accounts.`,
  noMatch: 'No account matches these filters.',
  loading: 'Loading your accounts…',
  error: 'Your accounts could not be loaded.',
  retry: 'Retry',
  empty: 'No accounts are assigned to you.',
  // The task panel (contributors and practitioners: add, complete, reopen through <account-tasks>).
  tasksShort: 'Tasks',
  tasksOf: (name: string) => `Tasks of ${name}`,
  noApi: 'Set api-base (or wrap the element in <successkit-provider>) to show your accounts.',
};
