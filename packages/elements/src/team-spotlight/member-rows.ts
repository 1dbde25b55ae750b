/**
 * The `<tr>` of each member, built by cloning one static row and filling it, and placed into
 * the table's `<tbody>` blocks by a Lit element directive (`memberRows`).
 *
 * Why not a Lit template per row: a row has ~18 elements and ~27 dynamic values, and a member
 * row never changes while its answer is shown — sorting only reorders rows. A template per row
 * pays, 500 times over, the part objects, marker comments and value checks that make re-renders
 * cheap; measured in Chromium it was the largest share of the table's render. Here a row is one
 * `cloneNode` of a prototype and direct writes (`textContent`, `setAttribute`), made once per
 * member and answer; a new sort moves the same rows. The bars are SVG in the static row; a row
 * only sets their rects' `x` and `width` (spotlight-charts.ts). Every value is written as text
 * or as an attribute value, never parsed as markup.
 */
import { InvalidStateError } from '@successkit/core/client';
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { MemberView, TrendView } from './member-view.ts';
import { bandOrder, barMarkup, fillBar } from './spotlight-charts.ts';

/** A trend marker: coloured arrow and amount shown, the words given as its accessible name. */
const trendCell = '<span class="trend flat" role="img"></span>';

/**
 * The static markup of a row with `flows` flow segments and `metrics` metric cells (the only
 * variable parts of its shape). The activity bar is itself the focusable, labelled image.
 */
function rowMarkup(flows: number, metrics: number): string {
  const flowClasses = Array.from({ length: flows }, (_, i) => `flow-${i % 6}`);
  const volumeBar = barMarkup('bar volume-chart', flowClasses, ' tabindex="0" role="img"');
  const healthBar = barMarkup('bands', bandOrder.map((band) => `band-${band}`), ' role="img"');
  return (
    '<tr><th scope="row"><button type="button" class="member"></button></th>' +
    `<td class="num volume">${volumeBar}<span class="figure"></span>${trendCell}</td>` +
    `<td class="num">${trendCell}</td>`.repeat(3) +
    `<td class="num health">${healthBar}${trendCell}</td>` +
    '<td class="num"></td>'.repeat(metrics) +
    '</tr>'
  );
}

const prototypes = new Map<string, HTMLTableRowElement>();

function prototypeRow(flows: number, metrics: number): HTMLTableRowElement {
  const key = `${flows}|${metrics}`;
  let row = prototypes.get(key);
  if (!row) {
    const template = document.createElement('template');
    template.innerHTML = `<table><tbody>${rowMarkup(flows, metrics)}</tbody></table>`;
    // imported into this document once, so that its clones need no adoption when inserted
    row = document.importNode(template.content.querySelector('tr')!, true);
    prototypes.set(key, row);
  }
  return row;
}

/** Fills a trend span (the prototype's is `flat`). */
function setTrend(span: Element, trend: TrendView): void {
  if (trend.dir !== 'flat') span.className = `trend ${trend.dir}`;
  span.setAttribute('aria-label', trend.spoken);
  span.textContent = trend.shown;
}

/** A figure cell (`<td>value<trend></td>`); returns the next cell. */
function setFigureCell(td: ChildNode, value: string, trend: TrendView): ChildNode {
  const trendSpan = td.firstChild as Element;
  setTrend(trendSpan, trend);
  trendSpan.before(value);
  return td.nextSibling!;
}

const rows = new WeakMap<MemberView, HTMLTableRowElement>();

/** The row of a member view: built on first use, the same element afterwards. */
function memberRow(v: MemberView): HTMLTableRowElement {
  let tr = rows.get(v);
  if (tr) return tr;
  const m = v.row;
  tr = prototypeRow(v.volumeBar.length, v.metrics.length).cloneNode(true) as HTMLTableRowElement;
  tr.setAttribute('data-user', m.userId);
  const th = tr.firstChild!;
  const button = th.firstChild as Element;
  button.setAttribute('aria-label', v.openLabel);
  button.textContent = m.name;

  let td = th.nextSibling!;
  const bar = td.firstChild as Element;
  bar.setAttribute('aria-label', v.volumeLabel);
  const figure = bar.nextSibling as Element;
  figure.textContent = v.volumeText;
  setTrend(figure.nextSibling as Element, v.volumeTrend);
  td = td.nextSibling!;

  td = setFigureCell(td, v.coverage, v.coverageTrend);
  td = setFigureCell(td, v.activeDays, v.activeDaysTrend);
  td = setFigureCell(td, v.activeUsers, v.activeUsersTrend);

  const bands = td.firstChild as Element;
  bands.setAttribute('aria-label', v.healthLabel);
  setTrend(bands.nextSibling as Element, v.healthTrend);

  let cell = td.nextSibling;
  for (const text of v.metrics) {
    cell!.textContent = text;
    cell = cell!.nextSibling;
  }
  rows.set(v, tr);
  unsized.set(tr, () => {
    fillBar(bar, v.volumeBar);
    fillBar(bands, v.healthBar);
  });
  return tr;
}

/**
 * Rows whose bars are not sized yet. Sizing a bar's rects is a good part of building a row, and
 * a `<tbody>` block off screen (`content-visibility: auto`) is neither laid out nor painted: its
 * rows' bars are sized when the browser first finds the block relevant (on or near the screen,
 * found by Ctrl+F, focused), so a 500-member table sizes the ~40 bars a user sees first.
 */
const unsized = new WeakMap<Element, () => void>();

/** Sizes the bars of a block's rows that are not sized yet. */
function sizeBars(body: Element): void {
  for (const tr of body.children) {
    const size = unsized.get(tr);
    if (size) {
      size();
      unsized.delete(tr);
    }
  }
}

/** Whether the browser reports when a `content-visibility: auto` block becomes relevant. */
const lazyBars = 'ContentVisibilityAutoStateChangeEvent' in globalThis;

class MemberRowsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new InvalidStateError('memberRows() belongs on a <tbody>: <tbody ${memberRows(views)}>');
  }

  /** Whether the block is relevant to the user now (see `unsized`); unknown until told. */
  #relevant = false;
  #listening = false;

  render(_views: readonly MemberView[], _eager: boolean): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [views, eager]: [readonly MemberView[], boolean]): typeof noChange {
    const body = part.element;
    const current = body.children;
    let same = current.length === views.length;
    for (let i = 0; same && i < views.length; i++) same = current[i] === rows.get(views[i]!);
    if (!same) body.replaceChildren(...views.map(memberRow));
    if (eager || !lazyBars || this.#relevant) sizeBars(body);
    else if (!this.#listening) {
      this.#listening = true;
      body.addEventListener('contentvisibilityautostatechange', (event) => {
        this.#relevant = !(event as Event & { skipped: boolean }).skipped;
        if (this.#relevant) sizeBars(body);
      });
    }
    return noChange;
  }
}

/**
 * Element directive: makes a `<tbody>` hold the rows of `views`, in that order (rows are built
 * once per view and moved, not rebuilt, when the order changes). `eager`: size the rows' bars
 * now (the blocks at the top, on screen when the table appears); otherwise they are sized when
 * the block first becomes relevant (see `unsized`).
 *
 * @example
 * ```ts
 * html`<tbody ${memberRows(table.sorted('name', 'asc'), true)}></tbody>`;
 * ```
 */
export const memberRows = directive(MemberRowsDirective);
