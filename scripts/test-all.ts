/**
 * `pnpm test`: runs every test runner of the workspace in turn (vitest for core and server,
 * web-test-runner in headless Chromium for elements, the end-to-end suite, the Storybook
 * checks, the packed-packages test), then sums their JSON reports into one last line `N passed, N failed`.
 * Just above that line it names every failed test (`failed: <suite> › <test>` with the first line of its
 * error), so the tail of a CI log says what broke even when the runners' own output is cut.
 * Exits non-zero when any test fails or any runner crashes without a report.
 *
 * `pnpm test core server` runs only the named suites.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

interface Suite { name: string; cwd: string; args: string[] }

/**
 * A runner's JSON report: vitest's `json` reporter (with `testResults`), or the plain counts our
 * web-test-runner and Storybook reporters write (with `failures`: one line per failed test).
 */
interface Report {
  numPassedTests: number;
  numFailedTests: number;
  failures?: string[];
  testResults?: Array<{
    name: string;
    message?: string;
    assertionResults?: Array<{ status: string; fullName: string; failureMessages?: string[] }>;
  }>;
}

/** One line per failed test (or test file that failed to load) of a report. */
function failuresOf(report: Report): string[] {
  const lines = [...(report.failures ?? [])];
  for (const file of report.testResults ?? []) {
    const where = file.name.replace(/^.*?\/(src|test)\//, '$1/');
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failedTests) lines.push(`${where} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    if (failedTests.length === 0 && file.message) lines.push(`${where}: ${firstLine(file.message)}`);
  }
  return lines;
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n')[0]!.slice(0, 300);
}

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
  const counts = JSON.parse(readFileSync(report, 'utf8')) as Report;
  passed += counts.numPassedTests;
  failed += counts.numFailedTests;
  for (const failure of failuresOf(counts)) problems.push(`failed: ${suite.name} › ${failure}`);
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
