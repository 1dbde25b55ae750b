import { defineConfig } from 'tsup';

const elements = ['account-summary', 'summary-settings', 'team-spotlight', 'account-health', 'account-hierarchy', 'successkit-provider'];

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
