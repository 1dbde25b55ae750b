/**
 * A recorded-shape `GET /v1/accounts/:id/tickets` answer for the `<account-support>` tests and
 * stories: eight tickets across every status and priority, filtered as the server filters.
 */
import type { AccountTicket, AccountTickets } from '@successkit/core';

const tickets: AccountTicket[] = [
  { id: 't-1', subject: 'SSO login fails for EU users', priority: 'urgent', status: 'open', openedAt: '2026-11-20T09:00:00.000Z', solvedAt: null },
  { id: 't-2', subject: 'Export to CSV times out', priority: 'high', status: 'open', openedAt: '2026-11-12T14:30:00.000Z', solvedAt: null },
  { id: 't-3', subject: 'Invoice shows wrong VAT', priority: 'high', status: 'pending', openedAt: '2026-11-18T08:15:00.000Z', solvedAt: null },
  { id: 't-4', subject: null, priority: 'normal', status: 'pending', openedAt: '2026-11-25T16:00:00.000Z', solvedAt: null },
  { id: 't-5', subject: 'Add a second admin', priority: 'low', status: 'open', openedAt: '2026-11-27T11:00:00.000Z', solvedAt: null },
  { id: 't-6', subject: 'Dashboard widget missing', priority: 'normal', status: 'solved', openedAt: '2026-11-02T10:00:00.000Z', solvedAt: '2026-11-04T10:00:00.000Z' },
  { id: 't-7', subject: '<b>Alert</b> emails delayed', priority: 'high', status: 'solved', openedAt: '2026-10-21T10:00:00.000Z', solvedAt: '2026-10-22T18:00:00.000Z' },
  { id: 't-8', subject: 'API rate limit question', priority: 'low', status: 'solved', openedAt: '2026-10-01T10:00:00.000Z', solvedAt: '2026-10-03T09:00:00.000Z' },
];

/** The tickets of `accountId`, optionally filtered (`empty`: an account without tickets). */
export function mockAccountTickets(accountId: string, query: { status?: string; priority?: string; empty?: boolean } = {}): AccountTickets {
  const all = query.empty ? [] : tickets;
  const unsolved = all.filter((t) => t.status !== 'solved');
  const count = (list: AccountTicket[], key: 'status' | 'priority', value: string) => list.filter((t) => t[key] === value).length;
  return {
    dataVersion: 42,
    accountId,
    byStatus: { open: count(all, 'status', 'open'), pending: count(all, 'status', 'pending'), solved: count(all, 'status', 'solved') },
    byPriority: { low: count(unsolved, 'priority', 'low'), normal: count(unsolved, 'priority', 'normal'), high: count(unsolved, 'priority', 'high'), urgent: count(unsolved, 'priority', 'urgent') },
    filters: { status: (query.status as AccountTicket['status']) ?? null, priority: (query.priority as AccountTicket['priority']) ?? null },
    tickets: all.filter((t) => (!query.status || t.status === query.status) && (!query.priority || t.priority === query.priority)),
  };
}
