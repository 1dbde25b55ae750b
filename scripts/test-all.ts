/**
 * `pnpm test`: runs every test runner of the workspace in turn (vitest for core and server,
 * web-test-runner in headless Chromium for elements, the end-to-end suite, the Storybook
 * checks, the packed-packages test), then sums their JSON reports into one last line `N passed, N failed`.
 * Exits non-zero when any test fails or any runner crashes without a report.
 *
 * `pnpm test core server` runs only the named suites.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

interface Suite { name: string; cwd: string; args: string[] }

const suites: Suite[] = [
  { name: 'core', cwd: 'packages/core', args: ['run', 'test'] },
  { name: 'server', cwd: 'packages/server', args: ['run', 'test'] },
  { name: 'elements', cwd: 'packages/elements', args: ['run', 'test'] },
  { name: 'demo-portal-e2e', cwd: 'apps/demo-portal', args: ['run', 'test'] },
  { name: 'pack', cwd: 'apps/pack-test', args: ['run', 'test'] },
  { name: 'storybook', cwd: '.', args: ['run', 'test-storybook'] },
];

const wanted = process.argv.slice(2);
rmSync('.test-results/summary.txt', { force: true });
let passed = 0;
let failed = 0;
const problems: string[] = [];
for (const suite of suites) {
  if (wanted.length && !wanted.includes(suite.name)) continue;
  const pkg = JSON.parse(readFileSync(`${suite.cwd}/package.json`, 'utf8')) as { scripts?: Record<string, string> };
  const script = suite.args[1]!;
  if (!pkg.scripts?.[script]) continue;
  const report = `.test-results/${suite.name}.json`;
  rmSync(report, { force: true });
  console.log(`\n━━ ${suite.name} ━━`);
  const run = spawnSync('pnpm', suite.args, { cwd: suite.cwd, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  if (!existsSync(report)) {
    failed += 1;
    problems.push(`${suite.name}: no report (exit ${run.status})`);
    continue;
  }
  const counts = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += counts.numPassedTests;
  failed += counts.numFailedTests;
  if (run.status !== 0 && counts.numFailedTests === 0) {
    failed += 1;
    problems.push(`${suite.name}: exited ${run.status} with no failed test (an error outside the tests)`);
  }
  console.log(`${suite.name}: ${counts.numPassedTests} passed, ${counts.numFailedTests} failed`);
}
for (const problem of problems) console.log(`problem: ${problem}`);
mkdirSync('.test-results', { recursive: true });
writeFileSync('.test-results/summary.txt', `${passed} ${failed}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
