/**
 * Time for `<team-spotlight>` to render 500 members in headless Chromium: a page bundled with
 * esbuild (production Lit) and served from a local node:http server; the element gets a client
 * whose fetch answers the 500-member fixture at once, so a sample is everything from appending
 * the element to its 500 rows being in the DOM and laid out: the response's JSON parse, the
 * first (loading) render, the row views and the forced style and layout are included (the
 * client runs no zod in the browser: no validator is passed, as in the element). The rows come
 * in `<tbody>` blocks of 10 with `content-visibility: auto` (the rows are counted over every
 * block): every row on screen is laid out before the clock stops (see `layOut`), the blocks
 * below the fold only as placeholders, as the browser does until they are scrolled to.
 *
 * The wait is a MutationObserver on the shadow root: its callback runs right after the update
 * that wrote the rows, before any frame, so the clock stops at "rows in the DOM, then
 * `offsetHeight`" and not at whenever a polling loop looks again. The time to the next painted
 * frame is reported in the note. Median over runs, each on a new element.
 */
import { median, recordFigure } from '@successkit/bench-kit';
import { measureInChromium } from './browser-page.ts';

const members = 500;
const runs = 15;
const warmup = 3;

const page = `
import '../src/team-spotlight/define.ts';
import { SuccessKitClient } from '@successkit/core/client';
import { mockTeamSpotlight } from '../src/team-spotlight/__fixtures__/spotlight-data.ts';

const body = JSON.stringify(mockTeamSpotlight({ role: 'CSM', period: 30, metrics: 'contractValue', memberCount: ${members} }));
const fetch = async () => new Response(body, { headers: { 'content-type': 'application/json' } });

const channel = new MessageChannel();
const yieldTask = () => new Promise((resolve) => { channel.port1.onmessage = resolve; channel.port2.postMessage(0); });
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(yieldTask())));

/** The member rows, over every <tbody> of the member table (the rows come in blocks). */
const bodyRows = (el) => el.shadowRoot.querySelectorAll('table.members > tbody > tr');

/** Resolves once the shadow root holds the 500 rows (checked after each batch of DOM changes). */
function rowsWritten(el) {
  return new Promise((resolve) => {
    const done = () => bodyRows(el).length === ${members};
    const observer = new MutationObserver(() => {
      if (done()) { observer.disconnect(); resolve(); }
    });
    observer.observe(el.shadowRoot, { childList: true, subtree: true });
  });
}

/**
 * Forces layout of the table, then of every row on screen: a content-visibility: auto row on
 * screen is otherwise only laid out at the next frame; reading a cell's geometry
 * lays its row out now, so the clock includes every row a user sees.
 */
function layOut(el) {
  void el.shadowRoot.querySelector('table.members').offsetHeight;
  for (const row of bodyRows(el)) {
    const box = row.getBoundingClientRect();
    if (box.top >= innerHeight) break;
    if (box.bottom > 0) void row.cells[row.cells.length - 1].offsetWidth;
  }
}

async function once() {
  const el = document.createElement('team-spotlight');
  el.apiClient = new SuccessKitClient({ baseUrl: 'https://mock', fetch });
  el.setAttribute('metrics', 'contractValue');
  const start = performance.now();
  document.body.append(el);
  await rowsWritten(el);
  await el.updateComplete;
  const dom = performance.now() - start;
  layOut(el);
  const ms = performance.now() - start;
  await nextFrame();
  const frame = performance.now() - start;
  window.domMs = [...(window.domMs ?? []), dom];
  window.frameMs = [...(window.frameMs ?? []), frame];
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

const { samples, extra } = await measureInChromium<{ domMs: number[]; frameMs: number[] }>(page, runs, warmup, ['domMs', 'frameMs']);
const value = median(samples);
const domMs = median(extra.domMs.slice(-samples.length));
const frameMs = median(extra.frameMs.slice(-samples.length));
recordFigure({
  name: 'elements.render.team-spotlight-500',
  median: Math.round(value * 10) / 10,
  unit: 'ms',
  target: '< 50 ms',
  met: value < 50,
  note: `${runs} runs after ${warmup} warm-up; ${members} members, 1 metric column; append → 500 rows in the DOM, on-screen rows laid out (JSON parse included; row blocks below the fold are content-visibility: auto placeholders); ${Math.round(domMs)} ms until the rows are in the DOM, ${Math.round(frameMs)} ms to the next painted frame`,
});
