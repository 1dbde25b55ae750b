/**
 * The pack test's vitest config. Unlike the workspace packages it does NOT use the
 * `@successkit/source` condition (vitest.shared.ts): everything it loads must come from the
 * packed tarballs, the way an embedder's Node resolves them. The JSON report goes to
 * `.test-results/pack.json` for `pnpm test`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: `${root}.test-results/pack.json` },
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
