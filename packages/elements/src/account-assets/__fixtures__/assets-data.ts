/**
 * A recorded-shape `GET /v1/accounts/:id/assets` answer for the `<account-assets>` tests and
 * stories: documents and links, one of them with a URL that is not a web address (a store
 * older than the dataset check, or a misbehaving server), which the element must not link.
 */
import type { AccountAssets } from '@successkit/core';

/** The assets of `accountId` (`empty`: none). */
export function mockAccountAssets(accountId: string, options: { empty?: boolean } = {}): AccountAssets {
  return {
    dataVersion: 42,
    accountId,
    assets: options.empty
      ? []
      : [
          { id: 'as-1', name: 'Success plan FY27', url: 'https://docs.example.com/plans/fy27', kind: 'document', addedBy: { id: 'u-3', name: 'Mira Patel' }, addedAt: '2026-11-28T10:00:00.000Z' },
          { id: 'as-2', name: 'QBR deck, Q3', url: 'https://docs.example.com/qbr/q3.pdf', kind: 'document', addedBy: { id: 'u-5', name: 'Tom Berg' }, addedAt: '2026-10-02T09:30:00.000Z' },
          { id: 'as-3', name: 'Customer status page', url: 'http://status.customer.example/', kind: 'link', addedBy: null, addedAt: '2026-09-14T12:00:00.000Z' },
          { id: 'as-4', name: 'Suspicious link', url: 'javascript:alert(document.cookie)', kind: 'link', addedBy: null, addedAt: '2026-09-01T12:00:00.000Z' },
        ],
  };
}
