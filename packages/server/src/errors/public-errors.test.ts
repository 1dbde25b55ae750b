/**
 * The error family, checked from the outside: every public call given bad input fails with a
 * `SuccessKitError` whose `code` is in the README's error-code table, the server answers it with
 * the status that table gives, every code the sources throw and every code the HTTP table maps
 * is documented, and no library file throws a plain `Error`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildAccountChildren,
  buildAccountProfile,
  buildHierarchy,
  buildSummaryInput,
  createDatasetModel,
  defaultSummaryConfig,
  indexDataset,
  MemoryDataSource,
  memberDrilldown,
  parseDataset,
  spotlightQueryFromParams,
  SuccessKitError,
  type DataChange,
  type Dataset,
} from '@successkit/core';
import { generateDataset } from '@successkit/core/synthetic';
import { describe, expect, it } from 'vitest';
import { createSuccessKit } from '../app.ts';
import { mintEmbedToken, verifyEmbedToken } from '../auth/embed-token.ts';
import { readDatasetFile } from '../data/file-tenant-data.ts';
import { staticTenantData } from '../data/static-tenant-data.ts';
import { createGeneratorFromEnv } from '../generators/generator-from-env.ts';
import { problemOfCode, toHttpProblem } from '../http/problem-response.ts';
import { createInlineQueue } from '../jobs/inline-queue.ts';
import { runSimulator } from '../simulate/simulator.ts';
import { createMemoryStores } from '../stores/memory-stores.ts';

const root = join(import.meta.dirname, '../../../..');

/** The README's error-code table: code → HTTP column (`400 validation`, `500 internal`, …). */
function documentedCodes(): Map<string, string> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Error codes'));
  const table = new Map<string, string>();
  for (const match of section.matchAll(/^\| `([a-z<>-]+)` \| .* \| ([^|]+) \|$/gm)) table.set(match[1]!, match[2]!.trim());
  return table;
}

const asOf = '2025-06-01T00:00:00.000Z';
const dataset: Dataset = generateDataset({ seed: 7, accounts: 30, asOf });
const model = createDatasetModel(dataset);
const secret = 'x'.repeat(40);
const key = { secret, issuer: 'https://portal.example', audience: 'successkit' };

/** Public calls with bad input, and the code each must fail with. */
const badCalls: Array<[string, string, () => unknown]> = [
  ['parseDataset({})', 'dataset-invalid', () => parseDataset({})],
  ['buildHierarchy(unknown parent)', 'dataset-invalid', () => buildHierarchy(indexDataset({ ...dataset, accounts: [{ ...dataset.accounts[1]!, parentId: 'nope' }, ...dataset.accounts] }))],
  ['generateDataset({ asOf: "soon" })', 'invalid-argument', () => generateDataset({ seed: 1, accounts: 5, asOf: 'soon' })],
  ['buildAccountProfile(unknown id)', 'account-not-found', () => buildAccountProfile(model, 'nope', asOf, { includeRestricted: true })],
  ['buildAccountChildren(unknown id)', 'account-not-found', () => buildAccountChildren(model, 'nope', asOf, { includeRestricted: true })],
  ['hierarchy.children(unknown id)', 'account-not-found', () => model.hierarchy.children('nope')],
  ['buildSummaryInput(unknown id)', 'account-not-found', () => buildSummaryInput(model, 'nope', defaultSummaryConfig, asOf)],
  ['MemoryDataSource.accounts({ cursor })', 'invalid-argument', () => new MemoryDataSource(dataset).accounts({ cursor: 'not-a-cursor' })],
  ['model.apply(seq 0)', 'change-out-of-order', () => model.apply([{ seq: 0 } as DataChange])],
  ['spotlightQueryFromParams(unknown role)', 'spotlight-query-invalid', () => spotlightQueryFromParams({ role: 'astronaut' }, model, asOf)],
  ['memberDrilldown(unknown user)', 'spotlight-query-invalid', () => memberDrilldown(model, 'nobody', {} as never)],
  ['createSuccessKit({})', 'invalid-argument', () => createSuccessKit({} as never)],
  ['mintEmbedToken(short secret)', 'invalid-argument', () => mintEmbedToken({ ...key, secret: 'short', tenant: 't', user: 'u', seat: 'viewer' })],
  ['mintEmbedToken(ttl 0)', 'invalid-argument', () => mintEmbedToken({ ...key, tenant: 't', user: 'u', seat: 'viewer', ttl: 0 })],
  ['mintEmbedToken(unknown seat)', 'invalid-argument', () => mintEmbedToken({ ...key, tenant: 't', user: 'u', seat: 'captain' as never })],
  ['verifyEmbedToken(garbage)', 'embed-token-invalid', () => verifyEmbedToken('garbage', key)],
  ['staticTenantData(same tenant twice)', 'invalid-argument', () => staticTenantData([dataset, dataset])],
  ['createGeneratorFromEnv(bad STRUCTURED)', 'invalid-argument', () => createGeneratorFromEnv({ OPENAI_API_KEY: 'k', SUCCESSKIT_STRUCTURED: 'yaml' })],
  ['runSimulator({ rate: 0 })', 'invalid-argument', () => runSimulator({ url: 'http://127.0.0.1:1', key: 'k', rate: 0 })],
  ['readDatasetFile(missing)', 'dataset-file-unreadable', () => readDatasetFile(join(root, 'no-such-file.json'))],
  [
    'memory stores after close()',
    'invalid-state',
    async () => {
      const stores = createMemoryStores();
      await stores.close?.();
      return stores.ping?.();
    },
  ],
  [
    'inline queue enqueue after close()',
    'queue-closed',
    async () => {
      const queue = createInlineQueue();
      await queue.close();
      return queue.enqueue({ jobId: 'j', tenantId: 't', accountId: 'a', configVersion: 1, reason: 'generate' } as never, 'k');
    },
  ],
];

async function failureOf(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('public errors', () => {
  const codes = documentedCodes();

  it('the README documents the codes with their HTTP answer', () => {
    expect(codes.size).toBeGreaterThan(20);
    expect(codes.get('invalid-argument')).toBe('400 validation');
  });

  it.each(badCalls)('%s fails with %s, answered as the README says', async (_name, code, call) => {
    const error = await failureOf(call);
    expect(SuccessKitError.isInstance(error), String(error)).toBe(true);
    expect((error as SuccessKitError).code).toBe(code);
    const http = codes.get(code);
    expect(http, `README documents ${code}`).toBeDefined();
    const problem = toHttpProblem(error);
    expect(`${problem.status} ${problem.problemType}`).toBe(http);
  });

  it('every code the HTTP table maps is documented with the status it answers', () => {
    for (const code of Object.keys(problemOfCode)) {
      expect(codes.has(code), code).toBe(true);
      const problem = problemOfCode[code]!(new SuccessKitError(code, 'x') as never);
      if (code !== 'generation-failed') expect(`${problem.status} ${problem.problemType}`, code).toBe(codes.get(code));
    }
  });

  const sources = ['core', 'server', 'elements'].flatMap((pkg) => libraryFiles(join(root, 'packages', pkg, 'src')));

  it('every code the sources throw is documented', () => {
    const thrown = new Set<string>();
    for (const file of sources) {
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:super|new SuccessKitError)\(\s*'([a-z-]+)'/g)) thrown.add(m[1]!);
    }
    expect(thrown.size).toBeGreaterThan(15);
    for (const code of thrown) expect(codes.has(code), `${code} is in the README's error-code table`).toBe(true);
  });

  it('no library file throws a plain Error or declares an error outside the family', () => {
    const offences: string[] = [];
    for (const file of sources) {
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        const plainThrow = /\b(throw|reject\()\s*new (Type|Range|Syntax)?Error\(/.test(line);
        const plainClass = /class \w+ extends (Error|TypeError|RangeError)\b/.test(line) && !file.endsWith('successkit-error.ts');
        if (plainThrow || plainClass) offences.push(`${file.slice(root.length + 1)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(sources.length).toBeGreaterThan(100);
    expect(offences).toEqual([]);
  });
});

/** Library sources: no tests, fixtures, contract suites or test helpers. */
function libraryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !/\.(test|contract|bench|stories)\.ts$|test-helpers|__fixtures__/.test(f));
}
