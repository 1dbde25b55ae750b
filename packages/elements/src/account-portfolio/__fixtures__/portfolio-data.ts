/**
 * A recorded-shape `GET /v1/portfolio` answer for the `<account-portfolio>` tests, stories and
 * the render bench: `count` deterministic accounts (default 24) across two roles, three account
 * types and every health band, some without health, renewal or contract value.
 */
import type { Portfolio, PortfolioItem } from '@successkit/core';

const types = [
  { id: 'region', name: 'Region' },
  { id: 'lob', name: 'Line of business' },
  { id: 'product', name: 'Product' },
];
const words = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne', 'Soylent', 'Wonka', 'Aperture'];
const places = ['EMEA', 'Americas', 'APAC', 'Nordics', 'DACH', 'Iberia'];

/** One row `i` of the fixture. */
function item(i: number): PortfolioItem {
  const type = types[i % 3]!;
  const score = i % 7 === 6 ? null : (i * 37) % 101;
  const band = score === null ? null : score < 40 ? 'poor' : score < 70 ? 'average' : 'good';
  const daysToRenewal = i % 9 === 8 ? null : ((i * 53) % 400) - 30;
  const renewal = daysToRenewal === null ? null : new Date(Date.UTC(2026, 10, 30) + daysToRenewal * 86_400_000).toISOString().slice(0, 10);
  return {
    account: { id: `acc-${i + 1}`, name: `${words[i % words.length]} ${places[Math.floor(i / words.length) % places.length]} ${i + 1}`, typeId: type.id, typeName: type.name, parentId: null },
    roles: i % 4 === 0 ? ['CSM', 'Onboarding Manager'] : ['CSM'],
    health: score === null ? null : { score, band },
    renewalDate: renewal,
    daysToRenewal,
    contractValue: i % 11 === 10 ? null : 10_000 + ((i * 7919) % 500) * 1000,
    covered: i % 3 !== 1,
    lastActivityAt: i % 5 === 4 ? null : new Date(Date.UTC(2026, 10, 29) - (i % 40) * 86_400_000).toISOString(),
    openTasks: i % 6,
    overdueTasks: i % 6 === 5 ? 2 : i % 10 === 3 ? 1 : 0,
    keyAttributes: [],
  };
}

/** The caller's portfolio of `count` accounts (0: an empty portfolio). */
export function mockPortfolio(count = 24): Portfolio {
  const items = Array.from({ length: count }, (_, i) => item(i));
  return {
    dataVersion: 42,
    userId: 'u-csm',
    asOf: '2026-11-30T00:00:00.000Z',
    coveragePeriod: { from: '2026-10-31T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z', days: 30 },
    filters: { q: null, role: null, band: null, type: null },
    sort: 'name',
    order: 'asc',
    roles: count ? ['CSM', 'Onboarding Manager'] : [],
    types: count ? types : [],
    total: count,
    accounts: count,
    summary: {
      covered: items.filter((r) => r.covered).length,
      overdueAccounts: items.filter((r) => r.overdueTasks > 0).length,
      renewingIn90Days: items.filter((r) => r.daysToRenewal !== null && r.daysToRenewal >= 0 && r.daysToRenewal <= 90).length,
    },
    items: items.sort((a, b) => a.account.name.localeCompare(b.account.name)),
    nextCursor: null,
  };
}
