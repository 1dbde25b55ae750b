/**
 * The small SVG charts of the member table: activity volume as a stacked bar by flow, and the
 * health snapshot as a poor / average / good mini-bar. Colours come from CSS classes that read
 * `--sk-*` tokens (see team-spotlight.styles.ts); the charts are `aria-hidden` and the callers
 * give the same figures in words.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { BandCounts } from '@successkit/core';

const barWidth = 120;
const barHeight = 12;

/**
 * A stacked bar of `volumeByFlow`, scaled so that `max` fills the width; each flow takes the
 * colour of its index in `flows`.
 */
export function volumeBar(volumeByFlow: Record<string, number>, flows: readonly string[], max: number): SVGTemplateResult {
  let x = 0;
  const parts: SVGTemplateResult[] = [];
  const scale = max > 0 ? barWidth / max : 0;
  for (const [i, flow] of flows.entries()) {
    const width = (volumeByFlow[flow] ?? 0) * scale;
    if (width <= 0) continue;
    parts.push(svg`<rect class="flow-${i % 6}" x=${x} y="0" width=${Math.max(1, width - 1)} height=${barHeight} rx="1"></rect>`);
    x += width;
  }
  return svg`<svg class="bar" width=${barWidth} height=${barHeight} viewBox="0 0 ${barWidth} ${barHeight}" aria-hidden="true" focusable="false"><rect class="track" width=${barWidth} height=${barHeight} rx="2"></rect>${parts}</svg>`;
}

const bandOrder = ['poor', 'average', 'good', 'none'] as const;

/** A mini-bar of accounts per health band (poor, average, good, then no data). */
export function bandBar(counts: BandCounts): SVGTemplateResult {
  const width = 80;
  const total = counts.poor + counts.average + counts.good + counts.none;
  let x = 0;
  const parts = bandOrder.map((band) => {
    const w = total ? (counts[band] / total) * width : 0;
    const rect = w > 0 ? svg`<rect class="band-${band}" x=${x} y="0" width=${Math.max(1, w - 1)} height="10"></rect>` : svg``;
    x += w;
    return rect;
  });
  return svg`<svg class="bands" width=${width} height="10" viewBox="0 0 ${width} 10" aria-hidden="true" focusable="false"><rect class="track" width=${width} height="10"></rect>${parts}</svg>`;
}

/** A colour swatch for the flow legend. */
export function swatch(index: number): SVGTemplateResult {
  return svg`<svg width="12" height="12" aria-hidden="true" focusable="false"><rect class="flow-${index % 6}" width="12" height="12" rx="2"></rect></svg>`;
}
