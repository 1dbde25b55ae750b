import { describe, expect, it } from 'vitest';
import { createDatasetModel } from '../model/dataset-model.ts';
import { profileAsOf as asOf, profileDataset } from './__fixtures__/profile-dataset.ts';
import { buildAccountAssets } from './account-assets.ts';
import { buildAccountChanges } from './account-changes.ts';
import { buildAccountCollections } from './account-collections.ts';
import { buildAccountContacts } from './account-contacts.ts';
import { buildAccountTasks } from './account-tasks.ts';
import { buildAccountTeam } from './account-team.ts';
import { buildAccountTickets } from './account-tickets.ts';
import { buildAccountTimeline } from './account-timeline.ts';
import { ProfileQueryError } from './profile-query-error.ts';

const model = createDatasetModel(profileDataset(), { dataVersion: 7 });

describe('buildAccountTimeline', () => {
  it('lists touchpoints up to asOf and tasks at their completion or due time, newest first', () => {
    const view = buildAccountTimeline(model, 'acme', { asOf });
    expect(view.items.map((i) => i.id)).toEqual(['task-2', 'task-1', 'tp-1', 'task-3', 'task-4', 'tp-2']);
    expect(view.dataVersion).toBe(7);
    expect(view.flows).toEqual(['expansion', 'renewal']);
    expect(view.types).toEqual(['call', 'email', 'task']);
    const tp1 = view.items[2]!;
    expect(tp1).toEqual({ kind: 'touchpoint', id: 'tp-1', at: '2026-01-20T10:00:00Z', flow: 'renewal', type: 'call', subject: 'Renewal call', sentiment: 'positive', user: { id: 'u-ana', name: 'Ana Costa' } });
    // Completed only after asOf: still overdue at asOf, placed at its due time.
    expect(view.items[4]).toMatchObject({ kind: 'task', status: 'overdue', at: '2026-01-05T00:00:00Z', completedAt: null });
  });

  it('filters by flow and by type, and pages by cursor', () => {
    expect(buildAccountTimeline(model, 'acme', { asOf, type: 'task' }).items.map((i) => i.id)).toEqual(['task-2', 'task-1', 'task-3', 'task-4']);
    expect(buildAccountTimeline(model, 'acme', { asOf, flow: 'expansion' }).items.map((i) => i.id)).toEqual(['task-2', 'tp-2']);
    const first = buildAccountTimeline(model, 'acme', { asOf, limit: 4 });
    expect(first.nextCursor).toBe('4');
    const second = buildAccountTimeline(model, 'acme', { asOf, limit: 4, cursor: first.nextCursor! });
    expect(second.items.map((i) => i.id)).toEqual(['task-4', 'tp-2']);
    expect(second.nextCursor).toBeNull();
    expect(() => buildAccountTimeline(model, 'acme', { asOf, cursor: '6' })).toThrow(ProfileQueryError);
  });
});

describe('buildAccountTasks', () => {
  it('counts open, overdue and done at asOf and orders overdue, open, done', () => {
    const view = buildAccountTasks(model, 'acme', { asOf });
    expect(view.counts).toEqual({ open: 1, overdue: 2, done: 1 });
    expect(view.tasks.map((t) => `${t.id}:${t.status}`)).toEqual(['task-4:overdue', 'task-1:overdue', 'task-2:open', 'task-3:done']);
    expect(buildAccountTasks(model, 'acme', { asOf, status: 'done' }).tasks.map((t) => t.id)).toEqual(['task-3']);
    expect(buildAccountTasks(model, 'acme', { asOf: '2026-02-06T00:00:00Z' }).counts).toEqual({ open: 1, overdue: 1, done: 2 });
  });
});

describe('buildAccountContacts', () => {
  it('lists one profile per person, by name, with the NPS distribution', () => {
    const view = buildAccountContacts(model, 'acme');
    expect(view.contacts.map((c) => c.name)).toEqual(['Hiro Tanaka', 'Ines Rossi', 'Uma Patel', 'Zoe Young']);
    expect(view.contacts[3]!.otherAccounts).toEqual([{ id: 'p-analytics', name: 'Acme Analytics' }]);
    expect(view.nps).toMatchObject({ count: 3, average: 53.3, min: -30, max: 100 });
    expect(view.nps!.bins.map((b) => b.count)).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 2]);
    expect(buildAccountContacts(model, 'zbank')).toEqual({ dataVersion: 7, accountId: 'zbank', contacts: [], nps: null });
  });
});

describe('buildAccountTeam', () => {
  it('lists every assignment with role, seat, teams and manager, by role', () => {
    const view = buildAccountTeam(model, 'acme');
    expect(view.members.map((m) => `${m.role}:${m.name}`)).toEqual(['AE:Ben Okafor', 'CSM:Ana Costa']);
    expect(view.members[1]).toEqual({
      userId: 'u-ana', name: 'Ana Costa', email: 'ana@vendor.test', seat: 'practitioner', role: 'CSM',
      teams: [{ id: 't-cs', name: 'Customer Success' }], manager: { id: 'u-mia', name: 'Mia Weber' },
    });
    expect(view.roles).toEqual(['AE', 'CSM']);
  });
});

describe('buildAccountChanges', () => {
  it('lists changes of the last 30 days, newest first, with who made them, restricted ones only when allowed', () => {
    expect(buildAccountChanges(model, 'acme', { asOf, includeRestricted: false }).changes.map((c) => c.key)).toEqual(['tier']);
    const all = buildAccountChanges(model, 'acme', { asOf, includeRestricted: true });
    expect(all.changes.map((c) => c.key)).toEqual(['discount', 'tier']);
    expect(all.changes[0]!.by).toEqual({ kind: 'service', id: 'crm-sync', name: 'crm-sync' });
    expect(all.changes[1]).toMatchObject({ label: 'Tier', old: 'Silver', new: 'Gold', by: { kind: 'user', id: 'u-ana', name: 'Ana Costa' } });
    expect(all.from).toBe('2026-01-02T00:00:00.000Z');
    const year = buildAccountChanges(model, 'acme', { asOf, from: '2025-01-01', includeRestricted: true });
    expect(year.changes.at(-1)).toMatchObject({ key: 'notes', by: null });
    expect(() => buildAccountChanges(model, 'acme', { asOf, from: '2026-03-01', includeRestricted: true })).toThrow(/after/);
  });
});

describe('buildAccountTickets', () => {
  it('orders unsolved by urgency then age, solved newest first, and counts by status and priority', () => {
    const view = buildAccountTickets(model, 'acme');
    expect(view.tickets.map((t) => t.id)).toEqual(['tk-2', 'tk-5', 'tk-1', 'tk-4', 'tk-3']);
    expect(view.byStatus).toEqual({ open: 2, pending: 1, solved: 2 });
    expect(view.byPriority).toEqual({ low: 0, normal: 0, high: 2, urgent: 1 });
    const open = buildAccountTickets(model, 'acme', { status: 'open' });
    expect(open.tickets.map((t) => t.id)).toEqual(['tk-5', 'tk-1']);
    expect(open.byStatus.solved).toBe(2);
  });
});

describe('buildAccountAssets and buildAccountCollections', () => {
  it('lists assets newest first with their kind and who added them', () => {
    const { assets } = buildAccountAssets(model, 'acme');
    expect(assets.map((a) => a.id)).toEqual(['as-2', 'as-3', 'as-1']);
    expect(assets[0]).toMatchObject({ kind: 'link', addedBy: { id: 'Salesforce sync', name: 'Salesforce sync' } });
    expect(assets[1]!.addedBy).toBeNull();
    expect(assets[2]).toMatchObject({ kind: 'document', addedBy: { id: 'u-ana', name: 'Ana Costa' } });
  });

  it('groups collection records by collection, with every field key as a column', () => {
    const { collections } = buildAccountCollections(model, 'acme');
    expect(collections.map((c) => c.collection)).toEqual(['contracts', 'opportunities']);
    expect(collections[1]!.items.map((i) => i.name)).toEqual(['Renewal', 'Upsell']);
    expect(collections[1]!.fields).toEqual(['amount', 'closeDate', 'stage']);
    expect(buildAccountCollections(model, 'zbank').collections).toEqual([]);
  });
});
