/**
 * Every user-visible text of `<account-usage>`, in one place (English). A host that needs
 * another language overrides entries of `usageStrings` before the element renders.
 */

/** Texts of `<account-usage>`. */
export const usageStrings = {
  title: 'Usage',
  period: 'Period',
  periods: { 30: 'Last 30 days', 90: 'Last 90 days', 180: 'Last 180 days', 365: 'Last 12 months' } as Record<number, string>,
  averageActiveUsers: 'Active users (daily average)',
  activeDays: 'Active days',
  activeDaysOf: (active: number, days: number) => `${active} of ${days}`,
  events: 'Events',
  activeUsersOverTime: (granularity: string) => `Active users, ${granularity === 'week' ? 'week by week' : 'day by day'}`,
  activeDaysOverTime: (granularity: string) => `Active days, ${granularity === 'week' ? 'per week' : 'per day'}`,
  seriesTable: 'Usage over time',
  bucket: (granularity: string) => (granularity === 'week' ? 'Week starting' : 'Day'),
  activeUsers: 'Active users',
  topModules: 'Top modules',
  module: 'Module',
  topUsers: 'Top end users',
  user: 'End user',
  lastSeen: 'Last seen',
  share: 'Share',
  unnamed: 'Unnamed user',
  never: '—',
  noModules: 'No module usage in this period.',
  noUsers: 'No end-user activity in this period.',
  scopeSubtree: (accounts: number) => `This account and its sub-accounts (${accounts} with usage)`,
  scopeAccount: 'This account only',
  pointTitle: (when: string, value: string) => `${when}: ${value}`,
  loading: 'Loading usage…',
  error: 'The usage could not be loaded.',
  retry: 'Retry',
  empty: 'No usage in this period.',
  noAccount: 'Set account-id (and api-base, or wrap the element in <successkit-provider>) to show an account’s usage.',
};
