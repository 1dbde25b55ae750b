/** A first figure: parsing a small dataset through the zod schema. */
import { benchMs } from '@successkit/bench-kit';
import { datasetSchema } from '../src/dataset/schema.ts';

const accounts = Array.from({ length: 1000 }, (_, i) => ({
  id: `a${i}`, name: `Account ${i}`, typeId: 'company', parentId: null, attributes: { arr: i },
}));
const doc = {
  version: 1,
  tenant: { id: 't', name: 'T' },
  accountTypes: [{ id: 'company', name: 'Company', parentTypeId: null }],
  attributes: [{ key: 'arr', label: 'ARR', type: 'currency', category: 'valueMetrics', rollup: 'sum' }],
  accounts,
};
await benchMs('core.dataset.schema-parse-1k', () => datasetSchema.parse(doc), { runs: 9 });
