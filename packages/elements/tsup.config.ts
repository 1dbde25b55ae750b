import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** Every element folder with a defining entry (`src/<name>/define.ts`). */
const elements = readdirSync('src').filter((name) => name !== 'shared' && existsSync(`src/${name}/define.ts`));

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'define-all': 'src/define-all.ts',
    react: 'src/react.ts',
    ...Object.fromEntries(elements.map((name) => [`${name}/define`, `src/${name}/define.ts`])),
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['lit', /^lit\//, /^@lit\//, '@successkit/core', /^@successkit\/core\//, 'react'],
  tsconfig: 'tsconfig.json',
});
