import { describe, expect, it } from 'vitest';
import type { Account, Task, Touchpoint, UsageRow } from '../dataset/schema.ts';
import { computeAccountHealth } from '../health/account-health.ts';
import { recentChanges } from '../profile/recent-changes.ts';
import { memberDrilldown } from '../spotlight/member-drilldown.ts';
import { computeTeamSpotlight } from '../spotlight/team-spotlight.ts';
import { spotlightQueryFromParams } from '../spotlight/spotlight-query.ts';
import { buildSummaryInput } from '../summary/build-summary-input.ts';
import { defaultSummaryConfig } from '../summary/config.ts';
import { generateDataset } from '../synthetic/generate-dataset.ts';
import { applyChangesToDataset } from './apply-to-dataset.ts';
import { entityKeyOf, type DataChange, type EntityKind, type EntityOf } from './data-change.ts';
import { createDatasetModel, type DatasetModel } from './dataset-model.ts';

const asOf = '2026-01-31T00:00:00.000Z';
const dataset = generateDataset({ seed: 3, accounts: 60, asOf, days: 90 });
const t = Date.parse(asOf);

/** A change builder with `seq` from 1, at times a day before `asOf`. */
function changes() {
  let seq = 0;
  return <K extends EntityKind>(kind: K, old: EntityOf[K] | null, row: EntityOf[K] | null): DataChange => {
    seq++;
    return { seq, at: new Date(t - 86_400_000 + seq * 1000).toISOString(), actor: { kind: 'service', id: 'k' }, kind, key: entityKeyOf(kind, (row ?? old)!), old, new: row } as DataChange;
  };
}

/** A product at depth 3 (company → region → line of business → product), with its ancestors. */
const product = dataset.accounts.find((a) => a.typeId === 'product')!;
const ancestorsOf = (model: DatasetModel, id: string) => model.hierarchy.ancestors(id);

function spotlightOf(model: DatasetModel) {
  return computeTeamSpotlight(model, spotlightQueryFromParams({ role: 'CSM', period: 30, asOf }, model, asOf));
}

describe('createDatasetModel', () => {
  it('holds the index, hierarchy, rollups, health and spotlight of the dataset, without modifying it', () => {
    const before = JSON.stringify(dataset);
    const model = createDatasetModel(dataset, { dataVersion: 7 });
    expect(model.dataVersion).toBe(7);
    expect(model.tenantId).toBe(dataset.tenant.id);
    expect(model.hierarchy.size).toBe(dataset.accounts.length);
    expect(model.spotlight.accountIds).toHaveLength(dataset.accounts.length);
    const c = changes();
    model.apply([{ ...c('accounts', product, { ...product, attributes: { ...product.attributes, arr: 1 } }), seq: 8 }]);
    expect(JSON.stringify(dataset)).toBe(before);
  });

  it('refuses changes at or below its dataVersion and leaves the data as it was', () => {
    const model = createDatasetModel(dataset, { dataVersion: 5 });
    const c = changes();
    const change = c('accounts', product, { ...product, attributes: { ...product.attributes, arr: 1 } });
    expect(() => model.apply([change])).toThrow(/seq 1 is not above the model's dataVersion 5/);
    expect(model.rollups.own(product.id, 'arr')).toBe(product.attributes.arr);
    model.apply([]);
    expect(model.dataVersion).toBe(5);
  });
});

describe('DatasetModel.apply, per change kind', () => {
  it('an attribute change moves the ancestors\' rollups, the account\'s health and its recent changes, without a rebuild', () => {
    const model = createDatasetModel(dataset);
    const root = ancestorsOf(model, product.id).at(-1)!;
    const before = model.rollups.rolledUp(root, 'arr') as number;
    const healthBefore = computeAccountHealth(model, product.id, asOf);
    const c = changes();
    const row: Account = { ...product, attributes: { ...product.attributes, arr: (product.attributes.arr as number) + 1000, licenseUtilization: 5 } };
    model.apply([c('accounts', product, row)]);
    expect(model.rebuilds).toBe(0);
    expect(model.rollups.rolledUp(root, 'arr')).toBe(before + 1000);
    expect(model.rollups.own(product.id, 'licenseUtilization')).toBe(5);
    expect(model.index.accountsById.get(product.id)).toBe(row);
    const recent = recentChanges(model, product.id, asOf, 30);
    expect(recent.find((r) => r.key === 'arr')).toMatchObject({ old: product.attributes.arr, new: row.attributes.arr });
    expect(model.dataset.attributeHistory.filter((h) => h.accountId === product.id && h.at === model.dataset.attributeHistory.at(-1)!.at)).toHaveLength(2);
    // License utilization 5 scores 0 on its measure: the product's adoption dimension drops.
    const adoption = (h: typeof healthBefore) => h!.dimensions.find((d) => d.key === 'adoption')?.score;
    expect(adoption(computeAccountHealth(model, product.id, asOf))).toBe(0);
    expect(adoption(healthBefore)).not.toBe(0);
    const reference = createDatasetModel(applyChangesToDataset(dataset, [c('accounts', product, row)].map((x) => ({ ...x, seq: 1 }))));
    for (const id of ancestorsOf(model, product.id)) expect(computeAccountHealth(model, id, asOf)).toEqual(computeAccountHealth(reference, id, asOf));
  });

  it('touchpoints created, moved and deleted show in the spotlight and drill-downs', () => {
    const model = createDatasetModel(dataset);
    const query = spotlightQueryFromParams({ role: 'CSM', period: 30, asOf }, model, asOf);
    const before = computeTeamSpotlight(model, query);
    const member = before.members[0]!;
    const accountId = model.spotlight.accountIds[model.spotlight.membersByRole.get('CSM')!.find((m) => m.userId === member.userId)!.accounts[0]!]!;
    const c = changes();
    const tp: Touchpoint = { id: 'tp-new', accountId, userId: member.userId, flow: 'renewal', type: 'call', at: new Date(t - 3_600_000).toISOString() };
    model.apply([c('touchpoints', null, tp)]);
    const after = computeTeamSpotlight(model, query);
    expect(after.team.activityVolume.value).toBe(before.team.activityVolume.value + 1);
    expect(after.members.find((m) => m.userId === member.userId)!.activityVolume.value).toBe(member.activityVolume.value + 1);
    const page = memberDrilldown(model, member.userId, { ...query, filter: 'covered', pageSize: 500 });
    expect(page.items.find((i) => i.accountId === accountId)!.lastActivityAt).toBe(tp.at);
    const moved = { ...tp, at: new Date(t - 60 * 86_400_000).toISOString() }; // out of the period
    model.apply([c('touchpoints', tp, moved)]);
    expect(computeTeamSpotlight(model, query).team.activityVolume.value).toBe(before.team.activityVolume.value);
    model.apply([c('touchpoints', moved, null)]);
    expect(computeTeamSpotlight(model, query)).toEqual(before);
    expect(model.rebuilds).toBe(0);
  });

  it('a task completed or reopened moves the overdue figures', () => {
    const model = createDatasetModel(dataset);
    const overdue = dataset.tasks.find((x) => x.completedAt === null && Date.parse(x.dueAt) < t && model.spotlight.assignedByRole.get('CSM')![model.spotlight.accountIndex.get(x.accountId)!] === 1)!;
    const before = spotlightOf(model);
    const c = changes();
    const done: Task = { ...overdue, completedAt: new Date(t - 3_600_000).toISOString() };
    model.apply([c('tasks', overdue, done)]);
    const after = spotlightOf(model);
    expect(after.team.activityVolume.value).toBe(before.team.activityVolume.value + 1);
    expect(after).toEqual(spotlightOf(createDatasetModel(applyChangesToDataset(dataset, [c('tasks', overdue, done)].map((x) => ({ ...x, seq: 1 }))))));
    model.apply([c('tasks', done, overdue)]);
    expect(spotlightOf(model)).toEqual(before);
  });

  it('a usage day moves the usage health measures and the spotlight active days', () => {
    const model = createDatasetModel(dataset);
    const usageAccount = dataset.usage.at(-1)!.accountId;
    const c = changes();
    const day = (i: number): string => new Date(t - i * 86_400_000).toISOString().slice(0, 10);
    const batch = Array.from({ length: 20 }, (_, i) => day(i + 1)).map((d) => {
      const old = dataset.usage.find((u) => u.accountId === usageAccount && u.date === d) ?? null;
      const row: UsageRow = { accountId: usageAccount, date: d, activeUsers: 500 };
      return c('usage', old, row);
    });
    model.apply(batch);
    const reference = createDatasetModel(applyChangesToDataset(dataset, batch));
    expect(computeAccountHealth(model, usageAccount, asOf)).toEqual(computeAccountHealth(reference, usageAccount, asOf));
    const usage = (h: ReturnType<typeof computeAccountHealth>) => h!.dimensions.find((d) => d.key === 'usage')!.measures.find((m) => m.key === 'activeUsers')!.raw;
    expect(usage(computeAccountHealth(model, usageAccount, asOf))).toBeGreaterThan(300);
    expect(spotlightOf(model)).toEqual(spotlightOf(reference));
  });

  it('assignments add and remove members and roles', () => {
    const model = createDatasetModel(dataset);
    const c = changes();
    const userId = dataset.users.at(-1)!.id;
    const add = c('assignments', null, { accountId: product.id, userId, role: 'Renewals' });
    model.apply([add]);
    expect(model.spotlight.roles).toContain('Renewals');
    const renewals = computeTeamSpotlight(model, spotlightQueryFromParams({ role: 'Renewals', period: 30, asOf }, model, asOf));
    expect(renewals.members.map((m) => m.userId)).toEqual([userId]);
    expect(renewals.team.accounts).toBe(1);
    model.apply([c('assignments', add.new as EntityOf['assignments'], null)]);
    expect(model.spotlight.roles).not.toContain('Renewals');
    expect(() => spotlightQueryFromParams({ role: 'Renewals' }, model, asOf)).toThrow(/no account is assigned with role "Renewals"/);
  });

  it('users and teams change their lookups and the manager filter', () => {
    const model = createDatasetModel(dataset);
    const c = changes();
    const user = dataset.users.find((u) => model.spotlight.membersByRole.get('CSM')!.some((m) => m.userId === u.id))!;
    model.apply([c('users', null, { id: 'boss-new', name: 'New Boss', email: 'nb@x.test', seat: 'viewer' }), c('users', user, { ...user, managerId: 'boss-new' }), c('teams', null, { id: 'team-new', name: 'New team' })]);
    expect(model.index.usersById.get('boss-new')?.name).toBe('New Boss');
    const query = spotlightQueryFromParams({ role: 'CSM', team: 'manager:boss-new', asOf }, model, asOf);
    expect(computeTeamSpotlight(model, query).members.map((m) => m.userId)).toEqual([user.id]);
    expect(computeTeamSpotlight(model, query).options.teams.map((x) => x.id)).toContain('team-new');
    expect(model.rebuilds).toBe(0);
  });

  it('reparenting and new accounts lay the tree and the rollups out again; deleted accounts rebuild', () => {
    const model = createDatasetModel(dataset);
    const c = changes();
    const roots = model.hierarchy.roots;
    const [from, to] = [ancestorsOf(model, product.id).at(-1)!, roots.find((r) => r !== ancestorsOf(model, product.id).at(-1))!];
    const fromArr = model.rollups.rolledUp(from, 'arr') as number;
    const toArr = model.rollups.rolledUp(to, 'arr') as number;
    const arr = (product.attributes.arr as number | undefined) ?? 0;
    model.apply([c('accounts', product, { ...product, parentId: to })]);
    expect(model.rebuilds).toBe(0);
    expect(model.hierarchy.parent(product.id)).toBe(to);
    expect(model.rollups.rolledUp(from, 'arr')).toBe(fromArr - arr);
    expect(model.rollups.rolledUp(to, 'arr')).toBe(toArr + arr);
    const fresh: Account = { id: 'acct-new', name: 'New', typeId: 'product', parentId: to, attributes: { arr: 7 } };
    model.apply([c('accounts', null, fresh)]);
    expect(model.rebuilds).toBe(0);
    expect(computeAccountHealth(model, 'acct-new', asOf)?.profileId).toBe(dataset.healthProfiles.find((p) => p.accountTypeId === 'product')!.id);
    const tpNew: Touchpoint = { id: 'tp-on-new', accountId: 'acct-new', userId: dataset.users[0]!.id, flow: 'renewal', type: 'call', at: new Date(t - 3_600_000).toISOString() };
    const assign = c('assignments', null, { accountId: 'acct-new', userId: dataset.users[0]!.id, role: 'CSM' });
    model.apply([assign, c('touchpoints', null, tpNew)]);
    const page = memberDrilldown(model, dataset.users[0]!.id, { ...spotlightQueryFromParams({ role: 'CSM', period: 30, asOf }, model, asOf), filter: 'covered', pageSize: 500 });
    expect(page.items.find((i) => i.accountId === 'acct-new')?.lastActivityAt).toBe(tpNew.at);
    model.apply([c('touchpoints', tpNew, null), c('assignments', assign.new as EntityOf['assignments'], null)]);
    expect(model.rollups.rolledUp(to, 'arr')).toBe(toArr + arr + 7);
    expect(model.hierarchy.children(to)).toContain('acct-new');
    model.apply([c('accounts', fresh, null)]);
    expect(model.hierarchy.has('acct-new')).toBe(false);
    expect(model.dataset.accounts).toHaveLength(dataset.accounts.length);
    // After a rebuild, incremental changes keep working on the new structures.
    const moved = model.index.accountsById.get(product.id)!;
    model.apply([c('accounts', moved, { ...moved, attributes: { ...moved.attributes, arr: arr + 5 } })]);
    expect(model.rollups.rolledUp(to, 'arr')).toBe(toArr + arr + 5);
    expect(model.rebuilds).toBe(1);
  });

  it('an account given another type is scored with that type\'s profile and filtered by it', () => {
    const model = createDatasetModel(dataset);
    const c = changes();
    const company = dataset.accounts.find((a) => a.typeId === 'company' && a.parentId === null)!;
    const change = c('accounts', company, { ...company, typeId: 'product' });
    model.apply([change]);
    expect(model.rebuilds).toBe(0);
    const reference = createDatasetModel(applyChangesToDataset(dataset, [change]));
    expect(computeAccountHealth(model, company.id, asOf)).toEqual(computeAccountHealth(reference, company.id, asOf));
    expect(computeAccountHealth(model, company.id, asOf)?.profileId).toBe(dataset.healthProfiles.find((p) => p.accountTypeId === 'product')!.id);
    const query = spotlightQueryFromParams({ role: 'CSM', period: 30, asOf, accountType: 'product' }, model, asOf);
    expect(computeTeamSpotlight(model, query)).toEqual(computeTeamSpotlight(reference, spotlightQueryFromParams({ role: 'CSM', period: 30, asOf, accountType: 'product' }, reference, asOf)));
  });

  it('contacts and explicit attribute-history rows reach the summary input and recent changes', () => {
    const model = createDatasetModel(dataset);
    const c = changes();
    const contact = { id: 'contact-new', name: 'Nia New', email: 'nia@x.test', accountIds: [product.id], nps: 90 };
    const history = { accountId: product.id, key: 'tier', at: new Date(t - 2 * 86_400_000).toISOString(), old: 'SMB', new: 'Enterprise' };
    const batch = [c('contacts', null, contact), c('attributeHistory', null, history)];
    model.apply(batch);
    expect(model.rebuilds).toBe(0);
    const reference = createDatasetModel(applyChangesToDataset(dataset, batch));
    const input = buildSummaryInput(model, product.id, defaultSummaryConfig, asOf);
    expect(input).toEqual(buildSummaryInput(reference, product.id, defaultSummaryConfig, asOf));
    expect(input.points['contacts.count']!.value).toBe((dataset.contacts.filter((x) => x.accountIds.includes(product.id)).length) + 1);
    expect(recentChanges(model, product.id, asOf, 30).find((r) => r.key === 'tier')).toMatchObject({ old: 'SMB', new: 'Enterprise' });
    model.apply([c('contacts', contact, { ...contact, accountIds: [] }), c('attributeHistory', history, null)]);
    expect(buildSummaryInput(model, product.id, defaultSummaryConfig, asOf)).toEqual(buildSummaryInput(createDatasetModel(dataset), product.id, defaultSummaryConfig, asOf));
  });

  it('definition changes (attributes, account types, health profiles) rebuild', () => {
    const model = createDatasetModel(dataset);
    const c = changes();
    const def = dataset.attributes.find((a) => a.key === 'seats')!;
    model.apply([c('attributes', def, { ...def, rollup: 'max' })]);
    expect(model.rebuilds).toBe(1);
    const root = model.hierarchy.roots[0]!;
    const seats = model.hierarchy.subtree(root).map((id) => model.index.accountsById.get(id)!.attributes.seats).filter((v): v is number => typeof v === 'number');
    expect(model.rollups.rolledUp(root, 'seats')).toBe(Math.max(...seats));
    const profile = dataset.healthProfiles[0]!;
    model.apply([c('healthProfiles', profile, { ...profile, bands: { poor: 99, good: 100 } })]);
    const account = dataset.accounts.find((a) => a.typeId === profile.accountTypeId && computeAccountHealth(model, a.id, asOf)?.score !== null)!;
    expect(computeAccountHealth(model, account.id, asOf)!.band).toBe('poor');
  });
});
