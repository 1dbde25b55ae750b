import { describe, expect, it } from 'vitest';
import { DatasetError } from './dataset-error.ts';
import { fastValidateDataset } from './fast-validate.ts';
import { parseDataset } from './parse-dataset.ts';
import { datasetSchema } from './schema.ts';

const v1 = {
  version: 1,
  tenant: { id: 't1', name: 'Tenant' },
  accountTypes: [{ id: 'company', name: 'Company', parentTypeId: null }],
  attributes: [{ key: 'arr', label: 'ARR', type: 'currency', category: 'valueMetrics', rollup: 'sum' }],
  accounts: [{ id: 'a1', name: 'Acme', typeId: 'company', parentId: null, attributes: { arr: 100 } }],
  usage: [{ accountId: 'a1', date: '2026-01-02', activeUsers: 3 }],
};

function v2(): Record<string, unknown> {
  return {
    ...structuredClone(v1),
    version: 2,
    attributes: [{ key: 'arr', label: 'ARR', type: 'currency', category: 'valueMetrics', rollup: 'sum', editable: true }],
    usage: [{ accountId: 'a1', date: '2026-01-02', activeUsers: 3, users: { 'eu-1': 12 } }],
    tickets: [{ id: 'tk-1', accountId: 'a1', subject: 'Login fails', priority: 'high', status: 'solved', openedAt: '2026-01-01T09:00:00Z', solvedAt: '2026-01-02T09:00:00Z' }],
    assets: [{ id: 'as-1', accountId: 'a1', name: 'Contract', url: 'https://docs.example.com/c.pdf', kind: 'document', addedAt: '2026-01-01' }],
    collections: [{ id: 'op-1', accountId: 'a1', collection: 'opportunities', name: 'Upsell', fields: { amount: 5000, stage: 'Proposal' } }],
    endUsers: [{ id: 'eu-1', accountId: 'a1', name: 'Ana', email: 'ana@acme.test', lastSeenAt: '2026-01-02T10:00:00Z' }],
  };
}

function problemsOf(doc: unknown): { path: string; message: string }[] {
  try {
    parseDataset(doc);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.map(({ path, message }) => ({ path, message }));
    throw error;
  }
  return [];
}

describe('dataset version 2', () => {
  it('parses every version-2 list, by the fast path and by zod alike', () => {
    const doc = v2();
    expect(fastValidateDataset(doc)).toBe(true);
    const dataset = parseDataset(doc);
    expect(dataset.version).toBe(2);
    expect(dataset.tickets?.[0]?.priority).toBe('high');
    expect(dataset.endUsers?.[0]?.id).toBe('eu-1');
    expect(datasetSchema.parse(v2())).toEqual(dataset);
  });

  it('keeps version-1 files valid, with the version-2 lists absent', () => {
    const dataset = parseDataset(structuredClone(v1));
    expect(dataset.version).toBe(1);
    expect(dataset.tickets).toBeUndefined();
  });

  it('rejects version-2 keys in a version-1 file, naming each path and "needs version 2"', () => {
    const doc = { ...v2(), version: 1, attributeHistory: [{ accountId: 'a1', key: 'arr', at: '2026-01-01', old: 1, new: 100, actor: { kind: 'user', id: 'u' } }] };
    const problems = problemsOf(doc);
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['tickets', 'assets', 'collections', 'endUsers', 'attributes[0].editable', 'usage[0].users', 'attributeHistory[0].actor']));
    expect(problems.every((p) => p.message.includes('needs version 2'))).toBe(true);
  });

  it('rejects unknown versions', () => {
    expect(problemsOf({ ...v2(), version: 3 }).map((p) => p.path)).toContain('version');
  });

  it('checks references, ids and times of the version-2 lists', () => {
    const doc = v2();
    (doc.tickets as Record<string, unknown>[]).push({ id: 'tk-1', accountId: 'nope', priority: 'low', status: 'open', openedAt: '2026-01-05' });
    (doc.tickets as Record<string, unknown>[])[0]!.solvedAt = '2025-12-31T00:00:00Z';
    (doc.usage as Record<string, unknown>[])[0]!.users = { 'eu-9': 1 };
    const problems = problemsOf(doc);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'tickets[1].id', message: 'duplicate id "tk-1" (first at tickets[0])' },
        { path: 'tickets[1].accountId', message: 'unknown account "nope"' },
        { path: 'tickets[0].solvedAt', message: 'solvedAt 2025-12-31T00:00:00Z is before openedAt 2026-01-01T09:00:00Z' },
        { path: 'usage[0].users["eu-9"]', message: 'unknown end user "eu-9" (not in endUsers)' },
      ]),
    );
  });

  it('accepts only http(s) asset URLs, so a javascript: link never reaches a page', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '//evil.test/x', 'ftp://files.test/a', 'https://']) {
      const doc = v2();
      (doc.assets as Record<string, unknown>[])[0]!.url = url;
      expect(fastValidateDataset(doc)).toBe(false);
      expect(problemsOf(doc)).toContainEqual({ path: 'assets[0].url', message: 'expected an absolute http(s) URL' });
    }
  });

  it('names an unknown key inside a version-2 record', () => {
    const doc = v2();
    (doc.collections as Record<string, unknown>[])[0]!.colour = 'red';
    expect(problemsOf(doc)).toContainEqual({ path: 'collections[0].colour', message: 'unknown key "colour"' });
  });
});
