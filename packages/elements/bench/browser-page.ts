/**
 * `measureInChromium(page, runs, warmup)`: the harness of the element render benchmarks. It
 * bundles a page module with esbuild (production Lit, the `@successkit/source` condition), serves
 * it from a local node:http server on 127.0.0.1, opens it in Debian's headless Chromium, calls the
 * page's `window.measure(runs, warmup)` and hands back its samples and whatever else the page left
 * on `window` under the given keys. The page defines `measure`; the bench reports the figures.
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';

/** What a page measured: the samples of `measure` and the extra values it left on `window`. */
export interface PageMeasurement<Extra> {
  samples: number[];
  extra: Extra;
}

/**
 * Runs the page's `window.measure(runs, warmup)` in headless Chromium.
 *
 * @example
 * ```ts
 * const { samples, extra } = await measureInChromium<{ keystrokeMs: number[] }>(page, 15, 3, ['keystrokeMs']);
 * ```
 */
export async function measureInChromium<Extra extends object>(page: string, runs: number, warmup: number, extraKeys: readonly (keyof Extra & string)[]): Promise<PageMeasurement<Extra>> {
  const bundle = await build({
    stdin: { contents: page, resolveDir: new URL('.', import.meta.url).pathname, sourcefile: 'bench-page.ts', loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    conditions: ['@successkit/source'],
    tsconfig: new URL('../tsconfig.esbuild.json', import.meta.url).pathname,
    logLevel: 'error',
  });
  const script = bundle.outputFiles[0]!.text;
  const server = createServer((request, response) => {
    if (request.url === '/page.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html lang="en"><body><script type="module" src="/page.js"></script></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await tab.goto(`http://127.0.0.1:${port}/`);
    await tab.waitForFunction(() => 'measure' in window);
    const samples = await tab.evaluate(([r, w]) => (window as unknown as { measure: (runs: number, warmup: number) => Promise<number[]> }).measure(r, w), [runs, warmup] as const);
    const extra = await tab.evaluate((keys) => Object.fromEntries(keys.map((key) => [key, (window as unknown as Record<string, unknown>)[key]])), [...extraKeys]);
    return { samples, extra: extra as Extra };
  } finally {
    await browser.close();
    server.close();
  }
}
