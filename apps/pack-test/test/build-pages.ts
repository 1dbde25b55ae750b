/**
 * Builds the two host pages inside the pack project, resolving every import from the project's
 * own `node_modules` (the installed tarballs):
 * - `react/`: the React 19 app bundled by esbuild (as a host's bundler would), after `tsc` checks
 *   it and the typings of `@successkit/elements/react`;
 * - `plain/`: an HTML page whose `<script type="module">` imports
 *   `@successkit/elements/account-summary` by name through an import map, so the browser loads
 *   the packed files themselves, unbundled.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build, type Plugin } from 'esbuild';

const appDir = join(import.meta.dirname, '../app');
const tsc = join(import.meta.dirname, '../node_modules/.bin/tsc');

/** What the pages are given: the API, a token and the account to show. */
export interface HostSettings {
  apiBase: string;
  token: string;
  accountId: string;
}

function copyReactSources(projectDir: string): string {
  const src = join(projectDir, 'src');
  mkdirSync(src, { recursive: true });
  for (const file of ['react-app.tsx', 'type-checks.tsx', 'tsconfig.json']) copyFileSync(join(appDir, file), join(src, file));
  return src;
}

/** Type-checks the React sources against the installed packages; throws with tsc's output. */
export function typecheckReactApp(projectDir: string): void {
  const src = copyReactSources(projectDir);
  try {
    execFileSync(tsc, ['-p', join(src, 'tsconfig.json')], { cwd: projectDir, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    throw new Error(`tsc found errors in the React host:\n${(error as { stdout?: string }).stdout ?? ''}`, { cause: error });
  }
}

/** Bundles the React app to `public/react/` and writes its page. */
export async function buildReactPage(projectDir: string, settings: HostSettings): Promise<void> {
  copyReactSources(projectDir);
  const out = join(projectDir, 'public/react');
  await build({
    absWorkingDir: projectDir,
    entryPoints: [join(projectDir, 'src/react-app.tsx')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: join(out, 'app.js'),
    logLevel: 'silent',
  });
  writeFileSync(
    join(out, 'index.html'),
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>React 19 host</title><link rel="icon" href="data:,"></head><body>` +
      `<div id="root"></div><script>window.successkitHost = ${JSON.stringify(settings)};</script>` +
      `<script type="module" src="./app.js"></script></body></html>\n`,
  );
}

/**
 * The import map of `entry`: every bare specifier in its module graph mapped to the file the
 * project's `node_modules` resolves it to, found by letting esbuild walk the graph.
 */
export async function importMapFor(projectDir: string, entry: string): Promise<Record<string, string>> {
  const imports: Record<string, string> = {};
  const record: Plugin = {
    name: 'record-bare-specifiers',
    setup(plugin) {
      plugin.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === 'resolving') return undefined;
        const found = await plugin.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' });
        if (found.errors.length) return { errors: found.errors };
        const url = `/${relative(projectDir, found.path).split(sep).join('/')}`;
        if (imports[args.path] && imports[args.path] !== url) throw new Error(`${args.path} resolves to two files: ${imports[args.path]} and ${url}`);
        imports[args.path] = url;
        return { path: found.path };
      });
    },
  };
  await build({
    absWorkingDir: projectDir,
    stdin: { contents: `import ${JSON.stringify(entry)};`, resolveDir: projectDir, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    plugins: [record],
    logLevel: 'silent',
  });
  return imports;
}

/** Writes `public/plain/index.html`: the plain page with its import map. */
export async function buildPlainPage(projectDir: string, settings: HostSettings): Promise<void> {
  const imports = await importMapFor(projectDir, '@successkit/elements/account-summary');
  const html = readFileSync(join(appDir, 'plain.html'), 'utf8')
    .replace('__IMPORT_MAP__', JSON.stringify({ imports }))
    .replace('__ACCOUNT_ID__', settings.accountId)
    .replace('__API_BASE__', settings.apiBase)
    .replace('__TOKEN__', JSON.stringify(settings.token));
  mkdirSync(join(projectDir, 'public/plain'), { recursive: true });
  writeFileSync(join(projectDir, 'public/plain/index.html'), html);
}
