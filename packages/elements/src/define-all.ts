/**
 * Side-effect entry: defines every successkit tag. The tags are defined here, not by importing
 * each `<name>/define.ts`, so the bundler keeps this code in this entry module rather than in a
 * chunk shared with the per-element entries (which would then have to be marked as having side
 * effects).
 */
import { AccountHealthElement } from './account-health/account-health.ts';
import { AccountHierarchyElement } from './account-hierarchy/account-hierarchy.ts';
import { AccountSummaryElement } from './account-summary/account-summary.ts';
import { AccountUsageElement } from './account-usage/account-usage.ts';
import { AccountSupportElement } from './account-support/account-support.ts';
import { AccountCollectionsElement } from './account-collections/account-collections.ts';
import { AccountAssetsElement } from './account-assets/account-assets.ts';
import { AccountPortfolioElement } from './account-portfolio/account-portfolio.ts';
import { AccountProfileElement } from './account-profile/account-profile.ts';
import { AccountKeyInfoElement } from './account-key-info/account-key-info.ts';
import { AccountAttributesElement } from './account-attributes/account-attributes.ts';
import { AccountChangesElement } from './account-changes/account-changes.ts';
import { AccountTimelineElement } from './account-timeline/account-timeline.ts';
import { AccountTasksElement } from './account-tasks/account-tasks.ts';
import { AccountTeamElement } from './account-team/account-team.ts';
import { AccountContactsElement } from './account-contacts/account-contacts.ts';
import { defineElement } from './shared/define.ts';
import { SuccessKitProviderElement } from './shared/successkit-provider.ts';
import { SummarySettingsElement } from './summary-settings/summary-settings.ts';
import { TeamSpotlightElement } from './team-spotlight/team-spotlight.ts';

defineElement('successkit-provider', SuccessKitProviderElement);
defineElement('account-summary', AccountSummaryElement);
defineElement('summary-settings', SummarySettingsElement);
defineElement('team-spotlight', TeamSpotlightElement);
defineElement('account-health', AccountHealthElement);
defineElement('account-hierarchy', AccountHierarchyElement);
defineElement('account-usage', AccountUsageElement);
defineElement('account-support', AccountSupportElement);
defineElement('account-collections', AccountCollectionsElement);
defineElement('account-assets', AccountAssetsElement);
defineElement('account-portfolio', AccountPortfolioElement);
defineElement('account-profile', AccountProfileElement);
defineElement('account-key-info', AccountKeyInfoElement);
defineElement('account-attributes', AccountAttributesElement);
defineElement('account-changes', AccountChangesElement);
defineElement('account-timeline', AccountTimelineElement);
defineElement('account-tasks', AccountTasksElement);
defineElement('account-team', AccountTeamElement);
defineElement('account-contacts', AccountContactsElement);
