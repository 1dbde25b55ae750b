/**
 * Writes `dataset.schema.json` (the JSON Schema of the dataset file) from the zod schema, so the
 * published package ships it as `@successkit/core/dataset.schema.json`. One schema reads both
 * versions; the `if`/`then` added here says what the rules say: a `"version": 1` document has no
 * version-2 key (`dataset-rules-v2.ts`).
 */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { versionTwoItemKeys, versionTwoLists } from '../src/dataset/dataset-rules-v2.ts';
import { datasetSchema } from '../src/dataset/schema.ts';

const schema = z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' });
const versionOneHas: Record<string, unknown> = Object.fromEntries(versionTwoLists.map((key) => [key, false]));
for (const [list, key] of versionTwoItemKeys) versionOneHas[list] = { items: { properties: { [key]: false } } };
const out = new URL('../dataset.schema.json', import.meta.url);
const document = {
  ...schema,
  title: 'successkit dataset file, versions 1 and 2',
  if: { properties: { version: { const: 1 } } },
  then: { properties: versionOneHas },
};
writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
console.log(`wrote ${out.pathname}`);
