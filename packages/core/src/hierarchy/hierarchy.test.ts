import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../dataset/dataset-index.ts';
import type { Dataset } from '../dataset/schema.ts';
import { buildHierarchy } from './hierarchy.ts';

function datasetOf(parents: (string | null)[][]): Dataset {
  return {
    version: 1, tenant: { id: 't', name: 'T' }, accountTypes: [{ id: 't', name: 'T', parentTypeId: null }], attributes: [],
    accounts: parents.map(([id, parentId]) => ({ id: id!, name: id!, typeId: 't', parentId: parentId ?? null, attributes: {} })),
    users: [], teams: [], contacts: [], assignments: [], touchpoints: [], tasks: [], usage: [], healthProfiles: [], attributeHistory: [],
  };
}

describe('buildHierarchy', () => {
  // acme ─ emea ─ crm ─ crm-eu
  //      └ apac
  // solo
  const h = buildHierarchy(indexDataset(datasetOf([['crm', 'emea'], ['acme', null], ['emea', 'acme'], ['solo', null], ['apac', 'acme'], ['crm-eu', 'crm']])));

  it('finds roots, children and parents whatever the dataset order', () => {
    expect(h.roots).toEqual(['acme', 'solo']);
    expect(h.children('acme')).toEqual(['emea', 'apac']);
    expect(h.children('solo')).toEqual([]);
    expect(h.parent('crm')).toBe('emea');
    expect(h.parent('acme')).toBeNull();
  });

  it('gives depth, ancestors, path to root and subtree', () => {
    expect(h.depth('crm-eu')).toBe(3);
    expect(h.ancestors('crm-eu')).toEqual(['crm', 'emea', 'acme']);
    expect(h.pathToRoot('crm')).toEqual(['crm', 'emea', 'acme']);
    expect(h.subtree('acme')).toEqual(['acme', 'emea', 'crm', 'crm-eu', 'apac']);
    expect(h.subtree('solo')).toEqual(['solo']);
  });

  it('throws on unknown ids and on cycles', () => {
    expect(() => h.depth('nope')).toThrow(/unknown account/);
    expect(() => buildHierarchy(indexDataset(datasetOf([['a', 'b'], ['b', 'a'], ['r', null]])))).toThrow(/cycle/);
  });

  it('agrees with walking parent links on random forests', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 60 }), (raw) => {
        const parents = raw.map((r, i) => (i === 0 || r % 4 === 0 ? -1 : r % i));
        const h2 = buildHierarchy(indexDataset(datasetOf(parents.map((p, i) => [`n${i}`, p >= 0 ? `n${p}` : null]))));
        for (let i = 0; i < parents.length; i++) {
          const chain: string[] = [];
          for (let p = parents[i]!; p >= 0; p = parents[p]!) chain.push(`n${p}`);
          expect(h2.ancestors(`n${i}`)).toEqual(chain);
          expect(h2.depth(`n${i}`)).toBe(chain.length);
          const sub = parents.map((_, j) => j).filter((j) => j === i || h2.ancestors(`n${j}`).includes(`n${i}`)).map((j) => `n${j}`);
          expect([...h2.subtree(`n${i}`)].sort()).toEqual(sub.sort());
        }
      }),
      { numRuns: 100 },
    );
  });
});
