/**
 * The support tickets of an account (`GET /v1/accounts/:id/tickets`, version-2 `tickets`):
 * unsolved first — most urgent, then oldest — then solved, newest first; counts by status over
 * all of them and by priority over the unsolved ones, whatever the filter.
 */
import type { AccountTickets } from '../api/profile-api.ts';
import type { Ticket } from '../dataset/schema.ts';
import type { DatasetModel } from '../model/dataset-model.ts';

const urgency: Record<Ticket['priority'], number> = { urgent: 0, high: 1, normal: 2, low: 3 };

function compareTickets(a: Ticket, b: Ticket): number {
  const solvedA = a.status === 'solved';
  const solvedB = b.status === 'solved';
  if (solvedA !== solvedB) return solvedA ? 1 : -1;
  if (solvedA) return Date.parse(b.solvedAt ?? b.openedAt) - Date.parse(a.solvedAt ?? a.openedAt) || (a.id < b.id ? -1 : 1);
  return urgency[a.priority] - urgency[b.priority] || Date.parse(a.openedAt) - Date.parse(b.openedAt) || (a.id < b.id ? -1 : 1);
}

/** Query of `buildAccountTickets`. */
export interface AccountTicketsOptions {
  status?: Ticket['status'];
  priority?: Ticket['priority'];
}

/**
 * The tickets view of one account.
 *
 * @example
 * ```ts
 * const { byStatus, tickets } = buildAccountTickets(model, 'acme', { status: 'open' });
 * ```
 */
export function buildAccountTickets(model: DatasetModel, accountId: string, options: AccountTicketsOptions = {}): AccountTickets {
  const all = model.index.ticketsByAccount.get(accountId) ?? [];
  const byStatus = { open: 0, pending: 0, solved: 0 };
  const byPriority = { low: 0, normal: 0, high: 0, urgent: 0 };
  for (const ticket of all) {
    byStatus[ticket.status]++;
    if (ticket.status !== 'solved') byPriority[ticket.priority]++;
  }
  const tickets = all
    .filter((t) => (!options.status || t.status === options.status) && (!options.priority || t.priority === options.priority))
    .sort(compareTickets)
    .map((t) => ({ id: t.id, subject: t.subject ?? null, priority: t.priority, status: t.status, openedAt: t.openedAt, solvedAt: t.solvedAt ?? null }));
  return {
    dataVersion: model.dataVersion,
    accountId,
    byStatus,
    byPriority,
    filters: { status: options.status ?? null, priority: options.priority ?? null },
    tickets,
  };
}
