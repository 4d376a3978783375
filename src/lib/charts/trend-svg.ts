import { escapeXml, wrapText } from '../share/svg-text.ts';
import type { TrendPanel } from './trend-panel.ts';

/**
 * A county's small multiples as SVG markup for a standalone file: the panels of
 * CountyTrends.astro two abreast, each under its indicator's name, with the page stylesheet's
 * colours and dashes (src/styles/charts.css) written as presentation attributes.
 */
export interface TrendSvgPanel {
  title: string;
  years: readonly number[];
  panel: TrendPanel;
}

/** charts.css: the county line in the ramp's darkest blue; the two median lines grey, dashed apart. */
export const TREND_STYLE = Object.freeze({
  county: { stroke: '#253494', width: 2.5 },
  prefecture: { stroke: '#595959', width: 1.5, dash: '6 4' },
  province: { stroke: '#333333', width: 1.5, dash: '1.5 3' },
  grid: '#e0e0e0',
  text: '#1b1b1b',
});

const COLUMNS = 2;
const GAP = 24;
/** Panel titles: 13 px, wrapped to the panel's width, every panel's title block as tall as the longest. */
const TITLE_SIZE = 13;
const TITLE_LEAD = 18;

function line(d: string, style: { stroke: string; width: number; dash?: string }): string {
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
  return `<path d="${d}" fill="none" stroke="${style.stroke}" stroke-width="${style.width}"${dash}/>`;
}

function panelSvg(
  { years, panel: g }: TrendSvgPanel,
  titleLines: readonly string[],
  titleHeight: number,
  tickText: (v: number) => string,
): string {
  const s = TREND_STYLE;
  const grid = g.ticks
    .map((t) => `<line x1="${g.xs[0]! - 12}" x2="${g.width - 4}" y1="${t.y}" y2="${t.y}" stroke="${s.grid}"/>`)
    .join('');
  const tickLabels = g.ticks
    .map((t) => `<text x="${g.xs[0]! - 16}" y="${t.y + 4}" text-anchor="end">${escapeXml(tickText(t.value))}</text>`)
    .join('');
  const yearLabels = g.xs
    .map((x, i) => `<text x="${x}" y="${g.height - 6}" text-anchor="middle">${years[i]}</text>`)
    .join('');
  const points = g.points.map((p) => `<circle cx="${p.x}" cy="${p.y}" r="3.5"/>`).join('');
  return [
    ...titleLines.map(
      (line, i) =>
        `<text x="0" y="${TITLE_SIZE + i * TITLE_LEAD}" font-size="${TITLE_SIZE}" font-weight="600">${escapeXml(line)}</text>`,
    ),
    `<g transform="translate(0 ${titleHeight})" font-size="12">`,
    grid + tickLabels + yearLabels,
    line(g.paths.province, s.province),
    line(g.paths.prefecture, s.prefecture),
    line(g.paths.county, s.county),
    `<g fill="${s.county.stroke}">${points}</g>`,
    `</g>`,
  ].join('');
}

/** The panels in rows of two; returns the markup and the size it takes. */
export function trendsSvg(
  panels: readonly TrendSvgPanel[],
  tickText: (v: number) => string,
): { width: number; height: number; svg: string } {
  const first = panels[0]?.panel;
  const titles = panels.map((p) => wrapText(p.title, first?.width ?? 0, TITLE_SIZE));
  const titleHeight = Math.max(1, ...titles.map((lines) => lines.length)) * TITLE_LEAD + 6;
  const cell = { width: first?.width ?? 0, height: (first?.height ?? 0) + titleHeight };
  const columns = Math.min(COLUMNS, panels.length);
  const rows = Math.ceil(panels.length / COLUMNS);
  const svg = panels
    .map((p, i) => {
      const x = (i % COLUMNS) * (cell.width + GAP);
      const y = Math.floor(i / COLUMNS) * (cell.height + GAP);
      return `<g transform="translate(${x} ${y})">${panelSvg(p, titles[i]!, titleHeight, tickText)}</g>`;
    })
    .join('\n');
  return {
    width: columns * cell.width + Math.max(0, columns - 1) * GAP,
    height: rows * cell.height + Math.max(0, rows - 1) * GAP,
    svg: `<g fill="${TREND_STYLE.text}">${svg}</g>`,
  };
}
