/**
 * `pnpm check-packages`: what a publish would ship, checked. For each public package: `pnpm pack`
 * to a tarball, then publint and @arethetypeswrong/cli (ESM-only profile) on that tarball, and a
 * check that it carries no tests, fixtures or benchmarks. Needs `pnpm build` first.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const packages = process.argv.length > 2 ? process.argv.slice(2) : ['packages/core', 'packages/server', 'packages/elements'];
const forbidden = [/\.test\.ts$/, /__fixtures__\//, /\.bench\.ts$/, /(^|\/)bench\//, /(^|\/)test\//, /tsconfig/, /vitest\.config/, /web-test-runner/];
const out = mkdtempSync(join(tmpdir(), 'sk-pack-'));
let problems = 0;

for (const dir of packages) {
  console.log(`\n# ${dir}`);
  const before = new Set(readdirSync(out));
  execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: dir, stdio: 'ignore' });
  const tarball = join(out, readdirSync(out).find((f) => !before.has(f))!);
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
  const bad = files.filter((file) => forbidden.some((pattern) => pattern.test(file)));
  if (bad.length) {
    problems += 1;
    console.log(`pack contains files it must not ship:\n  ${bad.join('\n  ')}`);
  } else {
    console.log(`pack: ${files.length} files, no tests, fixtures or benchmarks`);
  }
  for (const [tool, args] of [
    ['publint', [resolve('node_modules/.bin/publint'), '--strict', tarball]],
    ['attw', [resolve('node_modules/.bin/attw'), '--profile', 'esm-only', '--format', 'ascii', tarball]],
  ] as const) {
    const run = spawnSync(args[0], args.slice(1), { encoding: 'utf8' });
    const output = `${run.stdout}${run.stderr}`.trim();
    console.log(`${tool}: ${run.status === 0 ? 'ok' : 'PROBLEMS'}\n${output.split('\n').map((l) => `  ${l}`).join('\n')}`);
    if (run.status !== 0) problems += 1;
  }
}
rmSync(out, { recursive: true, force: true });
console.log(problems ? `\ncheck-packages: ${problems} problem(s)` : '\ncheck-packages: every package is clean');
process.exit(problems ? 1 : 0);
