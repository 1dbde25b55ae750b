/**
 * `@successkit/elements/react`: types only (the module is empty at run time). It declares every
 * successkit tag in React 19's `JSX.IntrinsicElements`, so `<account-summary account-id="a-1">`
 * type-checks in a React app, with each element's attributes, its property-only inputs (`token`,
 * `apiClient`, `permissions`, `strings`) and its events.
 *
 * React 19 sets a prop as a property when the element has one of that name (`accountId`,
 * `token`), otherwise as an attribute (`account-id`), and adds an event listener for a function
 * prop named `on` + the exact event name: `onsk-feedback={(event) => …}` listens to `sk-feedback`.
 * Property-only inputs take effect in the browser only (server rendering writes attributes).
 * Import the element modules as usual to define the tags; this entry only adds the types.
 *
 * @example
 * ```tsx
 * import '@successkit/elements/successkit-provider';
 * import '@successkit/elements/account-summary';
 * import type {} from '@successkit/elements/react';
 *
 * <successkit-provider api-base="https://cs.example.com" token={token}>
 *   <account-summary account-id="a-1" onsk-feedback={(event) => track(event.detail.vote)} />
 * </successkit-provider>;
 * ```
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { AccountHealthElement } from './account-health/account-health.ts';
import type { AccountHierarchyElement } from './account-hierarchy/account-hierarchy.ts';
import type { AccountSummaryElement } from './account-summary/account-summary.ts';
import type { AccountAssetsElement } from './account-assets/account-assets.ts';
import type { AccountCollectionsElement } from './account-collections/account-collections.ts';
import type { AccountPortfolioElement } from './account-portfolio/account-portfolio.ts';
import type { AccountSupportElement } from './account-support/account-support.ts';
import type { AccountUsageElement } from './account-usage/account-usage.ts';
import type { AccountAttributesElement } from './account-attributes/account-attributes.ts';
import type { AccountChangesElement } from './account-changes/account-changes.ts';
import type { AccountContactsElement } from './account-contacts/account-contacts.ts';
import type { AccountKeyInfoElement } from './account-key-info/account-key-info.ts';
import type { AccountProfileElement } from './account-profile/account-profile.ts';
import type { AccountTasksElement } from './account-tasks/account-tasks.ts';
import type { AccountTeamElement } from './account-team/account-team.ts';
import type { AccountTimelineElement } from './account-timeline/account-timeline.ts';
import type { SkElement } from './shared/sk-element.ts';
import type { SuccessKitProviderElement } from './shared/successkit-provider.ts';
import type { SummarySettingsElement } from './summary-settings/summary-settings.ts';
import type { TeamSpotlightElement } from './team-spotlight/team-spotlight.ts';

/** React 19 event props for custom events: `on` + the event name, exactly as dispatched. */
export type CustomEventProps<Name extends keyof GlobalEventHandlersEventMap> = {
  [K in Name as `on${K}`]?: (event: GlobalEventHandlersEventMap[K]) => void;
};

/** The React props every element accepts: the HTML ones, `ref`, `key` and `children`. */
export type ReactElementProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;

/** What every successkit element (not the provider) accepts. */
export type SkElementProps<E extends SkElement> = ReactElementProps<E> &
  Partial<Pick<E, 'apiBase' | 'theme' | 'token' | 'apiClient'>> & {
    /** Base URL of the successkit API (overrides a provider's). */
    'api-base'?: string;
    /** Colour scheme: `light`, `dark` or `auto`. */
    theme?: E['theme'];
  } & CustomEventProps<'sk-token-expired'>;

/** Props of `<successkit-provider>` (`sk-token-expired` bubbles up to it from every element inside). */
export type SuccessKitProviderProps = ReactElementProps<SuccessKitProviderElement> &
  Partial<Pick<SuccessKitProviderElement, 'apiBase' | 'token'>> & {
    /** Base URL of the successkit API. */
    'api-base'?: string;
  } & CustomEventProps<'sk-token-expired'>;

/** Props of `<account-summary>`. */
export type AccountSummaryProps = SkElementProps<AccountSummaryElement> &
  Partial<Pick<AccountSummaryElement, 'accountId' | 'open' | 'permissions' | 'strings'>> & {
    /** The account to summarise. */
    'account-id'?: string;
  } & CustomEventProps<'sk-summary-loaded' | 'sk-feedback' | 'sk-summary-copied'>;

/** Props of `<summary-settings>`. */
export type SummarySettingsProps = SkElementProps<SummarySettingsElement> &
  Partial<Pick<SummarySettingsElement, 'sampleAccountId' | 'strings'>> & {
    /** The account used for the preview. */
    'sample-account-id'?: string;
  } & CustomEventProps<'sk-config-saved' | 'sk-config-cancelled'>;

/** Props of `<team-spotlight>`. */
export type TeamSpotlightProps = SkElementProps<TeamSpotlightElement> &
  Partial<
    Pick<
      TeamSpotlightElement,
      'teamRole' | 'period' | 'team' | 'accountType' | 'flow' | 'metrics' | 'availableMetrics' | 'tvMode' | 'refreshInterval'
    >
  > & {
    'team-role'?: string;
    'account-type'?: string;
    'available-metrics'?: string;
    'tv-mode'?: boolean;
    'refresh-interval'?: number;
  } & CustomEventProps<'sk-filter-change' | 'sk-member-select'>;

/** Props of `<account-health>`. */
export type AccountHealthProps = SkElementProps<AccountHealthElement> &
  Partial<Pick<AccountHealthElement, 'accountId'>> & {
    'account-id'?: string;
  };

/** Props of `<account-hierarchy>`. */
export type AccountHierarchyProps = SkElementProps<AccountHierarchyElement> &
  Partial<Pick<AccountHierarchyElement, 'accountId' | 'values' | 'showOwn'>> & {
    'account-id'?: string;
    'show-own'?: boolean;
  } & CustomEventProps<'sk-account-select'>;

/** Props of `<account-usage>`. */
export type AccountUsageProps = SkElementProps<AccountUsageElement> &
  Partial<Pick<AccountUsageElement, 'accountId' | 'days' | 'to' | 'scope'>> & {
    'account-id'?: string;
  };

/** Props of `<account-support>`. */
export type AccountSupportProps = SkElementProps<AccountSupportElement> &
  Partial<Pick<AccountSupportElement, 'accountId' | 'status' | 'priority'>> & {
    'account-id'?: string;
  };

/** Props of `<account-collections>`. */
export type AccountCollectionsProps = SkElementProps<AccountCollectionsElement> &
  Partial<Pick<AccountCollectionsElement, 'accountId' | 'collection' | 'heading'>> & {
    'account-id'?: string;
  };

/** Props of `<account-assets>`. */
export type AccountAssetsProps = SkElementProps<AccountAssetsElement> &
  Partial<Pick<AccountAssetsElement, 'accountId' | 'kind'>> & {
    'account-id'?: string;
  };

/** Props of `<account-portfolio>`. */
export type AccountPortfolioProps = SkElementProps<AccountPortfolioElement> &
  Partial<Pick<AccountPortfolioElement, 'hrefTemplate' | 'q' | 'assignmentRole' | 'band' | 'sort' | 'order'>> & {
    'href-template'?: string;
    'assignment-role'?: string;
  } & CustomEventProps<'sk-account-open'>;

/** Props of `<account-profile>`. */
export type AccountProfileProps = SkElementProps<AccountProfileElement> &
  Partial<Pick<AccountProfileElement, 'accountId' | 'tab' | 'links' | 'hrefTemplate' | 'strings'>> & {
    'account-id'?: string;
    'href-template'?: string;
  } & CustomEventProps<'sk-tab-change' | 'sk-account-select'>;

/** Props of `<account-key-info>`. */
export type AccountKeyInfoProps = SkElementProps<AccountKeyInfoElement> &
  Partial<Pick<AccountKeyInfoElement, 'accountId' | 'keys' | 'strings'>> & {
    'account-id'?: string;
  };

/** Props of `<account-attributes>`. */
export type AccountAttributesProps = SkElementProps<AccountAttributesElement> &
  Partial<Pick<AccountAttributesElement, 'accountId' | 'search' | 'strings'>> & {
    'account-id'?: string;
  };

/** Props of `<account-changes>`. */
export type AccountChangesProps = SkElementProps<AccountChangesElement> &
  Partial<Pick<AccountChangesElement, 'accountId' | 'period' | 'asOf' | 'strings'>> & {
    'account-id'?: string;
    'as-of'?: string;
  };

/** Props of `<account-timeline>`. */
export type AccountTimelineProps = SkElementProps<AccountTimelineElement> &
  Partial<Pick<AccountTimelineElement, 'accountId' | 'flow' | 'type' | 'limit' | 'strings'>> & {
    'account-id'?: string;
  };

/** Props of `<account-tasks>`. */
export type AccountTasksProps = SkElementProps<AccountTasksElement> &
  Partial<Pick<AccountTasksElement, 'accountId' | 'status' | 'flow' | 'strings'>> & {
    'account-id'?: string;
  };

/** Props of `<account-team>`. */
export type AccountTeamProps = SkElementProps<AccountTeamElement> &
  Partial<Pick<AccountTeamElement, 'accountId' | 'strings'>> & {
    'account-id'?: string;
  };

/** Props of `<account-contacts>`. */
export type AccountContactsProps = SkElementProps<AccountContactsElement> &
  Partial<Pick<AccountContactsElement, 'accountId' | 'strings'>> & {
    'account-id'?: string;
  };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React 19 declares JSX as a namespace in module 'react'.
  namespace JSX {
    interface IntrinsicElements {
      'successkit-provider': SuccessKitProviderProps;
      'account-summary': AccountSummaryProps;
      'summary-settings': SummarySettingsProps;
      'team-spotlight': TeamSpotlightProps;
      'account-health': AccountHealthProps;
      'account-hierarchy': AccountHierarchyProps;
      'account-usage': AccountUsageProps;
      'account-support': AccountSupportProps;
      'account-collections': AccountCollectionsProps;
      'account-assets': AccountAssetsProps;
      'account-portfolio': AccountPortfolioProps;
      'account-profile': AccountProfileProps;
      'account-key-info': AccountKeyInfoProps;
      'account-attributes': AccountAttributesProps;
      'account-changes': AccountChangesProps;
      'account-timeline': AccountTimelineProps;
      'account-tasks': AccountTasksProps;
      'account-team': AccountTeamProps;
      'account-contacts': AccountContactsProps;
    }
  }
}
