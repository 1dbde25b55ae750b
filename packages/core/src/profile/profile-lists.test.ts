import { describe, expect, it } from 'vitest';
import { createDatasetModel } from '../model/dataset-model.ts';
import { profileAsOf as asOf, profileDataset } from './__fixtures__/profile-dataset.ts';
import { buildAccountChildren } from './account-children.ts';
import { buildAccountProfile } from './account-profile.ts';
import { searchAccounts } from './account-search.ts';
import { buildAccountUsage } from './account-usage.ts';
import { buildPortfolio } from './portfolio.ts';
import { ProfileQueryError } from './profile-query-error.ts';
import { restrictedAccess } from './working-level.ts';

const model = createDatasetModel(profileDataset(), { dataVersion: 3 });
const nobody = () => false;
const ana = restrictedAccess(model, { userId: 'u-ana', admin: false });
const ben = restrictedAccess(model, { userId: 'u-ben', admin: false });
const mia = restrictedAccess(model, { userId: 'u-mia', admin: false });
const admin = restrictedAccess(model, { userId: 'someone', admin: true });

describe('searchAccounts', () => {
  it('ranks the whole name, then prefixes, then word prefixes, then anywhere; case and accents folded', () => {
    expect(searchAccounts(model, { q: 'ACME', asOf, canSeeRestricted: nobody }).items.map((i) => i.name)).toEqual(['Acme', 'Acme Analytics', 'Acme EMEA', 'Acme Workflow']);
    expect(searchAccounts(model, { q: 'zurich', asOf, canSeeRestricted: nobody }).items.map((i) => i.id)).toEqual(['zbank']);
    const words = searchAccounts(model, { q: 'a', asOf, canSeeRestricted: nobody }).items.map((i) => i.name);
    expect(words.slice(0, 4)).toEqual(['Acme', 'Acme Analytics', 'Acme EMEA', 'Acme Workflow']);
    expect(words[4]).toBe('Zürich Bank');
    expect(searchAccounts(model, { q: 'nothing', asOf, canSeeRestricted: nobody })).toMatchObject({ total: 0, items: [], nextCursor: null, dataVersion: 3 });
  });

  it('filters by type, pages by cursor and rejects an unknown type', () => {
    const first = searchAccounts(model, { q: 'acme', type: 'product', limit: 1, asOf, canSeeRestricted: nobody });
    expect(first).toMatchObject({ total: 2, nextCursor: '1', type: 'product' });
    expect(first.items[0]).toMatchObject({ name: 'Acme Analytics', parentId: 'emea', health: { score: 80, band: 'good' } });
    expect(first.items[0]!.ancestors.map((a) => a.name)).toEqual(['Acme', 'Acme EMEA']);
    expect(searchAccounts(model, { q: 'acme', type: 'product', limit: 1, cursor: '1', asOf, canSeeRestricted: nobody }).items[0]!.name).toBe('Acme Workflow');
    expect(() => searchAccounts(model, { q: 'acme', type: 'planet', asOf, canSeeRestricted: nobody })).toThrow(ProfileQueryError);
  });

  it('shows restricted key info only at the caller’s working level', () => {
    const keys = (canSee: (id: string) => boolean, id: string) =>
      searchAccounts(model, { q: '', asOf, canSeeRestricted: canSee, limit: 10 }).items.find((i) => i.id === id)!.keyAttributes.map((a) => a.key);
    expect(keys(ben, 'zbank')).toEqual(['renewalDate', 'tier', 'discount']);
    expect(keys(ana, 'zbank')).toEqual(['renewalDate', 'tier']);
    expect(keys(mia, 'acme')).toEqual(['renewalDate', 'tier']);
    expect(keys(admin, 'acme')).toEqual(['renewalDate', 'tier', 'discount']);
  });
});

describe('restricted attributes in the profile and children views (working level)', () => {
  const restrictedKeys = (canSee: (id: string) => boolean, id: string) =>
    buildAccountProfile(model, id, asOf, { includeRestricted: canSee }).attributes.filter((a) => a.restricted).map((a) => a.key);

  it('the profile shows them to users assigned to that account, in any role, and to admins only', () => {
    expect(restrictedKeys(ben, 'acme')).toEqual(['discount', 'notes']);
    expect(restrictedKeys(ana, 'acme')).toEqual(['discount', 'notes']);
    expect(restrictedKeys(ana, 'zbank')).toEqual([]);
    expect(restrictedKeys(mia, 'acme')).toEqual([]);
    expect(restrictedKeys(admin, 'zbank')).toEqual(['discount', 'notes']);
    // Assigned to a child is not assigned to the parent.
    expect(restrictedKeys(ana, 'emea')).toEqual([]);
  });

  it('the children view shows a restricted value only on rows at the working level', () => {
    const view = buildAccountChildren(model, 'emea', asOf, { includeRestricted: ana });
    expect(view.attributes.map((a) => a.key)).toContain('discount');
    const byId = new Map(view.children.map((c) => [c.id, c]));
    expect(byId.get('p-analytics')!.values.discount).toEqual({ own: 5, rolledUp: 5 });
    expect(byId.get('p-workflow')!.values.discount).toBeUndefined();
    const outsider = buildAccountChildren(model, 'emea', asOf, { includeRestricted: mia });
    expect(outsider.attributes.map((a) => a.key)).not.toContain('discount');
    expect(outsider.children.every((c) => c.values.discount === undefined)).toBe(true);
  });
});

describe('buildAccountUsage', () => {
  const week = { asOf, from: '2026-01-26', to: '2026-02-02' };

  it('sums the subtree per day: mean active users, active days, events, top modules and end users', () => {
    const usage = buildAccountUsage(model, 'acme', week);
    expect(usage).toMatchObject({ dataVersion: 3, from: '2026-01-26', to: '2026-02-02', granularity: 'day', scope: 'subtree', accounts: 2 });
    expect(usage.series.map((p) => p.activeUsers)).toEqual([4, 5, 0, 0, 0, 0, 0]);
    expect(usage.series.map((p) => p.events)).toEqual([40, 22, 0, 0, 0, 0, 0]);
    expect(usage.totals).toEqual({ days: 7, activeDays: 2, averageActiveUsers: 1.29, events: 62 });
    expect(usage.topModules).toEqual([{ module: 'reports', count: 40 }, { module: 'dashboards', count: 22 }]);
    expect(usage.topUsers).toEqual([
      { id: 'eu-1', name: 'Lea Fischer', email: 'lea@acme.test', events: 25, lastSeenAt: '2026-01-26T12:00:00Z' },
      { id: 'eu-2', name: 'Sam Silva', email: null, events: 25, lastSeenAt: null },
      { id: 'eu-3', name: null, email: 'ops@acme.test', events: 12, lastSeenAt: null },
    ]);
  });

  it('buckets by ISO week, keeps the account alone when asked, and defaults to the 90 days before asOf', () => {
    const weekly = buildAccountUsage(model, 'acme', { ...week, granularity: 'week' });
    expect(weekly.series).toEqual([{ start: '2026-01-26', days: 7, activeUsers: 1.29, activeDays: 2, events: 62 }]);
    const split = buildAccountUsage(model, 'p-analytics', { asOf, from: '2026-01-28', to: '2026-02-03', granularity: 'week' });
    expect(split.series.map((p) => [p.start, p.days, p.activeDays])).toEqual([['2026-01-26', 5, 0], ['2026-02-02', 1, 1]]);
    expect(buildAccountUsage(model, 'acme', { ...week, scope: 'account' })).toMatchObject({ accounts: 0, totals: { events: 0 } });
    const defaults = buildAccountUsage(model, 'p-analytics', { asOf });
    expect(defaults).toMatchObject({ from: '2025-11-03', to: '2026-02-01', granularity: 'week', totals: { days: 90, events: 50 } });
  });

  it('rejects a backwards or too long range, naming the field', () => {
    expect(() => buildAccountUsage(model, 'acme', { asOf, from: '2026-02-02', to: '2026-02-02' })).toThrow(/must be before/);
    const error = (() => { try { buildAccountUsage(model, 'acme', { asOf, from: '2020-01-01', to: '2026-01-01' }); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(ProfileQueryError);
    expect((error as ProfileQueryError).field).toBe('from');
  });
});

describe('buildPortfolio', () => {
  it('lists the caller’s accounts with roles, health, renewal, value, coverage and tasks', () => {
    const view = buildPortfolio(model, 'u-ben', { asOf });
    expect(view).toMatchObject({ dataVersion: 3, userId: 'u-ben', accounts: 3, total: 3, roles: ['AE'], sort: 'name', order: 'asc' });
    expect(view.items.map((i) => i.account.name)).toEqual(['Acme', 'Acme Workflow', 'Zürich Bank']);
    expect(view.items[0]).toMatchObject({
      roles: ['AE'], health: null, renewalDate: '2026-09-01', contractValue: 1500, covered: true,
      lastActivityAt: '2026-01-20T10:00:00.000Z', openTasks: 3, overdueTasks: 2,
    });
    expect(view.items[1]).toMatchObject({ health: { score: 30, band: 'poor' }, daysToRenewal: 212, contractValue: 500, covered: false, openTasks: 1, overdueTasks: 1, lastActivityAt: null });
    expect(view.items[2]).toMatchObject({ renewalDate: null, contractValue: null, covered: false, openTasks: 0 });
    expect(view.summary).toEqual({ covered: 1, overdueAccounts: 2, renewingIn90Days: 0 });
    expect(view.types).toEqual([{ id: 'company', name: 'Company' }, { id: 'product', name: 'Product' }]);
    // Every row is at the caller's working level: restricted key info shows.
    expect(view.items[0]!.keyAttributes.find((a) => a.key === 'discount')).toMatchObject({ own: 12, rolledUp: 12, restricted: true });
  });

  it('sorts with missing values last in either order, filters by name, role, band and type', () => {
    const names = (options: Partial<Parameters<typeof buildPortfolio>[2]>) => buildPortfolio(model, 'u-ben', { asOf, ...options }).items.map((i) => i.account.id);
    expect(names({ sort: 'contractValue', order: 'desc' })).toEqual(['acme', 'p-workflow', 'zbank']);
    expect(names({ sort: 'contractValue', order: 'asc' })).toEqual(['p-workflow', 'acme', 'zbank']);
    expect(names({ sort: 'healthScore' })).toEqual(['p-workflow', 'acme', 'zbank']);
    expect(names({ sort: 'name', order: 'desc' })).toEqual(['zbank', 'p-workflow', 'acme']);
    expect(names({ q: 'ZUR' })).toEqual(['zbank']);
    expect(names({ band: 'none' })).toEqual(['acme', 'zbank']);
    expect(names({ band: 'poor' })).toEqual(['p-workflow']);
    expect(names({ type: 'product' })).toEqual(['p-workflow']);
    expect(names({ role: 'CSM' })).toEqual([]);
    expect(() => names({ type: 'planet' })).toThrow(ProfileQueryError);
  });

  it('counts renewals in the next 90 days and is empty for a user without assignments', () => {
    const ana = buildPortfolio(model, 'u-ana', { asOf });
    expect(ana.items.map((i) => `${i.account.id}:${i.roles.join('+')}`)).toEqual(['acme:CSM', 'p-analytics:CSM']);
    expect(ana.summary.renewingIn90Days).toBe(1);
    expect(buildPortfolio(model, 'u-mia', { asOf })).toMatchObject({ accounts: 0, total: 0, items: [], nextCursor: null });
  });
});
