import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyEmbedToken } from '../auth/embed-token.ts';
import type { Json } from '../__fixtures__/http-helpers.ts';
import { testDataset } from '../__fixtures__/test-datasets.ts';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const secret = 'cli-test-secret-0123456789-abcdefghijkl';
const env = { ...process.env, SUCCESSKIT_JWT_SECRET: secret, LOG_LEVEL: 'silent' };
const dir = mkdtempSync(join(tmpdir(), 'successkit-cli-'));

function cli(args: string[], extraEnv: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, ['--conditions=@successkit/source', main, ...args], { env: { ...env, ...extraEnv }, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('successkit CLI', () => {
  const validFile = join(dir, 'alpha.json');
  writeFileSync(validFile, JSON.stringify(testDataset('alpha')));

  it('validate: 0 for a valid file', () => {
    const result = cli(['validate', validFile]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('valid');
  });

  it('validate: lists every problem with its JSON path and exits 1', () => {
    const bad = structuredClone(testDataset('alpha')) as unknown as { accounts: Array<Record<string, unknown>>; extra?: number };
    bad.accounts[1]!.parentId = 'ghost';
    bad.accounts[2]!.typeId = 7;
    bad.extra = 1;
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const result = cli(['validate', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('accounts[2].typeId');
    expect(result.stdout).toMatch(/extra/);
  });

  it('validate: a missing file is named', () => {
    const result = cli(['validate', join(dir, 'missing.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing.json');
  });

  it('token: prints a verifiable token; refuses a ttl above 15m and a missing secret', async () => {
    const result = cli(['token', '--tenant', 'alpha', '--user', 'u-1', '--seat', 'contributor', '--admin', '--ttl', '10m']);
    expect(result.code).toBe(0);
    const caller = await verifyEmbedToken(result.stdout.trim(), { secret, issuer: 'successkit', audience: 'successkit' });
    expect(caller).toMatchObject({ tenantId: 'alpha', userId: 'u-1', seat: 'contributor' });
    expect(caller.permissions.has('summary:configure')).toBe(true);
    const long = cli(['token', '--tenant', 'a', '--user', 'u', '--seat', 'viewer', '--ttl', '16m']);
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('--ttl');
    const noSecret = cli(['token', '--tenant', 'a', '--user', 'u', '--seat', 'viewer'], { SUCCESSKIT_JWT_SECRET: '' });
    expect(noSecret.code).toBe(1);
    expect(noSecret.stderr).toContain('SUCCESSKIT_JWT_SECRET');
    expect(cli(['token', '--tenant', 'a', '--user', 'u', '--seat', 'boss']).stderr).toContain('--seat');
  });

  it('seed: writes a dataset that validates', () => {
    const out = join(dir, 'seed.json');
    const result = cli(['seed', '--accounts', '30', '--seed', '7', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).accounts.length).toBeGreaterThanOrEqual(30);
    expect(cli(['validate', out]).code).toBe(0);
  });

  it('serve: names what is wrong', () => {
    expect(cli(['serve']).stderr).toContain('--data');
    expect(cli(['serve', '--data', join(dir, 'nope.json'), '--store', 'memory']).stderr).toContain('nope.json');
    expect(cli(['serve', '--data', validFile, '--port', 'eighty']).stderr).toContain('--port');
    expect(cli(['serve', '--data', validFile, '--store', 'mongo://x']).stderr).toContain('--store');
  });

  const children: Array<ReturnType<typeof spawn>> = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('serve: prints the URL, answers, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--conditions=@successkit/source', main, 'serve', '--data', validFile, '--port', '0', '--store', 'memory'], { env });
    children.push(child);
    let stdout = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        stdout += chunk;
        const match = /listening on (http:\/\/\S+)/.exec(stdout);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited early (${code})`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const token = cli(['token', '--tenant', 'alpha', '--user', 'u-csm', '--seat', 'viewer']).stdout.trim();
    const profile = await fetch(`${url}/v1/accounts/acc-root`, { headers: { authorization: `Bearer ${token}` } });
    expect(profile.status).toBe(200);
    expect(((await profile.json()) as Json).account.id).toBe('acc-root');
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
