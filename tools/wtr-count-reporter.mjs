/**
 * A web-test-runner reporter that writes `{ numPassedTests, numFailedTests, failures }` to
 * `.test-results/<name>.json`, the format `pnpm test` sums across runners (`failures` names each
 * failed test with the first line of its error).
 */
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals, file, path) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) continue;
    if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      const message = String(test.error?.message ?? '').split('\n')[0].slice(0, 300);
      totals.failures.push(`${file} › ${[...path, test.name].join(' › ')}: ${message}`);
    }
  }
  for (const child of suite.suites ?? []) count(child, totals, file, [...path, child.name]);
}

/** @param {string} name the report's file name */
export function countReporter(name) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, failures: [] };
      for (const session of sessions) {
        const file = String(session.testFile).replace(/^.*?\/(src|test)\//, '$1/');
        if (session.testResults) count(session.testResults, totals, file, []);
        // A file that failed to load counts as one failed test.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.failed += 1;
          totals.failures.push(`${file}: ${String(session.errors[0]?.message ?? '').split('\n')[0].slice(0, 300)}`);
        }
      }
      const dir = new URL('../.test-results/', import.meta.url);
      mkdirSync(dir, { recursive: true });
      writeFileSync(new URL(`${name}.json`, dir), JSON.stringify({ numPassedTests: totals.passed, numFailedTests: totals.failed, failures: totals.failures }));
    },
  };
}
