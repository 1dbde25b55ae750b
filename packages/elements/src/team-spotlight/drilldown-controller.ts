/**
 * A reactive controller for the member drill-down: which member is open, the list (covered /
 * not covered / has overdue tasks), its sort and page, and the fetch of that page through
 * `@lit/task` (a new choice aborts the previous request).
 */
import { Task, initialState } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { DrilldownFilter, MemberDrilldown } from '@successkit/core';
import type { DrilldownQuery } from '@successkit/core/client';

/** A member whose accounts are shown. */
export interface DrilldownMember {
  userId: string;
  name: string;
}

/** Columns the drill-down sorts by. */
export type DrilldownSort = 'healthScore' | 'activityVolume';

/** Loads one page of a member's accounts. */
export type DrilldownLoader = (userId: string, query: DrilldownQuery, signal: AbortSignal) => Promise<MemberDrilldown>;

/** The lists, in tab order. */
export const drilldownFilters: readonly DrilldownFilter[] = ['covered', 'not-covered', 'overdue'];

/** Accounts per page. */
export const drilldownPageSize = 10;

export class DrilldownController {
  readonly #host: ReactiveControllerHost;
  member: DrilldownMember | null = null;
  filter: DrilldownFilter = 'covered';
  sort: DrilldownSort = 'healthScore';
  order: 'asc' | 'desc' = 'desc';
  page = 1;
  readonly task: Task<[DrilldownMember | null, DrilldownFilter, DrilldownSort, string, number], MemberDrilldown>;

  /** `baseQuery` gives the spotlight filters the drill-down shares (role, period…). */
  constructor(host: ReactiveControllerHost, load: DrilldownLoader, baseQuery: () => DrilldownQuery) {
    this.#host = host;
    this.task = new Task(host, {
      task: async ([member, filter, sort, order, page], { signal }) => {
        if (!member) return initialState;
        const query: DrilldownQuery = { ...baseQuery(), filter, sort, order: order === 'asc' ? 'asc' : 'desc', page, pageSize: drilldownPageSize };
        return load(member.userId, query, signal);
      },
      args: () => [this.member, this.filter, this.sort, this.order, this.page],
    });
  }

  /** Opens the drill-down of a member on the first list. */
  open(member: DrilldownMember): void {
    this.member = member;
    this.filter = 'covered';
    this.page = 1;
    this.#host.requestUpdate();
  }

  close(): void {
    this.member = null;
    this.#host.requestUpdate();
  }

  /** Shows another list, from its first page. */
  showList(filter: DrilldownFilter): void {
    if (filter === this.filter) return;
    this.filter = filter;
    this.page = 1;
    this.#host.requestUpdate();
  }

  /** Sorts by a column; the same column again flips the order. */
  sortBy(sort: DrilldownSort): void {
    this.order = sort === this.sort && this.order === 'desc' ? 'asc' : 'desc';
    this.sort = sort;
    this.page = 1;
    this.#host.requestUpdate();
  }

  goTo(page: number): void {
    this.page = page;
    this.#host.requestUpdate();
  }
}
