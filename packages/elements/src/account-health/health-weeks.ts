/**
 * The weekly health strip of `<account-health>`: one SVG box per week coloured by band, with a
 * marker above the weeks with an upsell. Decorative (`aria-hidden`): the element renders the
 * same weeks as a table for assistive technology.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { HealthHistory } from '@successkit/core';

const box = 10;
const gap = 2;
const top = 7;

/** The strip for `weeks` (oldest first); each box has a `<title>` for pointer users. */
export function weeksChart(weeks: HealthHistory['weeks'], title: (week: HealthHistory['weeks'][number]) => string): SVGTemplateResult {
  const width = weeks.length * (box + gap) - gap;
  const height = top + box;
  return svg`<svg class="weeks" viewBox="0 0 ${width} ${height}" width=${width * 1.5} height=${height * 1.5} aria-hidden="true" focusable="false">
    ${weeks.map((week, i) => {
      const x = i * (box + gap);
      return svg`<g>
        <title>${title(week)}</title>
        <rect class="band-${week.band ?? 'none'}" x=${x} y=${top} width=${box} height=${box} rx="2"></rect>
        ${week.upsell ? svg`<path class="upsell" d="M${x} 0 L${x + box} 0 L${x + box / 2} 5 Z"></path>` : svg``}
      </g>`;
    })}
  </svg>`;
}

/** A legend swatch: a band box, or the upsell marker. */
export function legendSwatch(kind: string): SVGTemplateResult {
  return kind === 'upsell'
    ? svg`<svg width="12" height="8" viewBox="0 0 10 5" aria-hidden="true" focusable="false"><path class="upsell" d="M0 0 L10 0 L5 5 Z"></path></svg>`
    : svg`<svg width="12" height="12" aria-hidden="true" focusable="false"><rect class="band-${kind}" width="12" height="12" rx="2"></rect></svg>`;
}

/** A 0–100 score as a small horizontal bar coloured by band. */
export function scoreBar(score: number | null, band: string | null): SVGTemplateResult {
  return svg`<svg class="score-bar" width="80" height="8" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect class="track" width="100" height="8"></rect>
    ${score === null ? svg`` : svg`<rect class="band-${band ?? 'none'}" width=${Math.max(1, score)} height="8"></rect>`}
  </svg>`;
}
