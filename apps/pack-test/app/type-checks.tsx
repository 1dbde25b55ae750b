/**
 * Type checks of `@successkit/elements/react` as a React 19 user sees them (type-checked by the
 * pack test, never run): known props and events are typed, wrong ones are errors.
 */
import type {} from '@successkit/elements/react';
import type { AccountSummary } from '@successkit/elements';

export const typed = (
  <successkit-provider api-base="https://cs.example.com" token={null} onsk-token-expired={(event) => event.detail.element}>
    <account-summary
      account-id="a-1"
      theme="dark"
      open={false}
      ref={(element: AccountSummary | null) => void element?.show}
      onsk-feedback={(event) => {
        const vote: 'up' | 'down' = event.detail.vote;
        return vote;
      }}
      onsk-token-expired={(event) => event.detail.element}
    />
    <team-spotlight team-role="CSM" period={30} tv-mode onsk-member-select={(event) => event.detail.userId} />
    <account-health account-id="a-1" />
    <account-hierarchy account-id="a-1" show-own onsk-account-select={(event) => event.detail.accountId} />
    <summary-settings sample-account-id="a-1" onsk-config-saved={(event) => event.detail.version} />
  </successkit-provider>
);

// @ts-expect-error `open` is a boolean.
export const wrongType = <account-summary open="yes" />;
// @ts-expect-error the theme is light, dark or auto.
export const wrongTheme = <account-summary theme="blue" />;
// @ts-expect-error no such property.
export const unknownProp = <account-summary accountID="a-1" />;
// @ts-expect-error the detail of sk-feedback has no `score`.
export const wrongDetail = <account-summary onsk-feedback={(event) => event.detail.score} />;
