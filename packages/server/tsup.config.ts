import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'scale-out/index': 'src/scale-out/index.ts', 'cli/main': 'src/cli/main.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts', 'scale-out/index': 'src/scale-out/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node22',
  platform: 'node',
  // Keep `node:` specifiers: `node:sqlite` has no bare form, and tsup strips the prefix by default.
  removeNodeProtocol: false,
});
