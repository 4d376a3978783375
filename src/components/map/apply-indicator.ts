/**
 * Puts one indicator-year (`IndicatorYearJson`) onto a page that shows another: recolours the
 * map's counties, rewrites their labels and ranks, the legend, the ranked table and the texts
 * that name the indicator. Fills, class labels and formatted figures all come from the JSON,
 * made at build time by the same code as the HTML, so both paths show the same thing.
 */
import type { IndicatorYearJson } from '../../lib/site-data/api.ts';

type Entry = IndicatorYearJson['values'][number];
const SVG_NS = 'http://www.w3.org/2000/svg';

/** True when the JSON lists exactly the counties drawn: otherwise its year has other divisions. */
export function sameDivisions(paths: readonly SVGElement[], data: IndicatorYearJson): boolean {
  const codes = new Set(data.values.map((v) => v.code));
  return codes.size === paths.length && paths.every((p) => codes.has(p.dataset.code ?? ''));
}

/** Recolours each county and sets `data-label` ("name: figure") and `data-rank` from the JSON. */
export function recolour(paths: readonly SVGElement[], data: IndicatorYearJson, zh: boolean): void {
  const byCode = new Map(data.values.map((v) => [v.code, v]));
  for (const path of paths) {
    const v = byCode.get(path.dataset.code ?? '');
    if (!v) continue;
    path.setAttribute('fill', v.fill);
    path.dataset.label = `${path.dataset.name}${zh ? '：' : ': '}${zh ? v.label.zh : v.label.en}`;
    if (v.rank === null) delete path.dataset.rank;
    else path.dataset.rank = String(v.rank);
  }
}

/** Replaces the legend's class swatches (the last item, no data, stays) and its title. */
export function redrawLegend(legend: Element, data: IndicatorYearJson, zh: boolean, title: string): void {
  const heading = legend.querySelector('.map-legend-title');
  if (heading) heading.textContent = title;
  const list = legend.querySelector('ul');
  if (!list) return;
  const noData = list.lastElementChild;
  const items = data.classes.map((c) => {
    const li = document.createElement('li');
    const svg = document.createElementNS(SVG_NS, 'svg');
    const rect = document.createElementNS(SVG_NS, 'rect');
    for (const [k, v] of [['width', '18'], ['height', '12']]) {
      svg.setAttribute(k!, v!);
      rect.setAttribute(k!, v!);
    }
    svg.setAttribute('aria-hidden', 'true');
    rect.setAttribute('fill', c.colour);
    rect.setAttribute('stroke', '#555');
    svg.append(rect);
    li.append(svg, ` ${zh ? c.labelZh : c.labelEn}`);
    return li;
  });
  list.replaceChildren(...items, ...(noData ? [noData] : []));
}

/** The figure as Figure.astro renders it: `<data value>` or `<span class="missing" data-missing>`. */
function figure(v: Entry, text: string): HTMLElement {
  if (v.value !== null) {
    const el = document.createElement('data');
    el.value = String(v.value);
    el.textContent = text;
    return el;
  }
  const el = document.createElement('span');
  el.className = 'missing';
  el.dataset.missing = v.missing ?? 'absent';
  el.textContent = text;
  return el;
}

/**
 * Re-sorts the RankTable's rows as RankTable.astro does (rank, then code; missing last) and
 * rewrites each row's rank and figure; name and prefecture cells are kept as they are.
 */
export function refillTable(table: HTMLTableElement, data: IndicatorYearJson, zh: boolean): void {
  const body = table.tBodies[0];
  if (!body) return;
  const rows = new Map([...body.rows].map((r) => [r.dataset.code, r]));
  const sorted = [...data.values].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));
  for (const v of sorted) {
    const row = rows.get(v.code);
    if (!row) continue;
    row.cells[0]!.textContent = v.rank === null ? '—' : String(v.rank);
    row.cells[row.cells.length - 1]!.replaceChildren(figure(v, zh ? v.label.zh : v.label.en));
    body.append(row);
  }
  table.dataset.indicator = data.indicator.id;
  table.dataset.year = String(data.year);
}

/**
 * Texts that name the indicator: the map's title, the table's caption and region name, the
 * document title, and the text inside any element the page marks `data-map-rename` (e.g. the
 * heading above the map). Each occurrence of `from` becomes `to`; markup inside is kept.
 */
export function rename(root: HTMLElement, table: HTMLTableElement | null, from: string, to: string): void {
  if (!from || from === to) return;
  const swap = (text: string | null) => (text ?? '').replaceAll(from, to);
  const texts: Node[] = [];
  for (const el of [root.querySelector('figure > svg > title'), table?.caption, ...document.querySelectorAll('[data-map-rename]')]) {
    if (!el) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push(walker.currentNode);
  }
  for (const node of texts) node.textContent = swap(node.textContent);
  const region = table?.closest('[aria-label]');
  if (region) region.setAttribute('aria-label', swap(region.getAttribute('aria-label')));
  document.title = swap(document.title);
}
