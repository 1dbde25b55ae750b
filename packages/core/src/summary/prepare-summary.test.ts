import { describe, expect, it } from 'vitest';
import { summaryPreviewSchema } from '../api/summary-api.ts';
import { createDatasetModel } from '../model/dataset-model.ts';
import { smallAsOf, smallDataset } from './__fixtures__/small-dataset.ts';
import { inputFingerprint } from './cache-policy.ts';
import { defaultSummaryConfig } from './config.ts';
import { buildEvidence } from './evidence.ts';
import { writeOfflineSummary } from './offline-generator.ts';
import { buildSummaryPreview, prepareSummaryRequest } from './prepare-summary.ts';
import { summarySystemPrompt } from './prompt.ts';

const data = createDatasetModel(smallDataset());

describe('prepareSummaryRequest', () => {
  const prepared = prepareSummaryRequest(data, 'acme', defaultSummaryConfig, smallAsOf);

  it('returns the input, the anonymized payload, the mapping, the prompt and the fingerprint', () => {
    expect(prepared.input.points['account.name']!.value).toBe('Acme Corporation');
    expect(prepared.payload.points['account.name']!.value).toBe('ACCOUNT_1');
    expect(prepared.mapping.ACCOUNT_1).toBe('Acme Corporation');
    expect(prepared.messages.system).toBe(summarySystemPrompt);
    expect(prepared.messages.user).toContain('"ACCOUNT_1"');
    expect(prepared.messages.user).not.toContain('Acme');
    expect(prepared.fingerprint).toBe(inputFingerprint(prepared.input));
    expect(Object.keys(prepared.payload.points)).toEqual(Object.keys(prepared.input.points));
  });

  it('builds the admin preview: the exact messages and payload that leave the server', () => {
    const preview = summaryPreviewSchema.parse(buildSummaryPreview(data, 'acme', defaultSummaryConfig, smallAsOf));
    expect(preview.messages).toEqual([
      { role: 'system', content: prepared.messages.system },
      { role: 'user', content: prepared.messages.user },
    ]);
    expect(preview.payload).toEqual(prepared.payload);
    expect(preview.tokens).toBeGreaterThan(100);
  });

  it('builds the evidence map with names restored', () => {
    const output = writeOfflineSummary(prepared.payload);
    const evidence = buildEvidence(output, prepared.payload, prepared.mapping);
    expect(evidence['account.name']).toEqual({ label: 'Account', value: 'Acme Corporation' });
    expect(evidence['children.riskDriver']).toEqual({ label: 'Sub-account driving risk', value: 'Acme Europe' });
    expect(evidence['attr.arr.rolledUp']).toEqual({ label: 'ARR, rolled up over all sub-accounts', value: 100000 }); // the model's rollups
    expect(JSON.stringify(evidence)).not.toMatch(/ACCOUNT_\d|PERSON_\d/);
    const cited = new Set([...output.kpis.map((k) => k.key), ...Object.values(output.sections).flat().flatMap((s) => s.evidence)]);
    expect(Object.keys(evidence).sort()).toEqual([...cited].sort());
  });
});
