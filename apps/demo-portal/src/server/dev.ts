/**
 * `pnpm dev`: the portal server with the API on 8788 and Vite's dev server on 8787 with live
 * reload (elements and pages from source), proxying the API.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const apiPort = 8788;
const api = spawn(process.execPath, ['--conditions=@successkit/source', fileURLToPath(new URL('./main.ts', import.meta.url)), '--api-only'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: String(apiPort) },
});
const vite = await createServer({ configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)), root: fileURLToPath(new URL('../..', import.meta.url)) });
await vite.listen();
vite.printUrls();
const stop = () => {
  api.kill('SIGTERM');
  void vite.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
