/**
 * Vite for the demo portal: builds the pages to `dist/` (served by the portal server), and in
 * `pnpm dev` serves them with live reload, proxying the API to the portal server. Workspace
 * packages resolve to their `src/` (the `@successkit/source` condition), so editing an element
 * reloads the page.
 */
import { defineConfig } from 'vite';

const apiPort = Number(process.env.SK_API_PORT ?? 8788);

export default defineConfig({
  resolve: { conditions: ['@successkit/source', 'browser', 'module', 'import', 'default'] },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  server: {
    port: Number(process.env.PORT ?? 8787),
    strictPort: true,
    proxy: Object.fromEntries(['/v1', '/portal-api', '/healthz', '/readyz'].map((path) => [path, `http://127.0.0.1:${apiPort}`])),
  },
});
