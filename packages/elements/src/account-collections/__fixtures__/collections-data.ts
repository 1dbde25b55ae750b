/**
 * A recorded-shape `GET /v1/accounts/:id/collections` answer for the `<account-collections>`
 * tests and stories: CRM opportunities and licences, with every value type.
 */
import type { AccountCollections } from '@successkit/core';

/** The collections of `accountId` (`empty`: none). */
export function mockAccountCollections(accountId: string, options: { empty?: boolean } = {}): AccountCollections {
  return {
    dataVersion: 42,
    accountId,
    collections: options.empty
      ? []
      : [
          {
            collection: 'licences',
            fields: ['product', 'seats', 'autoRenew'],
            items: [
              { id: 'lic-1', name: 'Analytics Pro', fields: { product: 'Analytics', seats: 250, autoRenew: true } },
              { id: 'lic-2', name: 'Alerts Add-on', fields: { product: 'Alerts', seats: 40, autoRenew: false } },
            ],
          },
          {
            collection: 'opportunities',
            fields: ['stage', 'amount', 'closeDate', 'probability'],
            items: [
              { id: 'opp-1', name: 'Expansion: 100 seats', fields: { stage: 'Negotiation', amount: 48000, closeDate: '2027-01-15', probability: 0.6 } },
              { id: 'opp-2', name: 'Renewal FY27', fields: { stage: 'Proposal', amount: 210000, closeDate: '2027-03-01', probability: 0.85 } },
              { id: 'opp-3', name: '<script>alert(1)</script>', fields: { stage: 'Qualification', amount: null, closeDate: null } },
            ],
          },
        ],
  };
}
