/**
 * The indicator/year switch (MapSwitch.astro's `form.map-switch`) once JavaScript runs.
 *
 * - Changing the indicator recolours the map in place from `/api/indicators/{id}/{year}.json`
 *   and records the choice in the address (`?indicator=…&year=…`, `history.replaceState`).
 * - Anything that needs another page waits for the submit button: a year whose divisions
 *   differ from the drawn map's (every year here: 莱芜's counties were recoded in 2019, and 2020
 *   has 136 counties), or JSON whose counties do not match. Opening a page on a mere change of a
 *   select would be a change of context on input (WCAG 2.2 3.2.2).
 * - On load, a query the page was opened with is applied the same way (a submit before this
 *   script ran lands here), replacing the history entry when it has to open another page.
 *
 * Pages and JSON are found through the form's link list (`a[data-indicator][data-year]`, with
 * `data-api`), so every URL still comes from routes.ts, and a pair without a link has no map.
 */
import { rename, recolour, redrawLegend, refillTable, sameDivisions } from './apply-indicator.ts';
import type { IndicatorYearJson } from '../../lib/site-data/api.ts';
import { fill } from './template.ts';

/**
 * What the switch needs of the map it drives (map-element.ts's `<county-map>`), stated here so
 * the two modules do not import each other.
 */
export interface SwitchableMap extends HTMLElement {
  readonly counties: ReadonlyArray<{ path: SVGPathElement }>;
  /** Announce `text` in the map's live region. */
  say(text: string): void;
  /** After a switch: show the current county's new figure in the tooltip. */
  refresh(): void;
}

export class MapSwitch {
  private readonly indicator: HTMLSelectElement;
  private readonly year: HTMLSelectElement;
  /** Bumped per request: only the latest answer is applied. */
  private request = 0;

  constructor(
    private readonly map: SwitchableMap,
    private readonly form: HTMLFormElement,
  ) {
    this.indicator = form.elements.namedItem('indicator') as HTMLSelectElement;
    this.year = form.elements.namedItem('year') as HTMLSelectElement;
    form.addEventListener('change', (e) => {
      if (e.target === this.indicator) void this.go('stay');
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.go('assign');
    });
    const query = new URLSearchParams(location.search);
    const [id, year] = [query.get('indicator'), query.get('year')];
    if ([...this.indicator.options].some((o) => o.value === id)) this.indicator.value = id!;
    if ([...this.year.options].some((o) => o.value === year)) this.year.value = year!;
    if (id || year) void this.go('replace');
  }

  /** `stay`: only in-place changes; `assign`/`replace`: may open the pair's page that way. */
  private async go(navigation: 'stay' | 'assign' | 'replace'): Promise<void> {
    const { map } = this;
    const id = this.indicator.value;
    const year = Number(this.year.value);
    const mapYear = Number(map.dataset.year);
    if (id === map.dataset.indicator && year === mapYear) return;
    const vars = { indicator: this.indicator.selectedOptions[0]?.text ?? id, year };
    const link = this.form.querySelector<HTMLAnchorElement>(`a[data-indicator="${CSS.escape(id)}"][data-year="${year}"]`);
    if (!link) return map.say(fill(this.form.dataset.msgUnavailable, vars));
    const open = (): void => {
      if (navigation !== 'stay') location[navigation](link.href);
    };
    if (year !== mapYear) return open();

    const request = ++this.request;
    let data: IndicatorYearJson;
    try {
      const response = await fetch(link.dataset.api ?? '');
      if (!response.ok) throw new Error(`${response.status}`);
      data = (await response.json()) as IndicatorYearJson;
    } catch {
      if (request === this.request) map.say(fill(this.form.dataset.msgError, vars));
      return;
    }
    if (request !== this.request) return;
    const paths = map.counties.map((c) => c.path);
    if (!sameDivisions(paths, data)) return open();

    const zh = map.dataset.lang !== 'en';
    const name = zh ? data.indicator.nameZh : data.indicator.nameEn;
    recolour(paths, data, zh);
    map.dataset.rankTotal = String(data.values.filter((v) => v.rank !== null).length);
    const legend = map.querySelector('.map-legend');
    const legendTitle = data.indicator.better === 'neutral' ? this.form.dataset.msgLegendNeutral : this.form.dataset.msgLegendBetter;
    if (legend) redrawLegend(legend, data, zh, legendTitle ?? '');
    const table = document.querySelector<HTMLTableElement>(
      `table.rank-table[data-indicator="${CSS.escape(map.dataset.indicator ?? '')}"][data-year="${mapYear}"]`,
    );
    if (table) refillTable(table, data, zh);
    rename(map, table, map.dataset.indicatorName ?? '', name);
    const example = map.querySelector<HTMLElement>('.map-example');
    if (example) example.hidden = !data.example;
    map.dataset.indicator = data.indicator.id;
    map.dataset.indicatorName = name;
    for (const a of this.form.querySelectorAll('a[aria-current]')) a.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'page');

    const url = new URL(location.href);
    url.searchParams.set('indicator', id);
    url.searchParams.set('year', String(year));
    history.replaceState(history.state, '', url);
    map.refresh();
    map.say(fill(this.form.dataset.msgDone, { indicator: name, year }));
  }
}
