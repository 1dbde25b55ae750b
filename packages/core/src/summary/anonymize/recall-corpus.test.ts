/**
 * Anonymization recall over the Presidio-derived corpus (`__fixtures__/recall-corpus.ts`): every
 * value planted in every text slot of its own account, and not one identifying fragment in what
 * would leave the server — the system and user messages and the request's JSON schema. The
 * same corpus runs through the server's whole pipeline (model requests at the stub server, log
 * lines, job payloads) in the server package, and `pnpm bench` reports the recall.
 */
import { describe, expect, it } from 'vitest';
import { createDatasetModel } from '../../model/dataset-model.ts';
import { datasetSchema } from '../../dataset/schema.ts';
import { smallAsOf } from '../__fixtures__/small-dataset.ts';
import { defaultSummaryConfig } from '../config.ts';
import { summaryResponseSchemaText } from '../output-schema-json.ts';
import { prepareSummaryRequest } from '../prepare-summary.ts';
import { recallCorpus } from './__fixtures__/recall-corpus.ts';
import { leakedFragments, recallAccountId, recallDataset } from './__fixtures__/recall-dataset.ts';
import { deanonymize } from './deanonymize.ts';

const model = createDatasetModel(datasetSchema.parse(recallDataset(recallCorpus)));

function run(i: number) {
  const value = recallCorpus[i]!;
  const prepared = prepareSummaryRequest(model, recallAccountId(i), defaultSummaryConfig, smallAsOf);
  const strings = (p: typeof prepared.input) => Object.values(p.points).flatMap((point) => [point.label, ...(typeof point.value === 'string' ? [point.value] : [])]);
  const placed = strings(prepared.input).filter((s) => s.includes(value.written)).length;
  const sent = [prepared.messages.system, prepared.messages.user, summaryResponseSchemaText(prepared.payload)].join('\n');
  const restored = strings(prepared.payload).map((s) => deanonymize(s, prepared.mapping)).join('\n');
  return { value, placed, leaked: leakedFragments(sent, value), restored: leakedFragments(restored, value).length > 0 };
}

describe('anonymization recall corpus', () => {
  it('has at least 500 values of every kind', () => {
    expect(recallCorpus.length).toBeGreaterThanOrEqual(500);
    expect(new Set(recallCorpus.map((v) => v.kind))).toEqual(new Set(['person', 'account', 'email', 'phone', 'iban', 'card', 'ip', 'url', 'domain', 'address']));
  });

  const kinds = [...new Set(recallCorpus.map((v) => v.kind))];
  it.each(kinds)('%s: planted in every slot, nothing identifying is sent, and the reader gets it back', (kind) => {
    const failures: string[] = [];
    recallCorpus.forEach((v, i) => {
      if (v.kind !== kind) return;
      const r = run(i);
      if (r.placed < 6) failures.push(`${JSON.stringify(v.written)} placed in only ${r.placed} slots`);
      if (r.leaked.length > 0) failures.push(`${JSON.stringify(v.written)} leaked ${JSON.stringify(r.leaked)}`);
      if (!r.restored) failures.push(`${JSON.stringify(v.written)} not restored`);
    });
    expect(failures).toEqual([]);
  });
});
