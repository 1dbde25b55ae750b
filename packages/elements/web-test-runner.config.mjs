/**
 * web-test-runner: element tests in Debian's headless Chromium (no browser download), TypeScript
 * through esbuild with Lit's legacy decorators, workspace packages from `src/` via the
 * `@successkit/source` condition. `test/stub-api.mjs` answers a stub successkit API on the same
 * real HTTP server. A reporter writes the pass/fail counts for `pnpm test`.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from '../../tools/wtr-count-reporter.mjs';
import { stubApiMiddleware } from './test/stub-api.mjs';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@successkit/source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.esbuild.json', import.meta.url).pathname }),
  ],
  middleware: [stubApiMiddleware],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromium,
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage',
          // Never throttle a page that is not in front.
          '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows', '--disable-renderer-backgrounding'],
      },
    }),
  ],
  // One page at a time: keyboard, focus and dialog tests need the page to have focus.
  concurrency: 1,
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 120000,
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), countReporter('elements')],
};
