/**
 * Summary pipeline figures: the size of what is sent to the model for a typical synthetic
 * account, in tokens (gpt-tokenizer, o200k) — the system and user messages plus the request's
 * own JSON schema (evidence keys as an enum of the payload's keys), which the provider adds to
 * the prompt; the schema alone is also reported — the time to build the input and anonymize it
 * per account (medians over accounts, after a warm-up pass on other accounts), and the
 * anonymization recall over the Presidio-derived corpus planted in every text slot.
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
import { summaryResponseSchemaText } from '../src/summary/output-schema-json.ts';
import { recallCorpus } from '../src/summary/anonymize/__fixtures__/recall-corpus.ts';
import { leakedFragments, recallAccountId, recallDataset } from '../src/summary/anonymize/__fixtures__/recall-dataset.ts';
import { smallAsOf } from '../src/summary/__fixtures__/small-dataset.ts';
import { datasetSchema } from '../src/dataset/schema.ts';

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
const schemaTokens: number[] = [];
const messageTokens: number[] = [];
const totalTokens: number[] = [];
const estimateRatio: number[] = [];
for (const id of measured) {
  const start = performance.now();
  const input = buildSummaryInput(data, id, defaultSummaryConfig, asOf);
  anonymizeSummaryInput(input, collectKnownIdentifiers(index, id));
  ms.push(performance.now() - start);
  const prepared = prepareSummaryRequest(data, id, defaultSummaryConfig, asOf);
  const user = countTokens(prepared.messages.user);
  const messages = user + countTokens(prepared.messages.system);
  const schema = countTokens(summaryResponseSchemaText(prepared.payload));
  const total = messages + schema;
  userTokens.push(user);
  schemaTokens.push(schema);
  messageTokens.push(messages);
  totalTokens.push(total);
  estimateRatio.push((estimateTokens(prepared.messages.user) + estimateTokens(prepared.messages.system)) / messages);
}
const sortedTotals = [...totalTokens].sort((a, b) => a - b);
const tokens = median(totalTokens);
recordFigure({
  name: 'core.summary.payload-tokens',
  median: tokens,
  unit: 'tokens',
  target: '≤ 2500',
  met: tokens <= 2500,
  note: `system + user message + the request's JSON schema, o200k; messages alone median ${median(messageTokens)}, user alone ${median(userTokens)}; max ${sortedTotals.at(-1)}; ${measured.length} accounts (all levels); estimateTokens/actual (messages) ${median(estimateRatio).toFixed(2)}`,
});
const schemaMedian = median(schemaTokens);
recordFigure({
  name: 'core.summary.schema-tokens',
  median: schemaMedian,
  unit: 'tokens',
  target: 'counted in payload-tokens',
  met: tokens <= 2500,
  note: `the per-request response schema alone (evidence enum of the payload's points keys, written once in $defs), o200k; max ${[...schemaTokens].sort((a, b) => a - b).at(-1)}`,
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

// Anonymization recall: every corpus value in every text slot of its own account; a value counts
// as leaked when any identifying fragment of it is in the messages or the schema.
const recallModel = createDatasetModel(datasetSchema.parse(recallDataset(recallCorpus)));
let leaked = 0;
const leakedKinds = new Map<string, number>();
recallCorpus.forEach((value, i) => {
  const prepared = prepareSummaryRequest(recallModel, recallAccountId(i), defaultSummaryConfig, smallAsOf);
  const sent = [prepared.messages.system, prepared.messages.user, summaryResponseSchemaText(prepared.payload)].join('\n');
  if (leakedFragments(sent, value).length > 0) {
    leaked += 1;
    leakedKinds.set(value.kind, (leakedKinds.get(value.kind) ?? 0) + 1);
  }
});
const recall = (recallCorpus.length - leaked) / recallCorpus.length;
recordFigure({
  name: 'core.summary.anonymization-recall',
  median: Math.round(recall * 10_000) / 100,
  unit: '%',
  target: '100% (0 values leaked)',
  met: leaked === 0,
  note: `${recallCorpus.length} values (${new Set(recallCorpus.map((v) => v.kind)).size} kinds from Presidio's entity list), each in 8 text slots; ${leaked} leaked${leaked ? ` (${[...leakedKinds].map(([k, n]) => `${k} ${n}`).join(', ')})` : ''}`,
});
