/**
 * Dataset loading bench: a 100,000-account synthetic dataset (30 days of touchpoints, tasks and
 * history, 7 days of usage) through `parseDataset` (schema and every cross-record rule) — the
 * target figure — then with `JSON.parse` of its text included, and `indexDataset` on top.
 */
import { benchMs, recordFigure } from '@successkit/bench-kit';
import { indexDataset } from '../src/dataset/dataset-index.ts';
import { parseDataset } from '../src/dataset/parse-dataset.ts';
import { streamDataset } from '../src/synthetic/generate-dataset.ts';

const n = Number(process.env.SK_BENCH_PARSE_ACCOUNTS ?? 100_000);
const chunks: string[] = [];
await streamDataset({ seed: 5, accounts: n, asOf: '2026-01-31T00:00:00Z', days: 30, usageDays: 7 }, (chunk) => void chunks.push(chunk));
const text = chunks.join('');
chunks.length = 0;
const sizeMb = (text.length / 1e6).toFixed(0);

const json = JSON.parse(text);
await benchMs('core.dataset.parse-validate-100k', () => parseDataset(json), {
  runs: 5,
  targetMs: 1000,
  note: `${n} accounts (${json.accounts.length} accounts, ${json.usage.length} usage rows, ${json.touchpoints.length} touchpoints, ${sizeMb} MB of JSON): parseDataset = schema + every cross-record rule, on the parsed document`,
});
await benchMs('core.dataset.json-parse-validate-100k', () => parseDataset(JSON.parse(text)), { runs: 3, note: 'JSON.parse of the text included' });
const dataset = parseDataset(json);
await benchMs('core.dataset.index-100k', () => indexDataset(dataset), { runs: 5, note: 'indexDataset lookups' });
recordFigure({ name: 'core.dataset.size-100k', median: Number(sizeMb), unit: 'MB' });
