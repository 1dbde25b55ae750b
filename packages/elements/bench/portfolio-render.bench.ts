/**
 * Time for `<account-portfolio>` to render 2,000 accounts in headless Chromium: a page bundled
 * with esbuild (production Lit) and served from a local node:http server; the element gets a
 * client whose fetch answers the 2,000-account fixture at once, so a sample is everything from
 * appending the element to its rows being in the DOM and laid out — the JSON parse, the first
 * (loading) render, the sort of the 2,000 rows and the rows of the virtual window (only the rows
 * on screen and a few around them are in the DOM; spacer rows stand for the rest). A second
 * figure is one keystroke of the name search (filter + sort of 2,000 rows, re-render, layout).
 *
 * The wait is a MutationObserver on the shadow root (its callback runs right after the update
 * that wrote the rows, before any frame). Median over runs, each on a new element.
 */
import { median, recordFigure } from '@successkit/bench-kit';
import { measureInChromium } from './browser-page.ts';

const accounts = 2000;
const runs = 15;
const warmup = 3;

const page = `
import '../src/account-portfolio/define.ts';
import { SuccessKitClient } from '@successkit/core/client';
import { mockPortfolio } from '../src/account-portfolio/__fixtures__/portfolio-data.ts';

const body = JSON.stringify(mockPortfolio(${accounts}));
const fetch = async () => new Response(body, { headers: { 'content-type': 'application/json' } });
const channel = new MessageChannel();
const yieldTask = () => new Promise((resolve) => { channel.port1.onmessage = resolve; channel.port2.postMessage(0); });

const rows = (el) => el.shadowRoot.querySelectorAll('table.portfolio tbody tr[data-id]');

/** Resolves once \`check\` holds after a batch of DOM changes in the shadow root. */
function written(el, check) {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (check()) { observer.disconnect(); resolve(); }
    });
    observer.observe(el.shadowRoot, { childList: true, subtree: true, characterData: true });
  });
}

async function once() {
  const el = document.createElement('account-portfolio');
  el.apiClient = new SuccessKitClient({ baseUrl: 'https://mock', fetch });
  el.setAttribute('href-template', '#/accounts/{id}');
  const start = performance.now();
  document.body.append(el);
  await written(el, () => rows(el).length > 0);
  await el.updateComplete;
  void el.shadowRoot.querySelector('table.portfolio').offsetHeight;
  const ms = performance.now() - start;
  window.rendered = rows(el).length;
  const input = el.shadowRoot.querySelector('input[type=search]');
  const before = rows(el)[0].dataset.id;
  const typed = performance.now();
  input.value = 'wayne';
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  void el.shadowRoot.querySelector('table.portfolio').offsetHeight;
  const keystroke = performance.now() - typed;
  if (rows(el)[0].dataset.id === before) throw new Error('the search did not change the rows');
  window.keystrokeMs = [...(window.keystrokeMs ?? []), keystroke];
  el.remove();
  await yieldTask();
  return ms;
}

window.measure = async (runs, warmup) => {
  for (let i = 0; i < warmup; i++) await once();
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await once());
  return samples;
};
`;

const { samples, extra } = await measureInChromium<{ keystrokeMs: number[]; rendered: number }>(page, runs, warmup, ['keystrokeMs', 'rendered']);
const value = median(samples);
const keystroke = median(extra.keystrokeMs.slice(-samples.length));
recordFigure({
  name: 'elements.render.account-portfolio-2000',
  median: Math.round(value * 10) / 10,
  unit: 'ms',
  target: '< 50 ms',
  met: value < 50,
  note: `${runs} runs after ${warmup} warm-up; ${accounts} accounts, append → rows in the DOM and laid out (JSON parse and the sort included); virtual window: ${extra.rendered} rows in the DOM`,
});
recordFigure({
  name: 'elements.render.account-portfolio-2000-keystroke',
  median: Math.round(keystroke * 10) / 10,
  unit: 'ms',
  note: `one keystroke of the name search over ${accounts} accounts (filter, sort, re-render, layout)`,
});
