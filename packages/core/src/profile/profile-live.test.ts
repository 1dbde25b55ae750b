import { describe, expect, it } from 'vitest';
import type { Account, Task, Ticket } from '../dataset/schema.ts';
import type { DataChange } from '../model/data-change.ts';
import { applyChangesToDataset } from '../model/apply-to-dataset.ts';
import { createDatasetModel } from '../model/dataset-model.ts';
import { profileAsOf as asOf, profileDataset } from './__fixtures__/profile-dataset.ts';
import { searchAccounts } from './account-search.ts';
import { buildAccountAssets } from './account-assets.ts';
import { buildAccountCollections } from './account-collections.ts';
import { buildAccountTickets } from './account-tickets.ts';
import { buildAccountUsage } from './account-usage.ts';
import { buildPortfolio } from './portfolio.ts';

const actor = { kind: 'service' as const, id: 'test' };
const at = '2026-01-31T12:00:00Z';

describe('profile views follow the change log', () => {
  it('a new ticket, a renamed account and a completed task show in the next answer, with its dataVersion', () => {
    const dataset = profileDataset();
    const model = createDatasetModel(dataset);
    // Warm every per-record memo first (folded names, parsed times).
    expect(searchAccounts(model, { q: 'globex', asOf, canSeeRestricted: () => false }).total).toBe(0);
    expect(buildPortfolio(model, 'u-ben', { asOf }).items.find((i) => i.account.id === 'p-workflow')).toMatchObject({ openTasks: 1, lastActivityAt: null });
    const zbank = dataset.accounts.find((a) => a.id === 'zbank')!;
    const task = dataset.tasks.find((t) => t.id === 'task-5')!;
    const ticket: Ticket = { id: 'tk-9', accountId: 'zbank', subject: 'Outage', priority: 'urgent', status: 'open', openedAt: at };
    const changes: DataChange[] = [
      { seq: 1, at, actor, kind: 'tickets', key: 'tk-9', old: null, new: ticket },
      { seq: 2, at, actor, kind: 'accounts', key: 'zbank', old: zbank, new: { ...zbank, name: 'Globex Bank' } satisfies Account },
      { seq: 3, at, actor, kind: 'tasks', key: 'task-5', old: task, new: { ...task, completedAt: at } satisfies Task },
    ];
    model.apply(changes);
    expect(buildAccountTickets(model, 'zbank')).toMatchObject({ dataVersion: 3, byStatus: { open: 1 }, tickets: [{ id: 'tk-9' }] });
    expect(searchAccounts(model, { q: 'globex', asOf, canSeeRestricted: () => false }).items.map((i) => i.id)).toEqual(['zbank']);
    expect(searchAccounts(model, { q: 'zurich', asOf, canSeeRestricted: () => false }).total).toBe(0);
    expect(buildPortfolio(model, 'u-ben', { asOf, q: 'globex' }).items.map((i) => i.account.name)).toEqual(['Globex Bank']);
    expect(buildPortfolio(model, 'u-ben', { asOf }).items.find((i) => i.account.id === 'p-workflow')).toMatchObject({ openTasks: 0, overdueTasks: 0, lastActivityAt: '2026-01-31T12:00:00.000Z', covered: true });
  });

  it('updates and deletions of version-2 records give the views a rebuilt model gives', () => {
    const dataset = profileDataset();
    const model = createDatasetModel(dataset);
    const byId = <T extends { id: string }>(list: readonly T[] | undefined, id: string) => list!.find((r) => r.id === id)!;
    const changes: DataChange[] = [
      { seq: 1, at, actor, kind: 'tickets', key: 'tk-1', old: byId(dataset.tickets, 'tk-1'), new: { ...byId(dataset.tickets, 'tk-1'), status: 'solved', solvedAt: at } },
      { seq: 2, at, actor, kind: 'tickets', key: 'tk-2', old: byId(dataset.tickets, 'tk-2'), new: null },
      { seq: 3, at, actor, kind: 'assets', key: 'as-1', old: byId(dataset.assets, 'as-1'), new: { ...byId(dataset.assets, 'as-1'), accountId: 'zbank' } },
      { seq: 4, at, actor, kind: 'collections', key: 'opp-3', old: null, new: { id: 'opp-3', accountId: 'acme', collection: 'opportunities', name: 'Cross-sell', fields: { amount: 1 } } },
      { seq: 5, at, actor, kind: 'endUsers', key: 'eu-1', old: byId(dataset.endUsers, 'eu-1'), new: { ...byId(dataset.endUsers, 'eu-1'), name: 'Lea F.' } },
    ];
    model.apply(changes);
    const rebuilt = createDatasetModel(applyChangesToDataset(profileDataset(), changes), { dataVersion: 5 });
    for (const id of ['acme', 'zbank']) {
      expect(buildAccountTickets(model, id)).toEqual(buildAccountTickets(rebuilt, id));
      expect(buildAccountAssets(model, id)).toEqual(buildAccountAssets(rebuilt, id));
      expect(buildAccountCollections(model, id)).toEqual(buildAccountCollections(rebuilt, id));
      expect(buildAccountUsage(model, id, { asOf, from: '2026-01-26', to: '2026-02-02' })).toEqual(buildAccountUsage(rebuilt, id, { asOf, from: '2026-01-26', to: '2026-02-02' }));
    }
    expect(buildAccountTickets(model, 'acme').byStatus).toEqual({ open: 1, pending: 0, solved: 3 });
    expect(buildAccountAssets(model, 'zbank').assets.map((a) => a.id)).toEqual(['as-1']);
    expect(buildAccountUsage(model, 'acme', { asOf, from: '2026-01-26', to: '2026-02-02' }).topUsers[0]!.name).toBe('Lea F.');
  });
});
