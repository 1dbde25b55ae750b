/**
 * The time chart of `<account-usage>`: one SVG line of a figure over time (active users, or
 * active days), with a baseline, the highest value marked on the axis, and the first and last
 * dates below. Decorative (`aria-hidden`): the element gives the same series as a table for
 * assistive technology, and each point carries a `<title>` for pointer users.
 */
import { svg, type SVGTemplateResult } from 'lit';

/** One point of the series. */
export interface ChartPoint {
  /** Text of the x axis (a date). */
  label: string;
  value: number;
}

const width = 600;
const height = 160;
const pad = { top: 12, right: 12, bottom: 22, left: 40 };

/** The chart of `points` (oldest first); `title` names each point for its tooltip. */
export function usageChart(points: readonly ChartPoint[], title: (point: ChartPoint) => string): SVGTemplateResult {
  const max = Math.max(1, ...points.map((p) => p.value));
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const x = (i: number) => pad.left + (points.length < 2 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (v: number) => pad.top + innerH - (v / max) * innerH;
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)} ${y(p.value).toFixed(1)}`).join(' ');
  const area = points.length ? `${line} L${x(points.length - 1).toFixed(1)} ${y(0)} L${x(0).toFixed(1)} ${y(0)} Z` : '';
  const first = points[0];
  const last = points[points.length - 1];
  return svg`<svg class="chart" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <line class="axis" x1=${pad.left} y1=${y(0)} x2=${width - pad.right} y2=${y(0)}></line>
    <line class="grid" x1=${pad.left} y1=${y(max)} x2=${width - pad.right} y2=${y(max)}></line>
    <text class="tick" x=${pad.left - 6} y=${y(max) + 4} text-anchor="end">${formatTick(max)}</text>
    <text class="tick" x=${pad.left - 6} y=${y(0) + 4} text-anchor="end">0</text>
    ${area ? svg`<path class="area" d=${area}></path><path class="line" d=${line}></path>` : svg``}
    ${points.map((p, i) => svg`<circle class="point" cx=${x(i)} cy=${y(p.value)} r="3"><title>${title(p)}</title></circle>`)}
    ${first ? svg`<text class="tick" x=${pad.left} y=${height - 6} text-anchor="start">${first.label}</text>` : svg``}
    ${last && last !== first ? svg`<text class="tick" x=${width - pad.right} y=${height - 6} text-anchor="end">${last.label}</text>` : svg``}
  </svg>`;
}

function formatTick(value: number): string {
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, notation: 'compact' }).format(value);
}
