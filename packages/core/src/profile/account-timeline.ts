/**
 * An account's timeline (`GET /v1/accounts/:id/timeline`): its touchpoints up to `asOf` and its
 * tasks (placed at their completion when done, else at their due time), newest first, filtered
 * by flow and by type (a touchpoint type, or `task`), paged by an offset cursor. The flows and
 * types on the whole timeline come along for the filter pickers.
 */
import type { AccountTimeline, TimelineItem } from '../api/profile-api.ts';
import type { DatasetModel } from '../model/dataset-model.ts';
import { accountTask } from './account-tasks.ts';
import { pageOf, userRef } from './view-parts.ts';

/** Query of `buildAccountTimeline`. */
export interface AccountTimelineOptions {
  asOf: string;
  flow?: string;
  /** A touchpoint type, or `task`. */
  type?: string;
  /** Page size (default 50). */
  limit?: number;
  cursor?: string;
}

/**
 * The timeline of one account.
 *
 * @throws {ProfileQueryError} for a cursor past the end.
 * @example
 * ```ts
 * const page = buildAccountTimeline(model, 'acme', { asOf, flow: 'renewal' });
 * page.items.map((item) => `${item.at} ${item.type}`);
 * ```
 */
export function buildAccountTimeline(model: DatasetModel, accountId: string, options: AccountTimelineOptions): AccountTimeline {
  const { index } = model;
  const t = Date.parse(options.asOf);
  const all: (TimelineItem & { t: number })[] = [];
  for (const tp of index.touchpointsByAccount.get(accountId) ?? []) {
    const at = Date.parse(tp.at);
    if (at > t) continue;
    all.push({
      kind: 'touchpoint', id: tp.id, at: tp.at, t: at, flow: tp.flow, type: tp.type,
      subject: tp.subject ?? null, sentiment: tp.sentiment ?? null, user: userRef(model, tp.userId),
    });
  }
  for (const task of index.tasksByAccount.get(accountId) ?? []) {
    const view = accountTask(model, task, t);
    const at = view.completedAt ?? view.dueAt;
    all.push({ ...view, kind: 'task', type: 'task', at, t: Date.parse(at) });
  }
  const flows = [...new Set(all.map((item) => item.flow))].sort();
  const types = [...new Set(all.map((item) => item.type))].sort();
  const chosen = all
    .filter((item) => (!options.flow || item.flow === options.flow) && (!options.type || item.type === options.type))
    .sort((a, b) => b.t - a.t || (a.id < b.id ? -1 : 1));
  const page = pageOf(chosen, options.cursor, options.limit ?? 50);
  return {
    dataVersion: model.dataVersion,
    accountId,
    asOf: options.asOf,
    filters: { flow: options.flow ?? null, type: options.type ?? null },
    flows,
    types,
    total: chosen.length,
    items: page.items.map(({ t: _t, ...item }) => item as TimelineItem),
    nextCursor: page.nextCursor,
  };
}
