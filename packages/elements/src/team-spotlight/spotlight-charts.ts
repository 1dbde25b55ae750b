/**
 * The small SVG parts of the member table: the segments of a stacked bar (activity by flow) and
 * the colour swatch of the flow legend. Colours come from CSS classes that read `--sk-*` tokens
 * (see team-spotlight.styles.ts); the charts are `aria-hidden` and the callers give the same
 * figures in words. The bars' frames are written inline in the row template
 * (render-member-table.ts), so a row costs one template, not one per chart.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { BarSegment } from './member-view.ts';

/** The `<rect>`s of a stacked bar, to place inside its `<svg>`. */
export function barSegments(segments: readonly BarSegment[], height: number): SVGTemplateResult[] {
  return segments.map((s) => svg`<rect class=${s.className} x=${s.x} y="0" width=${s.width} height=${height} rx="1"></rect>`);
}

/** A colour swatch for the flow legend. */
export function swatch(index: number): SVGTemplateResult {
  return svg`<svg width="12" height="12" aria-hidden="true" focusable="false"><rect class="flow-${index % 6}" width="12" height="12" rx="2"></rect></svg>`;
}
