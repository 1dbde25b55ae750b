/**
 * The vitest settings every package shares: resolve workspace packages to their `src/`
 * through the `@successkit/source` export condition (no build before a test), and write a
 * JSON report to `.test-results/<name>.json` so `pnpm test` can sum every runner.
 */
import { fileURLToPath } from 'node:url';
import { defaultServerConditions, defaultClientConditions } from 'vite';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Builds a package's vitest config; `name` names its report file. */
export function sharedVitestConfig(name: string, extra: ViteUserConfig['test'] = {}): ViteUserConfig {
  return defineConfig({
    resolve: { conditions: ['@successkit/source', ...defaultClientConditions] },
    ssr: { resolve: { conditions: ['@successkit/source', ...defaultServerConditions] } },
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      reporters: ['default', 'json'],
      outputFile: { json: `${root}.test-results/${name}.json` },
      testTimeout: 20_000,
      hookTimeout: 30_000,
      ...extra,
    },
  });
}
