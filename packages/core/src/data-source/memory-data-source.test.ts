import { describe, expect, it } from 'vitest';
import { generateDataset } from '../synthetic/generate-dataset.ts';
import { readAll } from './data-source.ts';
import { MemoryDataSource } from './memory-data-source.ts';

const dataset = generateDataset({ seed: 3, accounts: 120, asOf: '2026-01-31T00:00:00Z', days: 60 });
const source = new MemoryDataSource(dataset);

describe('MemoryDataSource', () => {
  it('pages accounts with opaque cursors until the last page', async () => {
    const first = await source.accounts({ limit: 50 });
    expect(first.items).toHaveLength(50);
    expect(first.nextCursor).toMatch(/^[A-Za-z0-9+/=]+$/);
    const all = await readAll((page) => source.accounts(page), 50);
    expect(all.map((a) => a.id)).toEqual(dataset.accounts.map((a) => a.id));
    await expect(source.accounts({ cursor: 'not a cursor' })).rejects.toThrow(/invalid cursor/);
  });

  it('reads one account, its children, contacts and assignments', async () => {
    const root = dataset.accounts[0]!;
    expect(await source.account(root.id)).toBe(root);
    expect(await source.account('missing')).toBeNull();
    expect((await source.children(root.id)).every((c) => c.parentId === root.id)).toBe(true);
    const contacts = await source.contacts([root.id, root.id]);
    expect(new Set(contacts.map((c) => c.id)).size).toBe(contacts.length);
    expect((await source.assignments({ role: 'CSM' })).every((a) => a.role === 'CSM')).toBe(true);
  });

  it('filters activity by account and time range', async () => {
    const id = dataset.touchpoints[0]!.accountId;
    const from = '2026-01-01T00:00:00Z';
    const to = '2026-01-15T00:00:00Z';
    const rows = await readAll((page) => source.touchpoints({ ...page, accountIds: [id], from, to }), 3);
    const expected = dataset.touchpoints.filter((t) => t.accountId === id && t.at >= from && Date.parse(t.at) < Date.parse(to));
    expect(rows).toEqual(expected);
    const usage = await readAll((page) => source.usage({ ...page, from: '2026-01-30' }));
    expect(usage.every((u) => u.date === '2026-01-30')).toBe(true);
    expect((await source.metadata()).attributes).toBe(dataset.attributes);
    expect(await source.snapshot()).toBe(dataset);
  });
});
