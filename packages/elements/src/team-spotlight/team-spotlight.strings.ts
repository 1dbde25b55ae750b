/**
 * Every user-visible text of `<team-spotlight>`, in one place (English). A host that needs
 * another language overrides entries of `spotlightStrings` before the element renders.
 */

/** Texts of `<team-spotlight>`. */
export const spotlightStrings = {
  title: 'Team spotlight',
  filters: 'Filters',
  role: 'Team role',
  period: 'Period',
  periodOption: (days: number) => `Last ${days} days`,
  periodRange: (from: string, to: string) => `${from} – ${to}`,
  team: 'Team',
  allTeams: 'All teams',
  accountType: 'Account type',
  allAccountTypes: 'All account types',
  flow: 'Flow',
  allFlows: 'All flows',
  metricColumn: 'Metric column',
  noMetric: 'None',
  metricNames: { licenseUtilization: 'License utilization', contractValue: 'Contract value' } as Record<string, string>,
  summary: 'Team summary',
  activityVolume: 'Activity volume',
  coverage: 'Account coverage',
  coverageValue: (covered: number, accounts: number) => `${covered} of ${accounts}`,
  activeDays: 'Average active days',
  activeUsers: 'Average active users',
  change: (direction: 'up' | 'down' | 'flat', amount: string) =>
    direction === 'flat' ? 'No change against the previous period' : `${direction === 'up' ? 'Up' : 'Down'} ${amount} against the previous period`,
  members: 'Team members',
  membersCaption: (role: string, count: number) => `${count} team members with the role ${role}`,
  name: 'Name',
  activeDaysShort: 'Active days',
  activeUsersShort: 'Active users',
  health: 'Health',
  healthBar: (poor: number, average: number, good: number, none: number) =>
    `${poor} poor, ${average} average, ${good} good${none ? `, ${none} without health data` : ''}`,
  healthChange: (good: number, poor: number) => `Since the period start: good ${signed(good)}, poor ${signed(poor)}`,
  volumeBar: (total: number, parts: string) => `${total} activities${parts ? `: ${parts}` : ''}`,
  flowLegend: 'Flows',
  sortBy: (column: string) => `Sort by ${column}`,
  openMember: (name: string) => `Show the accounts of ${name}`,
  loading: 'Loading team spotlight…',
  updating: 'Updating…',
  error: 'The team spotlight could not be loaded.',
  retry: 'Retry',
  empty: (role: string) => `No team members have the role ${role} for these filters.`,
  noConnection: 'Set api-base (or wrap the element in <successkit-provider>) to load the team spotlight.',
  drilldownTitle: (name: string) => `Accounts of ${name}`,
  close: 'Close',
  drilldownTabs: 'Account lists',
  covered: 'Covered',
  notCovered: 'Not covered',
  overdue: 'Has overdue tasks',
  account: 'Account',
  lastActivity: 'Last activity',
  overdueTasks: 'Overdue tasks',
  never: 'Never',
  noHealth: 'No data',
  bands: { poor: 'Poor', average: 'Average', good: 'Good' } as Record<string, string>,
  drilldownLoading: 'Loading accounts…',
  drilldownError: 'The accounts could not be loaded.',
  drilldownEmpty: 'No accounts in this list.',
  pages: 'Pages',
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
};

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}
