/**
 * The small SVG charts of the member table, drawn by the element itself. A stacked bar
 * (activity by flow, health bands) is an inline `<svg>` with one `<rect>` per segment, written
 * ONCE in the static row that every member row is cloned from (member-rows.ts): the rects'
 * colours are classes (`flow-N`, `band-…`) that read the `--sk-*` tokens
 * (team-spotlight.styles.ts), so filling a row's bar only sets each non-empty rect's `x` and
 * `width` — whole pixels computed here (`barEnds`), no markup parsed, no Lit part, no `style`
 * per bar. The bars are images labelled in words by their callers; the legend swatches are
 * tiny SVGs too (a handful per table).
 */
import { svg, type SVGTemplateResult } from 'lit';

/** Width of the activity bar and of the health mini-bar (px, SVG user units; CSS sets the same). */
export const volumeBarWidth = 120;
export const bandBarWidth = 80;
/**
 * The health bands the mini-bar draws, in order (one rect each, class `band-<band>`); accounts
 * without data take the rest of the bar, where the track shows (its label counts them).
 */
export const bandOrder = ['poor', 'average', 'good'] as const;

/**
 * Where each segment of a stacked bar `width` px wide ends, in whole pixels: `total` fills the
 * bar; a non-empty value gets at least 2 px (1 px of colour, then a 1 px gap where the track
 * shows through); an empty value ends where the previous one did (a segment of width 0).
 *
 * @example
 * ```ts
 * barEnds([3, 0, 1], 4, 120); // [90, 90, 120]
 * ```
 */
export function barEnds(values: readonly number[], total: number, width: number): number[] {
  const scale = total > 0 ? width / total : 0;
  const ends: number[] = [];
  let x = 0;
  let end = 0;
  for (const value of values) {
    const w = value * scale;
    if (w > 0) {
      x += w;
      end = Math.min(width, Math.max(end + 2, Math.round(x)));
    }
    ends.push(end);
  }
  return ends;
}

/**
 * The static markup of a stacked bar: an `<svg>` holding one `<rect>` per class, for `fillBar`
 * to size. Everything that is the same for every bar is CSS (team-spotlight.styles.ts): the
 * svg's size, frame and track, the rects' height and colours — a row clones bare elements, no
 * length to parse per rect. A rect without a `width` draws nothing. `attributes` go on the
 * `<svg>` (e.g. its role).
 */
export function barMarkup(className: string, rectClasses: readonly string[], attributes = ''): string {
  return `<svg class="${className}"${attributes}>${rectClasses.map((c) => `<rect class="${c}"></rect>`).join('')}</svg>`;
}

/** Sizes the rects of a bar from `barEnds` (a rect with nothing to show gets no width). */
export function fillBar(bar: Element, ends: readonly number[]): void {
  let rect = bar.firstElementChild;
  let start = 0;
  for (const end of ends) {
    if (!rect) return;
    if (end > start) {
      if (start) rect.setAttribute('x', String(start));
      rect.setAttribute('width', String(end - start - 1));
      start = end;
    }
    rect = rect.nextElementSibling;
  }
}

/** A colour swatch for the flow legend and the breakdown tooltip. */
export function swatch(index: number): SVGTemplateResult {
  return svg`<svg width="12" height="12" aria-hidden="true" focusable="false"><rect class="flow-${index % 6}" width="12" height="12" rx="2"></rect></svg>`;
}
