/**
 * The side-by-side table in the browser: one row per indicator (and year, when every year is
 * shown), one column per division, then each division's difference from the first, formatted by
 * the same functions as the county pages (src/lib/i18n/format.ts). Stacks into cards on phones
 * like every figure table (table.stack, data-label on each cell).
 */
import type { CompareDivision } from '../../lib/compare/data.ts';
import type { CompareRow } from '../../lib/compare/table.ts';
import { formatChange, formatExact, formatValue, missingLabel } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/index.ts';
import type { Unit } from '../../lib/schemas/indicator.ts';
import type { Cell } from '../../lib/stats/observation.ts';
import { indicatorPath } from '../../lib/routes.ts';
import { el, type Words } from './words.ts';

/** A figure as Figure.astro writes it on the county pages: the exact value in `<data>`, why it is missing in words. */
function figure(lang: Lang, cell: Cell, unit: Unit): HTMLElement {
  if (cell.kind === 'missing')
    return el('span', { class: 'missing', 'data-missing': cell.reason }, missingLabel(lang, cell.reason));
  const shown = formatValue(lang, cell.value, unit);
  const exact = formatExact(lang, cell.value, unit);
  return el('data', { value: String(cell.value), title: shown === exact ? undefined : exact }, shown);
}

export function renderTable(
  lang: Lang,
  w: Words,
  divisions: readonly CompareDivision[],
  rows: readonly CompareRow[],
  caption: string,
  allYears: boolean,
): HTMLElement {
  const names = divisions.map((d) => (lang === 'en' ? d.nameEn : d.nameZh));
  const differenceHeads = names.slice(1).map((name) => w('comparePage.table.difference', { name, base: names[0]! }));
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col' }, w('col.indicator')),
    ...(allYears ? [el('th', { scope: 'col' }, w('col.year'))] : []),
    ...names.map((name) => el('th', { scope: 'col', class: 'num' }, name)),
    ...differenceHeads.map((text) => el('th', { scope: 'col', class: 'num' }, text)),
  );
  const body = rows.map((row) => {
    const unit = row.indicator.unit;
    const figures = row.figures.map(({ cell }, i) =>
      el('td', { class: 'num', 'data-label': names[i]! }, figure(lang, cell, unit)),
    );
    const differences = row.differences.map((change, i) =>
      el(
        'td',
        { class: 'num', 'data-label': differenceHeads[i]! },
        change
          ? el(
              'data',
              { value: String(change.absolute), 'data-unit': unit === 'percent' ? 'percentage-points' : unit },
              formatChange(lang, change, unit),
            )
          : '—',
      ),
    );
    return el(
      'tr',
      {},
      el('th', { scope: 'row' }, el('a', { href: indicatorPath(row.indicator.id, lang) }, row.indicator.name)),
      ...(allYears ? [el('td', { 'data-label': w('col.year') }, String(row.year))] : []),
      ...figures,
      ...differences,
    );
  });
  const table = el(
    'table',
    { class: 'figures stack compare-table' },
    el('caption', { id: 'compare-caption' }, caption),
    el('thead', {}, head),
    el('tbody', {}, ...body),
  );
  return el(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': 'compare-caption', tabindex: '0' },
    table,
  );
}
