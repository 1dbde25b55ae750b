/**
 * `<account-attributes>` with 300 attributes in headless Chromium: a page bundled with esbuild
 * (production Lit) and served from a local node:http server; the element gets a client whose
 * fetch answers the 300-attribute profile fixture at once.
 *
 * - `elements.render.account-attributes-300`: from appending the element to its 300 rows being
 *   in the DOM and laid out (the JSON parse, the loading render and the attribute index are
 *   included). The wait is a MutationObserver on the shadow root, as in render.bench.ts.
 * - `elements.render.account-attributes-300-keystroke`: one keystroke of search: the input's
 *   value grows by one character, the `input` event fires, and the clock stops once the update
 *   is committed and laid out. Queries alternate so that every keystroke hides or shows rows.
 *
 * Median over runs, each on a new element.
 */
import { median, recordFigure } from '@successkit/bench-kit';
import { measureInChromium } from './browser-page.ts';

const count = 300;
const runs = 15;
const warmup = 3;

const page = `
import '../src/account-attributes/define.ts';
import { SuccessKitClient } from '@successkit/core/client';
import { mockFullProfile } from '../src/account-profile/__fixtures__/profile-parts.ts';

const body = JSON.stringify(mockFullProfile('acme-1-1-1', { attributeCount: ${count} }));
const fetch = async () => new Response(body, { headers: { 'content-type': 'application/json' } });
const channel = new MessageChannel();
const yieldTask = () => new Promise((resolve) => { channel.port1.onmessage = resolve; channel.port2.postMessage(0); });
const rows = (el) => el.shadowRoot.querySelectorAll('tbody tr');

function rowsWritten(el) {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (rows(el).length === ${count}) { observer.disconnect(); resolve(); }
    });
    observer.observe(el.shadowRoot, { childList: true, subtree: true });
  });
}

async function once(keystrokes) {
  const el = document.createElement('account-attributes');
  el.apiClient = new SuccessKitClient({ baseUrl: 'https://mock', fetch });
  el.setAttribute('account-id', 'acme-1-1-1');
  const start = performance.now();
  document.body.append(el);
  await rowsWritten(el);
  await el.updateComplete;
  void el.shadowRoot.querySelector('.group').offsetHeight;
  const render = performance.now() - start;
  await yieldTask();
  const input = el.shadowRoot.querySelector('input[type=search]');
  const typed = [];
  for (const text of ['f', 'fi', 'fie', 'fiel', 'field', 'field ', 'field 1', 'field 12', 'field 1', 'field ', 'm', 'me', 'met', 'metr', 'metric 2']) {
    const t0 = performance.now();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text.slice(-1) }));
    await el.updateComplete;
    void el.shadowRoot.querySelector('.count').offsetHeight;
    typed.push(performance.now() - t0);
    await yieldTask();
  }
  keystrokes.push(...typed);
  el.remove();
  await yieldTask();
  return render;
}

window.measure = async (runs, warmup) => {
  const keystrokes = [];
  for (let i = 0; i < warmup; i++) await once([]);
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await once(keystrokes));
  window.keystrokeMs = keystrokes;
  return samples;
};
`;

const { samples, extra } = await measureInChromium<{ keystrokeMs: number[] }>(page, runs, warmup, ['keystrokeMs']);
const keystrokes = extra.keystrokeMs;
const render = median(samples);
recordFigure({
  name: `elements.render.account-attributes-${count}`,
  median: Math.round(render * 10) / 10,
  unit: 'ms',
  target: '< 30 ms',
  met: render < 30,
  note: `${runs} runs after ${warmup} warm-up; append → ${count} rows in 5 category tables in the DOM and laid out (JSON parse and attribute index included)`,
});
const key = median(keystrokes);
recordFigure({
  name: `elements.render.account-attributes-${count}-keystroke`,
  median: Math.round(key * 10) / 10,
  unit: 'ms',
  target: '< 16 ms',
  met: key < 16,
  note: `${keystrokes.length} keystrokes over ${runs} elements; input event → rows hidden or shown, count updated, laid out`,
});
