/**
 * `bundleSize(entry)`: what an element costs a host page — the entry bundled with esbuild (Lit
 * and the client included, minified, production Lit), gzipped with node:zlib file by file as a
 * server would send them. Code split behind a dynamic `import()` (e.g. the settings screen
 * opened from `<account-summary>`'s gear) is reported apart, as `lazyGzipped`.
 */
import { build, type Metafile } from 'esbuild';
import { gzipSync } from 'node:zlib';

/** Sizes in bytes. */
export interface BundleSize {
  /** Minified bytes loaded up front (entry chunk and the chunks it imports statically). */
  minified: number;
  /** The same, gzipped (level 9). */
  gzipped: number;
  /** Gzipped bytes behind dynamic imports, loaded on demand. */
  lazyGzipped: number;
}

const packageDir = new URL('..', import.meta.url).pathname;

/**
 * Bundles `entry` (a path relative to packages/elements) and measures it.
 *
 * @example
 * ```ts
 * const { gzipped } = await bundleSize('src/account-summary/define.ts');
 * recordFigure({ name: 'elements.size.account-summary', median: gzipped / 1024, unit: 'KB' });
 * ```
 */
export async function bundleSize(entry: string): Promise<BundleSize> {
  const result = await build({
    absWorkingDir: packageDir,
    entryPoints: [entry],
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: 'out',
    write: false,
    metafile: true,
    legalComments: 'none',
    conditions: ['@successkit/source'],
    tsconfig: 'tsconfig.esbuild.json',
    logLevel: 'error',
  });
  const outputs: Metafile['outputs'] = result.metafile.outputs;
  const bytes = new Map(result.outputFiles.map((file) => [file.path.slice(packageDir.length).replace(/^\/+/, ''), file.contents]));
  const entryOutput = Object.keys(outputs).find((path) => outputs[path]?.entryPoint);
  if (!entryOutput) throw new Error(`esbuild produced no entry chunk for ${entry}`);
  const eager = new Set<string>();
  const visit = (path: string) => {
    if (eager.has(path)) return;
    eager.add(path);
    for (const imported of outputs[path]?.imports ?? []) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entryOutput);
  let minified = 0;
  let gzipped = 0;
  let lazyGzipped = 0;
  for (const path of Object.keys(outputs)) {
    if (!path.endsWith('.js')) continue;
    const contents = bytes.get(path);
    if (!contents) throw new Error(`no bytes for ${path}`);
    const zipped = gzipSync(contents, { level: 9 }).length;
    if (eager.has(path)) {
      minified += contents.length;
      gzipped += zipped;
    } else {
      lazyGzipped += zipped;
    }
  }
  return { minified, gzipped, lazyGzipped };
}
