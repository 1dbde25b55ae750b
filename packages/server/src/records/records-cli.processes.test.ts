/**
 * The store of record through the real CLI, in real processes on one SQLite file: `key create`
 * prints the key alone on its last line; `import` writes a snapshot once, skips an unchanged
 * file and re-imports a changed one; `serve --data` serves from the store, keeps ingested
 * changes across a restart, and a second server on the same file converges within 1 s.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Json } from '../__fixtures__/http-helpers.ts';
import { testDataset } from '../__fixtures__/test-datasets.ts';

const main = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
const secret = 'records-cli-secret-0123456789-abcdefgh';
const env = { ...process.env, SUCCESSKIT_JWT_SECRET: secret, LOG_LEVEL: 'silent' };
const dir = mkdtempSync(join(tmpdir(), 'sk-records-cli-'));
const store = `sqlite:${join(dir, 'successkit.db')}`;
const file = join(dir, 'alpha.json');
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[]) {
  const result = spawnSync(process.execPath, ['--conditions=@successkit/source', main, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function serve(args: string[]): Promise<{ url: string; stop(): Promise<number | null>; output(): string }> {
  const child = spawn(process.execPath, ['--conditions=@successkit/source', main, 'serve', '--port', '0', '--store', store, ...args], { env });
  children.push(child);
  let stdout = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) resolve(match[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => (stdout += chunk));
    child.once('exit', (code) => reject(new Error(`serve exited early (${code}): ${stdout}`)));
  });
  return {
    url,
    output: () => stdout,
    stop: () => {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      return exited;
    },
  };
}

describe('store of record through the CLI', () => {
  writeFileSync(file, JSON.stringify(testDataset('alpha')));
  let key = '';

  it('key create prints the key alone on the last line; list and revoke manage keys', () => {
    const created = cli(['key', 'create', '--tenant', 'alpha', '--name', 'etl', '--store', store]);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const lines = created.stdout.trimEnd().split('\n');
    key = lines.at(-1)!;
    expect(key).toMatch(/^sks_[A-Za-z0-9_-]{43}$/);
    const spare = cli(['key', 'create', '--tenant', 'alpha', '--store', store]).stdout.trimEnd().split('\n').at(-1)!;
    const listed = cli(['key', 'list', '--tenant', 'alpha', '--store', store]).stdout;
    expect(listed).toContain('etl');
    expect(listed).not.toContain(key); // only hashes are kept
    const spareId = listed.split('\n').find((line) => line.includes('default'))!.split('\t')[0]!;
    expect(cli(['key', 'revoke', '--tenant', 'alpha', '--id', spareId, '--store', store]).code).toBe(0);
    expect(cli(['key', 'list', '--tenant', 'alpha', '--store', store]).stdout).toMatch(/default\t.*revoked/);
    expect(cli(['key', 'revoke', '--tenant', 'alpha', '--id', spareId, '--store', store]).code).toBe(1);
    expect(cli(['key', 'create', '--store', store]).stderr).toContain('--tenant');
    expect(spare).not.toBe(key);
  }, 60_000);

  it('import writes the snapshot once, skips an unchanged file, re-imports a changed one', () => {
    const first = cli(['import', file, '--store', store]);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('tenant alpha imported');
    expect(cli(['import', file, '--store', store]).stdout).toContain('unchanged since its last import');
    const changed = testDataset('alpha');
    changed.accounts[1]!.name = 'ALPHA Renamed';
    writeFileSync(file, JSON.stringify(changed));
    expect(cli(['import', file, '--store', store]).stdout).toContain('re-imported (1 changes), seq 1');
    expect(cli(['import', join(dir, 'nope.json'), '--store', store]).stderr).toContain('nope.json');
  }, 60_000);

  it('serve keeps ingested changes across a restart, and a second server converges within 1 s', async () => {
    const token = cli(['token', '--tenant', 'alpha', '--user', 'u-csm', '--seat', 'viewer']).stdout.trim();
    const profile = async (url: string): Promise<Json> => (await fetch(`${url}/v1/accounts/acc-alpha-2`, { headers: { authorization: `Bearer ${token}` } })).json();
    const one = await serve(['--data', file]);
    const two = await serve([]);
    expect(one.output()).toContain('unchanged since its last import');
    const body = { upserts: { accounts: [{ id: 'acc-alpha-2', name: 'ALPHA Moved', typeId: 'product', parentId: 'acc-root', attributes: { arr: 4242 } }] } };
    const answer = await fetch(`${one.url}/v1/ingest`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as Json).seq).toBe(2);
    expect((await profile(one.url)).account.name).toBe('ALPHA Moved'); // read-your-writes
    const until = Date.now() + 1_000;
    let seen = '';
    while (Date.now() < until && seen !== 'ALPHA Moved') {
      seen = (await profile(two.url)).account.name;
      if (seen !== 'ALPHA Moved') await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(seen).toBe('ALPHA Moved');
    expect(await one.stop()).toBe(0);
    expect(await two.stop()).toBe(0);

    const again = await serve(['--data', file]);
    expect((await profile(again.url)).account.name).toBe('ALPHA Moved');
    const feed = (await (await fetch(`${again.url}/v1/changes?after=0`, { headers: { authorization: `Bearer ${key}` } })).json()) as Json;
    expect(feed.changes.map((c: Json) => c.seq)).toEqual([1, 2]);
    expect(await again.stop()).toBe(0);
  }, 60_000);
});
