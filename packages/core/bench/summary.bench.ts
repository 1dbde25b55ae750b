/**
 * Summary pipeline figures: the size of what is sent to the model for a typical synthetic
 * account, in tokens (gpt-tokenizer, o200k), and the time to build the input and anonymize it
 * per account (medians over accounts, after a warm-up pass on other accounts).
 */
import { median, recordFigure } from '@successkit/bench-kit';
import { countTokens } from 'gpt-tokenizer';
import { createDatasetModel } from '../src/model/dataset-model.ts';
import { generateDataset } from '../src/synthetic/generate-dataset.ts';
import { defaultSummaryConfig } from '../src/summary/config.ts';
import { anonymizeSummaryInput } from '../src/summary/anonymize/anonymize-payload.ts';
import { collectKnownIdentifiers } from '../src/summary/anonymize/known-identifiers.ts';
import { buildSummaryInput } from '../src/summary/build-summary-input.ts';
import { estimateTokens, prepareSummaryRequest } from '../src/summary/prepare-summary.ts';

const asOf = '2026-01-31T00:00:00Z';
const dataset = generateDataset({ seed: 11, accounts: 400, asOf });
const data = createDatasetModel(dataset);
const { index } = data;
const ids = dataset.accounts.map((a) => a.id);
const warm = ids.slice(0, 100);
const measured = ids.slice(100);

for (const id of warm) prepareSummaryRequest(data, id, defaultSummaryConfig, asOf);

const ms: number[] = [];
const userTokens: number[] = [];
const totalTokens: number[] = [];
const estimateRatio: number[] = [];
for (const id of measured) {
  const start = performance.now();
  const input = buildSummaryInput(data, id, defaultSummaryConfig, asOf);
  anonymizeSummaryInput(input, collectKnownIdentifiers(index, id));
  ms.push(performance.now() - start);
  const prepared = prepareSummaryRequest(data, id, defaultSummaryConfig, asOf);
  const user = countTokens(prepared.messages.user);
  const total = user + countTokens(prepared.messages.system);
  userTokens.push(user);
  totalTokens.push(total);
  estimateRatio.push((estimateTokens(prepared.messages.user) + estimateTokens(prepared.messages.system)) / total);
}
const sortedTotals = [...totalTokens].sort((a, b) => a - b);
const tokens = median(totalTokens);
recordFigure({
  name: 'core.summary.payload-tokens',
  median: tokens,
  unit: 'tokens',
  target: '≤ 2500',
  met: tokens <= 2500,
  note: `system + user message, o200k; user alone median ${median(userTokens)}; max ${sortedTotals.at(-1)}; ${measured.length} accounts (all levels); estimateTokens/actual ${median(estimateRatio).toFixed(2)}`,
});
const perAccount = median(ms);
recordFigure({
  name: 'core.summary.input-anonymize-per-account',
  median: perAccount,
  unit: 'ms',
  target: '< 5 ms',
  met: perAccount < 5,
  note: `buildSummaryInput + collectKnownIdentifiers + anonymizeSummaryInput, ${measured.length} accounts after a 100-account warm-up; p90 ${[...ms].sort((a, b) => a - b)[Math.floor(ms.length * 0.9)]!.toFixed(2)} ms`,
});
