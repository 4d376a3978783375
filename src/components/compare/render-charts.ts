/**
 * The small multiples in the browser: one panel per indicator, 2018–2020, one line per division
 * on a shared scale from zero (geometry: src/lib/compare/panel.ts). Each division keeps one colour
 * and one marker shape in every panel and in the key, so the lines can be told apart without colour.
 */
import { comparePanel } from '../../lib/compare/panel.ts';
import type { CompareDivision, CompareIndicator } from '../../lib/compare/data.ts';
import { seriesOf } from '../../lib/compare/table.ts';
import { formatValue } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/index.ts';
import { el, type Words } from './words.ts';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>, ...children: Node[]): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

/** Marker `series` (0–3) centred on x, y: circle, square, triangle, diamond. */
function marker(series: number, x: number, y: number): SVGElement {
  const cls = `compare-mark compare-s${series}`;
  if (series === 0) return svg('circle', { class: cls, cx: x, cy: y, r: 3.5 });
  if (series === 1) return svg('rect', { class: cls, x: x - 3.2, y: y - 3.2, width: 6.4, height: 6.4 });
  const points =
    series === 2 ? [x, y - 4.2, x + 4, y + 3, x - 4, y + 3] : [x, y - 4.5, x + 4.5, y, x, y + 4.5, x - 4.5, y];
  return svg('polygon', { class: cls, points: points.join(' ') });
}

/** The key: each division's name beside its line and marker. */
function legend(names: readonly string[]): HTMLElement {
  return el(
    'ul',
    { class: 'compare-legend' },
    ...names.map((name, s) =>
      el(
        'li',
        {},
        svg(
          'svg',
          { viewBox: '0 0 28 12', width: 28, height: 12, 'aria-hidden': 'true' },
          svg('path', { class: `compare-line compare-s${s}`, d: 'M2,6L26,6' }),
          marker(s, 14, 6),
        ),
        name,
      ),
    ),
  );
}

export function renderCharts(
  lang: Lang,
  w: Words,
  divisions: readonly CompareDivision[],
  indicators: readonly CompareIndicator[],
): HTMLElement {
  const years = divisions[0]!.years;
  // The province's figures run to millions: compact ticks (3600万, 36M) fit the panel's margin.
  const tickFormat = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 2 });
  const names = divisions.map((d) => (lang === 'en' ? d.nameEn : d.nameZh));
  const panels = indicators.flatMap((indicator) => {
    const series = seriesOf(divisions, indicator.id, years);
    if (series.every((values) => values.every((v) => v === null))) return [];
    const g = comparePanel(years, series);
    const describe = series
      .map((values, s) =>
        w('comparePage.charts.series', {
          name: names[s]!,
          values: values
            .map((v, i) => `${years[i]} ${v === null ? w('chart.trends.none') : formatValue(lang, v, indicator.unit)}`)
            .join(w('punct.comma')),
        }),
      )
      .join(lang === 'en' ? '; ' : '；');
    const chart = svg(
      'svg',
      {
        viewBox: `0 0 ${g.width} ${g.height}`,
        role: 'img',
        'aria-label': w('comparePage.charts.label', { indicator: indicator.name, values: describe }),
      },
      svg(
        'g',
        { class: 'trend-axis' },
        ...g.ticks.map((tick) => svg('line', { x1: g.xs[0]! - 12, x2: g.width - 4, y1: tick.y, y2: tick.y })),
        ...g.ticks.map((tick) => {
          const text = svg('text', { x: g.xs[0]! - 16, y: tick.y + 4, 'text-anchor': 'end' });
          text.textContent = tickFormat.format(tick.value);
          return text;
        }),
        ...g.xs.map((x, i) => {
          const text = svg('text', { x, y: g.height - 6, 'text-anchor': 'middle' });
          text.textContent = String(years[i]);
          return text;
        }),
      ),
      ...g.paths.map((d, s) => svg('path', { class: `compare-line compare-s${s}`, d })),
      ...g.points.map((p) => marker(p.series, p.x, p.y)),
    );
    return [el('figure', { class: 'trend-panel' }, el('figcaption', { class: 'chart-title' }, indicator.name), chart)];
  });
  return el(
    'section',
    { class: 'compare-charts', 'aria-labelledby': 'compare-charts-title' },
    el('h2', { id: 'compare-charts-title' }, w('comparePage.charts.title')),
    el('p', { class: 'map-credit' }, w('comparePage.charts.note')),
    legend(names),
    el('div', { class: 'trend-grid' }, ...panels),
  );
}
