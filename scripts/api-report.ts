/**
 * `pnpm api-report`: writes the public API report of every entry point of every published
 * package (`packages/<name>/api-report/<entry>.api.md`) with @microsoft/api-extractor, from the
 * built `.d.ts` files (run `pnpm build` first). `pnpm api-report --check` (CI) fails when a report
 * differs from what is committed, so every change of the public surface is reviewed in its diff.
 *
 * Reports are normalised before they are written or compared: TypeScript prints the members of
 * an inferred union (a zod enum's `{ poor: "poor"; good: "good"; … }`) in the order it first
 * met each literal, which varies with the order the files were read, so each run of such member
 * lines is sorted, and so are the members of each union of string literals on one line
 * (`"keyInfo" | "custom"`), whose order varies the same way. Without this a clean clone could
 * "change" a report nobody touched.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Extractor, ExtractorConfig, type IConfigFile } from '@microsoft/api-extractor';

const packages = ['core', 'server', 'elements'];
const check = process.argv.includes('--check');

interface ExportTarget { import?: { types?: string } }

function entryPoints(dir: string): Array<{ name: string; types: string }> {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { exports: Record<string, ExportTarget | string> };
  const out: Array<{ name: string; types: string }> = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string' || !target.import?.types) continue;
    const name = subpath === '.' ? 'index' : subpath.slice(2).replace(/\//g, '-');
    out.push({ name, types: target.import.types });
  }
  return out;
}

/**
 * Sorts each run of consecutive literal-member lines (`name: "name";`) and the members of each
 * one-line union of string literals, the parts of a report whose order is not stable, and drops
 * the line and column of the warnings about the built `.d.ts`.
 */
export function normalizeReport(text: string): string {
  const unions = text
    .replace(/\r\n/g, '\n')
    .replace(/"[^"\n]*"(?: \| "[^"\n]*")+/g, (union) => union.split(' | ').sort().join(' | '))
    // A warning's place in the built `.d.ts` moves with every unrelated line above it.
    .replace(/^(\/\/ dist\/[\w./-]+\.d\.ts):\d+:\d+ - /gm, '$1 - ');
  const lines = unions.split('\n');
  const member = /^\s*("?[\w$-]+"?\??): ("[^"]*"|-?\d+(\.\d+)?|true|false);$/;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && member.test(lines[j]!)) j++;
    if (j - i > 1) lines.splice(i, j - i, ...lines.slice(i, j).sort());
    i = j === i ? i + 1 : j;
  }
  return lines.join('\n');
}

let failures = 0;
for (const name of packages) {
  const dir = resolve('packages', name);
  const reportFolder = join(dir, 'api-report');
  const scratch = join(dir, 'node_modules', '.api-report');
  mkdirSync(reportFolder, { recursive: true });
  for (const entry of entryPoints(dir)) {
    const configObject: IConfigFile = {
      projectFolder: dir,
      newlineKind: 'lf',
      mainEntryPointFilePath: join(dir, entry.types),
      compiler: { overrideTsconfig: { compilerOptions: { lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: ['node'], skipLibCheck: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2023', experimentalDecorators: true } } },
      apiReport: { enabled: true, reportFolder: scratch, reportTempFolder: join(scratch, 'temp'), reportFileName: `${entry.name}.api.md` },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'none' } },
        extractorMessageReporting: {
          default: { logLevel: 'none' },
          'ae-forgotten-export': { logLevel: 'none', addToApiReportFile: true },
          'ae-missing-release-tag': { logLevel: 'none', addToApiReportFile: false },
        },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    };
    const config = ExtractorConfig.prepare({ configObject, configObjectFullPath: undefined, packageJsonFullPath: join(dir, 'package.json') });
    const result = Extractor.invoke(config, { localBuild: true, showVerboseMessages: false, messageCallback: (m) => { m.handled = true; } });
    const label = `@successkit/${name}${entry.name === 'index' ? '' : `/${entry.name}`}`;
    const fresh = join(scratch, `${entry.name}.api.md`);
    if (!result.succeeded || !existsSync(fresh)) {
      failures += 1;
      console.error(`✗ ${label}: api-extractor failed (${result.errorCount} errors)`);
      continue;
    }
    const committedPath = join(reportFolder, `${entry.name}.api.md`);
    const report = normalizeReport(readFileSync(fresh, 'utf8'));
    const raw = existsSync(committedPath) ? readFileSync(committedPath, 'utf8') : null;
    const committed = raw === null ? null : normalizeReport(raw);
    if (committed === report) {
      if (!check && raw !== report) writeFileSync(committedPath, report); // the normal form, same API
      console.log(`✓ ${label}`);
    } else if (check) {
      failures += 1;
      console.error(`✗ ${label}: the public API changed; run \`pnpm build && pnpm api-report\` and commit packages/${name}/api-report/${entry.name}.api.md`);
    } else {
      writeFileSync(committedPath, report);
      console.log(`↻ ${label}`);
    }
  }
}
process.exit(failures > 0 ? 1 : 0);
