import { describe, expect, it } from 'vitest';
import { sampleSummary } from '../stores/stores.contract.ts';
import { jsonText } from './json-text.ts';

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}

describe('jsonText', () => {
  it('gives exactly the text of JSON.stringify, for answers around frozen and plain records', () => {
    const summary = deepFreeze(sampleSummary());
    const bodies: unknown[] = [
      { state: 'fresh', summary, dataChanged: false, myVote: null, jobId: null },
      { state: 'expired', summary, dataChanged: true, myVote: 'up', jobId: 'job-"1"' },
      { state: 'generating', jobId: 'j', lastGood: summary, lastError: null, skipped: undefined, fn: () => 1 },
      { state: 'generating', jobId: 'j', lastGood: null, lastError: { status: 502, detail: 'é\u2028' } },
      summary,
      [summary, 1, 'x'],
      { nested: { summary } },
      {},
      'text',
      42,
      null,
      new Date(0),
    ];
    for (const body of bodies) {
      expect(jsonText(body)).toBe(JSON.stringify(body));
      expect(jsonText(body)).toBe(JSON.stringify(body)); // and again, from what it remembered
    }
  });

  it('never reuses the text of an object that can still change', () => {
    const open = sampleSummary();
    const body = { state: 'fresh', summary: open };
    expect(jsonText(body)).toBe(JSON.stringify(body));
    open.inputFingerprint = 'changed';
    expect(jsonText(body)).toContain('"inputFingerprint":"changed"');
    // Frozen on top but not inside: still serialised afresh.
    const shallow = Object.freeze({ ...sampleSummary(), output: { kpis: [] as unknown[] } });
    expect(jsonText({ summary: shallow })).toBe(JSON.stringify({ summary: shallow }));
    shallow.output.kpis.push({ key: 'late' });
    expect(jsonText({ summary: shallow })).toContain('"late"');
  });
});
