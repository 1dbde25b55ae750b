import { describe, expect, it } from 'vitest';
import { indexDataset } from '../dataset/dataset-index.ts';
import { generateDataset } from '../synthetic/generate-dataset.ts';
import { createHealthEngine } from './health-engine.ts';

const asOf = '2026-01-31T00:00:00Z';
const dataset = generateDataset({ seed: 9, accounts: 250, asOf, days: 120 });
const index = indexDataset(dataset);

describe('createHealthEngine', () => {
  it('gives the same score from the quick path as from the full breakdown, at several times', () => {
    const sources = new Set<string>();
    for (const days of [0, 20, 60, 110]) {
      const t = Date.parse(asOf) - days * 86_400_000;
      const quick = createHealthEngine(index);
      const full = createHealthEngine(index);
      for (const account of dataset.accounts) {
        const health = full.scoreAt(account.id, t);
        if (health) sources.add(health.source);
        expect(quick.scoreValueAt(account.id, t)).toBe(health?.score ?? null);
      }
    }
    expect(sources).toEqual(new Set(['own', 'childrenByCount', 'childrenByValue']));
  });

  it('memoises without changing answers when asked twice, in any order', () => {
    const engine = createHealthEngine(index);
    const t = Date.parse(asOf);
    const first = dataset.accounts.map((a) => engine.scoreValueAt(a.id, t));
    const reversed = [...dataset.accounts].reverse().map((a) => createHealthEngine(index).scoreValueAt(a.id, t)).reverse();
    expect(reversed).toEqual(first);
    expect(dataset.accounts.map((a) => engine.scoreValueAt(a.id, t))).toEqual(first);
  });

  it('sums the contract value over the subtree at a time', () => {
    const engine = createHealthEngine(index);
    const root = dataset.accounts[0]!.id;
    const products = dataset.accounts.filter((a) => a.typeId === 'product' && (index.accountsById.get(a.parentId ?? '')?.parentId !== undefined));
    expect(products.length).toBeGreaterThan(0);
    const total = engine.contractValueAt(root, Date.parse(asOf));
    const children = (id: string): string[] => [id, ...(index.childrenById.get(id) ?? []).flatMap(children)];
    const expected = children(root).reduce((sum, id) => sum + ((index.accountsById.get(id)!.attributes.arr as number | undefined) ?? 0), 0);
    expect(total ?? 0).toBe(expected);
  });
});
