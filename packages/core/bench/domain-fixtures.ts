/**
 * Shared bench fixtures: a large synthetic account forest with 20 rolled-up attributes (every
 * rollup function), built straight as a `Dataset` so the benches measure computation, not
 * generation.
 */
import type { AttributeDefinition, Dataset, Rollup } from '../src/dataset/schema.ts';
import { createRandom } from '../src/synthetic/prng.ts';

const functions: Rollup[] = [
  'sum', 'sum', 'sum', 'sum', 'sum', 'sum', 'avg', 'avg', 'avg', 'min', 'min', 'max', 'max', 'count', 'count', 'countDistinct', 'countDistinct', 'latest', 'latest',
  { fn: 'weightedAvg', weightKey: 'a0' },
];

/** The 20 rolled-up attribute definitions (`a0`…`a19`). */
export const rollupAttributes: AttributeDefinition[] = functions.map((rollup, k) => ({
  key: `a${k}`,
  label: `A${k}`,
  type: rollup === 'latest' ? 'date' : rollup === 'countDistinct' ? 'string' : 'number',
  category: 'custom',
  rollup,
}));

/**
 * A forest of `n` accounts: 1,000 roots (or `roots`), then account `i` hangs under account
 * `(i − roots) / 3`, so fan-out is 3 and depth reaches 9 at a million. Every account lists all 20 keys (as a
 * database export does) and about 20 % of the values are null.
 *
 * The accounts go through `JSON.parse` (10,000 at a time), so they are the objects
 * `parseDatasetText` hands over for a dataset file: `parseDataset` keeps a valid document's
 * parsed objects. Objects built by assigning 20 computed keys one by one would instead be
 * dictionary-mode objects, about three times the heap, which no dataset file produces.
 */
export function rollupForest(n: number, seed = 1, rootCount = 1000): { dataset: Dataset; parent: Int32Array } {
  const random = createRandom(seed);
  const roots = Math.min(rootCount, n);
  const parent = new Int32Array(n);
  const accounts: Dataset['accounts'] = new Array(n);
  const categories = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa'];
  for (let i = 0; i < n; i++) {
    parent[i] = i < roots ? -1 : Math.floor((i - roots) / 3);
    const attributes: Record<string, string | number | null> = {};
    for (let k = 0; k < 20; k++) {
      const rollup = functions[k]!;
      attributes[`a${k}`] = random.next() < 0.2 ? null :
        rollup === 'latest'
          ? new Date(Date.UTC(2024, 0, 1) + Math.floor(random.next() * 700) * 86_400_000).toISOString().slice(0, 10)
          : rollup === 'countDistinct'
            ? categories[Math.floor(random.next() * categories.length)]!
            : rollup === 'avg' || typeof rollup === 'object'
              ? Math.round(random.next() * 1000) / 10 // percentages and scores, one decimal
              : Math.round(random.next() * 100_000); // money, seats, counts: whole numbers
    }
    accounts[i] = { id: `acc-${i}`, name: `Account ${i}`, typeId: 't', parentId: parent[i]! >= 0 ? `acc-${parent[i]}` : null, attributes };
  }
  for (let start = 0; start < n; start += 10_000) {
    const parsed = JSON.parse(JSON.stringify(accounts.slice(start, start + 10_000))) as Dataset['accounts'];
    for (let j = 0; j < parsed.length; j++) accounts[start + j] = parsed[j]!;
  }
  return {
    parent,
    dataset: {
      version: 1, tenant: { id: 't', name: 'Bench' }, accountTypes: [{ id: 't', name: 'T', parentTypeId: null }], attributes: rollupAttributes, accounts,
      users: [], teams: [], contacts: [], assignments: [], touchpoints: [], tasks: [], usage: [], healthProfiles: [], attributeHistory: [],
    },
  };
}
