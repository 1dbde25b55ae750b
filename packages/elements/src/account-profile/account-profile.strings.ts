/**
 * Every user-visible text of `<account-profile>`, in one place (English). A host that needs
 * another language overrides entries of `profileStrings` before the element renders.
 */

/** Texts of `<account-profile>`. */
export const profileStrings = {
  title: 'Account profile',
  tabs: { overview: 'Overview', attributes: 'All attributes', timeline: 'Timeline', usage: 'Usage', assets: 'Assets' } as Record<string, string>,
  tabList: 'Account profile sections',
  links: 'More about this account',
  breadcrumb: 'Parent accounts',
  health: 'Health',
  noHealth: 'No health score',
  bands: { poor: 'Poor', average: 'Average', good: 'Good' } as Record<string, string>,
  score: (score: number, band: string) => `${score} of 100, ${band}`,
  lifecycle: 'Lifecycle',
  lifecycleName: (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/([a-z])([A-Z])/g, '$1 $2'),
  loading: 'Loading the account…',
  error: 'The account could not be loaded.',
  retry: 'Retry',
  idle: 'Set account-id (and api-base, or wrap the element in <successkit-provider>) to show an account profile.',
};
