/**
 * A throwaway project that depends on the packed packages only: `pnpm pack` for core, server
 * and elements (building a package first when its `dist/` is missing), then `npm install` of
 * those tarballs plus React 19 and Lit from the npm registry into a temporary directory.
 * Nothing in it resolves to the workspace.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The workspace root. */
export const workspaceRoot = resolve(import.meta.dirname, '../../..');

const packed = { core: 'packages/core', server: 'packages/server', elements: 'packages/elements' } as const;

/** A temporary project with the packed packages installed. */
export interface PackProject {
  /** Its directory. */
  dir: string;
  /** The tarballs, by package. */
  tarballs: Record<keyof typeof packed, string>;
}

function run(command: string, args: string[], cwd: string): void {
  try {
    execFileSync(command, args, { cwd, stdio: 'pipe', encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}${stderr}`, { cause: error });
  }
}

/** Packs one workspace package into `out` (building it first when it has no `dist/`); returns the tarball's path. */
function pack(packageDir: string, out: string): string {
  const dir = join(workspaceRoot, packageDir);
  if (!existsSync(join(dir, 'dist/index.js'))) run('pnpm', ['run', 'build'], dir);
  const before = new Set(readdirSync(out));
  run('pnpm', ['pack', '--pack-destination', out], dir);
  const tarball = readdirSync(out).find((file) => !before.has(file) && file.endsWith('.tgz'));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${packageDir}`);
  return join(out, tarball);
}

/**
 * Creates the project: packs the three packages and installs them (and only them) with React 19,
 * React DOM 19, Lit and the React types from the registry. `--ignore-scripts`: nothing needs to
 * compile, and a test should not run install scripts.
 */
export function createPackProject(): PackProject {
  const dir = mkdtempSync(join(tmpdir(), 'sk-pack-test-'));
  const out = join(dir, 'tarballs');
  mkdirSync(out);
  const tarballs = {
    core: pack(packed.core, out),
    server: pack(packed.server, out),
    elements: pack(packed.elements, out),
  };
  const manifest = {
    name: 'successkit-pack-probe',
    private: true,
    type: 'module',
    dependencies: {
      '@successkit/core': `file:${tarballs.core}`,
      '@successkit/server': `file:${tarballs.server}`,
      '@successkit/elements': `file:${tarballs.elements}`,
      lit: '^3',
      react: '^19',
      'react-dom': '^19',
      '@types/react': '^19',
      '@types/react-dom': '^19',
    },
    // The server and the elements depend on `@successkit/core@0.0.0`: the packed one, never the registry's.
    overrides: { '@successkit/core': '$@successkit/core' },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  run('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock'], dir);
  return { dir, tarballs };
}
