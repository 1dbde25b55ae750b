import { describe, expect, it } from 'vitest';
import { createDatasetModel } from '../model/dataset-model.ts';
import { generateDataset } from '../synthetic/generate-dataset.ts';
import { smallAsOf, smallDataset } from './__fixtures__/small-dataset.ts';
import { defaultSummaryConfig } from './config.ts';
import { checkFaithfulness } from './faithfulness.ts';
import { createOfflineGenerator, writeOfflineSummary } from './offline-generator.ts';
import { summaryOutputSchema, summarySectionNames } from './output-schema.ts';
import { prepareSummaryRequest } from './prepare-summary.ts';

describe('offline generator', () => {
  const prepared = prepareSummaryRequest(createDatasetModel(smallDataset()), 'acme', defaultSummaryConfig, smallAsOf);

  it('is labelled as generated without AI and streams every section in order', async () => {
    const generator = createOfflineGenerator();
    const seen: string[] = [];
    const result = await generator.generate({ messages: prepared.messages, payload: prepared.payload, onSection: (s) => seen.push(s) });
    expect(generator.info).toEqual({ kind: 'offline', model: null, label: 'Offline summary — generated without AI' });
    expect(result.generator.kind).toBe('offline');
    expect(result.usage).toBeNull();
    expect(seen).toEqual([...summarySectionNames]);
    expect(summaryOutputSchema.parse(result.output)).toEqual(result.output);
    for (const name of summarySectionNames) expect(result.output.sections[name].length).toBeGreaterThan(0);
    expect(result.output.kpis.map((k) => k.key)).toEqual(prepared.payload.kpis);
  });

  it('is deterministic and writes only pseudonyms', async () => {
    const a = writeOfflineSummary(prepared.payload);
    expect(writeOfflineSummary(prepared.payload)).toEqual(a);
    const text = JSON.stringify(a);
    expect(text).toContain('ACCOUNT_1');
    expect(text).not.toMatch(/Acme|Jane|Dana/);
    expect(a.sections.risks.map((s) => s.text).join(' ')).toContain('ACCOUNT_2 drives risk');
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(createOfflineGenerator().generate({ messages: prepared.messages, payload: prepared.payload, signal: controller.signal })).rejects.toMatchObject({
      name: 'GenerationError',
      kind: 'timeout',
    });
  });

  it('passes the faithfulness check for 1,000 synthetic accounts', { timeout: 300_000 }, () => {
    const asOf = '2026-01-31T00:00:00Z';
    const dataset = generateDataset({ seed: 7, accounts: 1000, asOf });
    const data = createDatasetModel(dataset);
    const failures: string[] = [];
    let statements = 0;
    for (const account of dataset.accounts) {
      const { payload } = prepareSummaryRequest(data, account.id, defaultSummaryConfig, asOf);
      const output = writeOfflineSummary(payload);
      statements += Object.values(output.sections).flat().length;
      const result = checkFaithfulness(output, payload);
      for (const f of result.failures) failures.push(`${account.id} ${f.section}[${f.index}]: ${f.reason} — ${f.text}`);
    }
    expect(dataset.accounts).toHaveLength(1000);
    expect(statements).toBeGreaterThan(10_000);
    expect(failures).toEqual([]);
  });
});
