/**
 * Every user-visible text of `<account-health>`, in one place (English). A host that needs
 * another language overrides entries of `healthStrings` before the element renders.
 */

/** Texts of `<account-health>`. */
export const healthStrings = {
  title: 'Account health',
  overall: 'Overall health',
  outOf: 'out of 100',
  bands: { poor: 'Poor', average: 'Average', good: 'Good' } as Record<string, string>,
  noBand: 'No data',
  coverage: (percent: string) => `Data coverage ${percent}`,
  fromChildren: 'From the health of its child accounts',
  trend: { up: 'Improving', down: 'Declining', flat: 'Stable' } as Record<string, string>,
  trendOver: (weeks: number) => `over the last ${weeks} weeks`,
  dimensions: 'Health dimensions',
  childBandsByCount: 'Child accounts by band (each counts the same)',
  childBandsByValue: 'Child accounts by band (weighted by their value)',
  childShare: 'Share',
  noDimensions: 'This health profile has no dimensions.',
  dimension: 'Dimension',
  score: 'Score',
  band: 'Band',
  weight: 'Weight',
  effectiveWeight: 'Counts for',
  dataCoverage: 'Data coverage',
  noScore: 'No data',
  history: 'Weekly health, last 52 weeks',
  historyTable: 'Weekly health, week by week',
  week: 'Week starting',
  upsell: 'Upsell',
  upsellYes: 'Yes',
  upsellNo: 'No',
  legend: 'Legend',
  loading: 'Loading account health…',
  error: 'The account health could not be loaded.',
  retry: 'Retry',
  noHealth: 'This account has no health score yet.',
  noAccount: 'Set account-id (and api-base, or wrap the element in <successkit-provider>) to show an account’s health.',
};
