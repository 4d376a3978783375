import { escapeXml } from '../share/svg-text.ts';
import type { StripPlot } from './strip-plot.ts';

/**
 * A strip chart as SVG markup for a standalone file: the same geometry and marks as
 * StripChart.astro, with the page stylesheet's colours (src/styles/charts.css) written as
 * presentation attributes, since a downloaded file has no stylesheet.
 */
export interface StripMarks {
  /** The name beside each of `plot.rows`, in the same order. */
  rowNames: readonly string[];
  tickText: (value: number) => string;
  /** A dot's fill; without it dots take the change chart's blue. */
  dotFill?: ((value: number) => string) | undefined;
  /** Draw the zero line darker than the grid (a change chart's falls and rises). */
  markZero?: boolean | undefined;
}

/** charts.css: grid #d0d0d0, zero line #595959 at 2, dots outlined #333333; change dots #253494 at 0.6. */
const GRID = '#d0d0d0';
const ZERO = '#595959';
const TEXT = '#1b1b1b';
const CHANGE_DOT = '#253494';

export function stripSvg(plot: StripPlot, marks: StripMarks): string {
  const zero = (value: number) => marks.markZero === true && value === 0;
  const grid = plot.ticks
    .map((t) => {
      const stroke = zero(t.value) ? `stroke="${ZERO}" stroke-width="2"` : `stroke="${GRID}" stroke-width="1"`;
      return `<line x1="${t.x}" x2="${t.x}" y1="0" y2="${plot.axisY}" ${stroke}/>`;
    })
    .join('');
  const tickLabels = plot.ticks
    .map(
      (t) =>
        `<text x="${t.x}" y="${plot.axisY + 22}" text-anchor="middle">${escapeXml(marks.tickText(t.value))}</text>`,
    )
    .join('');
  const rows = plot.rows
    .map(
      (r, i) =>
        `<text x="${plot.left - 8}" y="${r.y + 5}" text-anchor="end">${escapeXml(marks.rowNames[i] ?? r.group)}</text>`,
    )
    .join('');
  const dotStyle = marks.dotFill ? 'fill-opacity="0.9"' : `fill="${CHANGE_DOT}" fill-opacity="0.6"`;
  const dots = plot.dots
    .map((d) => {
      const fill = marks.dotFill ? ` fill="${marks.dotFill(d.value)}"` : '';
      return `<circle cx="${d.cx}" cy="${d.cy}" r="6"${fill}/>`;
    })
    .join('');
  return [
    `<g font-size="16" fill="${TEXT}">${grid}${tickLabels}${rows}</g>`,
    `<g stroke="#333333" stroke-width="1" ${dotStyle}>${dots}</g>`,
  ].join('\n');
}
