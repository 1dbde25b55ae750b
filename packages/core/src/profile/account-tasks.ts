/**
 * An account's tasks (`GET /v1/accounts/:id/tasks`) at `asOf`: done (completed by then),
 * overdue (due before `asOf`, not done — the Team Spotlight definition) or open; overdue first
 * (oldest due first), then open (soonest due first), then done (newest first), with counts.
 */
import type { AccountTask, AccountTasks, TaskStatus } from '../api/profile-api.ts';
import type { Task } from '../dataset/schema.ts';
import type { DatasetModel } from '../model/dataset-model.ts';
import { userRef } from './view-parts.ts';

/** A task's status at `t` (ms). */
export function taskStatusAt(task: Pick<Task, 'dueAt' | 'completedAt'>, t: number): TaskStatus {
  if (task.completedAt !== null && Date.parse(task.completedAt) <= t) return 'done';
  return Date.parse(task.dueAt) < t ? 'overdue' : 'open';
}

/** A task as the profile shows it. */
export function accountTask(model: Pick<DatasetModel, 'index'>, task: Task, t: number): AccountTask {
  const status = taskStatusAt(task, t);
  return {
    id: task.id,
    flow: task.flow,
    title: task.title ?? null,
    dueAt: task.dueAt,
    completedAt: status === 'done' ? task.completedAt : null,
    status,
    user: userRef(model, task.userId),
  };
}

const statusOrder: Record<TaskStatus, number> = { overdue: 0, open: 1, done: 2 };

function compareTasks(a: AccountTask, b: AccountTask): number {
  if (a.status !== b.status) return statusOrder[a.status] - statusOrder[b.status];
  if (a.status === 'done') return Date.parse(b.completedAt!) - Date.parse(a.completedAt!) || (a.id < b.id ? -1 : 1);
  return Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.id < b.id ? -1 : 1);
}

/** Query of `buildAccountTasks`. */
export interface AccountTasksOptions {
  asOf: string;
  status?: TaskStatus;
  flow?: string;
}

/**
 * The task list of one account.
 *
 * @example
 * ```ts
 * const { counts, tasks } = buildAccountTasks(model, 'acme', { asOf, status: 'overdue' });
 * ```
 */
export function buildAccountTasks(model: DatasetModel, accountId: string, options: AccountTasksOptions): AccountTasks {
  const t = Date.parse(options.asOf);
  const all = (model.index.tasksByAccount.get(accountId) ?? []).map((task) => accountTask(model, task, t));
  const counts = { open: 0, overdue: 0, done: 0 };
  for (const task of all) counts[task.status]++;
  const tasks = all.filter((task) => (!options.status || task.status === options.status) && (!options.flow || task.flow === options.flow)).sort(compareTasks);
  return {
    dataVersion: model.dataVersion,
    accountId,
    asOf: options.asOf,
    counts,
    filters: { status: options.status ?? null, flow: options.flow ?? null },
    tasks,
  };
}
