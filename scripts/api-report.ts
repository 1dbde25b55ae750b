/**
 * `pnpm api-report`: writes the public API report of every entry point of every published
 * package (`packages/<name>/api-report/<entry>.api.md`) with @microsoft/api-extractor, from the
 * built `.d.ts` files (run `pnpm build` first). `pnpm api-report --check` (CI) fails when a report
 * differs from what is committed, so every change of the public surface is reviewed in its diff.
 */
import { mkdirSync, readFileSync } from 'node:fs';
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

let failures = 0;
for (const name of packages) {
  const dir = resolve('packages', name);
  const reportFolder = join(dir, 'api-report');
  mkdirSync(reportFolder, { recursive: true });
  for (const entry of entryPoints(dir)) {
    const configObject: IConfigFile = {
      projectFolder: dir,
      mainEntryPointFilePath: join(dir, entry.types),
      compiler: { overrideTsconfig: { compilerOptions: { lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: ['node'], skipLibCheck: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2023', experimentalDecorators: true } } },
      apiReport: { enabled: true, reportFolder, reportTempFolder: join(dir, 'node_modules', '.api-report'), reportFileName: `${entry.name}.api.md` },
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
    const result = Extractor.invoke(config, { localBuild: !check, showVerboseMessages: false, messageCallback: (m) => { m.handled = true; } });
    const label = `@successkit/${name}${entry.name === 'index' ? '' : `/${entry.name}`}`;
    if (check && result.apiReportChanged) {
      failures += 1;
      console.error(`✗ ${label}: the public API changed; run \`pnpm build && pnpm api-report\` and commit packages/${name}/api-report/${entry.name}.api.md`);
    } else if (!result.succeeded && !result.apiReportChanged) {
      failures += 1;
      console.error(`✗ ${label}: api-extractor failed (${result.errorCount} errors)`);
    } else {
      console.log(`${result.apiReportChanged ? '↻' : '✓'} ${label}`);
    }
  }
}
process.exit(failures > 0 ? 1 : 0);
