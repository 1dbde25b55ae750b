/**
 * A web-test-runner reporter that writes `{ numPassedTests, numFailedTests }` to
 * `.test-results/<name>.json`, the format `pnpm test` sums across runners.
 */
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) continue;
    if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

/** @param {string} name the report's file name */
export function countReporter(name) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load counts as one failed test.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
      const dir = new URL('../.test-results/', import.meta.url);
      mkdirSync(dir, { recursive: true });
      writeFileSync(new URL(`${name}.json`, dir), JSON.stringify({ numPassedTests: totals.passed, numFailedTests: totals.failed }));
    },
  };
}
