/**
 * `@successkit/elements`: the element classes, without defining any tag (no side effects), so a
 * host can register them under its own names. Import `@successkit/elements/define` to define
 * every tag, or `@successkit/elements/<element>` to define one.
 */
export { SuccessKitProviderElement, SuccessKitProvider } from './shared/successkit-provider.ts';
export { SkElement } from './shared/sk-element.ts';
export { ApiTask } from './shared/api-task.ts';
export type { ApiCall, ApiTaskContext, ApiTaskOptions } from './shared/api-task.ts';
export { renderTaskStates, panelHeader } from './shared/api-states.ts';
export type { StateTexts, StateRenderers } from './shared/api-states.ts';
export type { TokenExpiredDetail } from './shared/sk-element.ts';
export type { ApiConnection } from './shared/api-context.ts';
export { themeStyles, panelStyles } from './shared/theme.ts';
export { formatRelative } from './shared/relative-time.ts';
export { AccountSummaryElement, AccountSummary } from './account-summary/account-summary.ts';
export type { FeedbackDetail } from './account-summary/account-summary.ts';
export { accountSummaryStrings } from './account-summary/account-summary.strings.ts';
export type { AccountSummaryStrings } from './account-summary/account-summary.strings.ts';
export { JobProgressController } from './account-summary/job-progress-controller.ts';
export type { JobStream, JobProgressCallbacks } from './account-summary/job-progress-controller.ts';
export { permissionsFromToken } from './account-summary/token-permissions.ts';
export type { SummaryPermissions } from './account-summary/token-permissions.ts';
export { SummarySettingsElement, SummarySettings } from './summary-settings/summary-settings.ts';
export { summarySettingsStrings } from './summary-settings/summary-settings.strings.ts';
export type { SummarySettingsStrings } from './summary-settings/summary-settings.strings.ts';
export { TeamSpotlightElement } from './team-spotlight/team-spotlight.ts';
export type { MemberSelectDetail, SpotlightFilterChangeDetail } from './team-spotlight/team-spotlight.ts';
export { spotlightStrings } from './team-spotlight/team-spotlight.strings.ts';
export { sortMembers, healthIndex } from './team-spotlight/member-sort.ts';
export type { MemberSortKey, SortOrder } from './team-spotlight/member-sort.ts';
export { AccountHealthElement } from './account-health/account-health.ts';
export { healthStrings } from './account-health/account-health.strings.ts';
export { AccountHierarchyElement } from './account-hierarchy/account-hierarchy.ts';
export type { AccountSelectDetail } from './account-hierarchy/account-hierarchy.ts';
export { hierarchyStrings } from './account-hierarchy/account-hierarchy.strings.ts';
export { AccountUsageElement } from './account-usage/account-usage.ts';
export { usageStrings } from './account-usage/account-usage.strings.ts';
export { AccountSupportElement } from './account-support/account-support.ts';
export { supportStrings } from './account-support/account-support.strings.ts';
export { AccountCollectionsElement } from './account-collections/account-collections.ts';
export { collectionsStrings } from './account-collections/account-collections.strings.ts';
export { AccountAssetsElement } from './account-assets/account-assets.ts';
export { assetsStrings } from './account-assets/account-assets.strings.ts';
export { AccountPortfolioElement } from './account-portfolio/account-portfolio.ts';
export { portfolioStrings } from './account-portfolio/account-portfolio.strings.ts';
export type { AccountOpenDetail } from './account-portfolio/account-portfolio.ts';
