/**
 * Writes `dataset.schema.json` (the JSON Schema of the dataset file) from the zod schema, so the
 * published package ships it as `@successkit/core/dataset.schema.json`.
 */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { datasetSchema } from '../src/dataset/schema.ts';

const schema = z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' });
const out = new URL('../dataset.schema.json', import.meta.url);
writeFileSync(out, `${JSON.stringify({ ...schema, title: 'successkit dataset file, version 1' }, null, 2)}\n`);
console.log(`wrote ${out.pathname}`);
