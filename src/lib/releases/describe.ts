import { textIn } from '../i18n/bilingual.ts';
import { formatNumber, nameIn, t, type Lang } from '../i18n/index.ts';
import * as routes from '../routes.ts';
import type { Division } from '../schemas/division.ts';
import type { ValueChange } from './diff-values.ts';

/**
 * How a changed value reads on /changes/ and in the feed: the division by name, the indicator by
 * name, the cells with missing-value codes spelled out and numbers grouped.
 */
export interface Names {
  divisions: ReadonlyMap<string, Division>;
  indicators: ReadonlyMap<string, { nameZh: string; nameEn: string }>;
  /** County-year and prefecture-year pages that exist, as `code|year`. */
  yearPages: ReadonlySet<string>;
}

/** `济南市（370100）`, or the bare code when the registry does not know it. */
export function divisionLabel(lang: Lang, code: string | null, names: Names): string {
  if (code === null) return '';
  const d = names.divisions.get(code);
  return d ? `${nameIn(lang, d)}${lang === 'en' ? ` (${code})` : `（${code}）`}` : code;
}

/** The page of a division for a year: its year page when it has one, else its overview; null when it has none. */
export function divisionHref(lang: Lang, code: string | null, year: number | null, names: Names): string | null {
  const d = code === null ? undefined : names.divisions.get(code);
  if (!d) return null;
  if (d.level === 'province') return routes.homePath(lang);
  const hasYear = year !== null && names.yearPages.has(`${d.code}|${year}`);
  if (d.level === 'prefecture')
    return hasYear ? routes.prefectureYearPath(d.code, year, lang) : routes.prefecturePath(d.code, lang);
  return hasYear ? routes.countyYearPath(d.code, year, lang) : routes.countyPath(d.code, lang);
}

/** The indicator's name for a changed value, or the column name for a column that is no indicator. */
export function fieldLabel(lang: Lang, change: Pick<ValueChange, 'indicator' | 'field'>, names: Names): string {
  const id = change.indicator ?? change.field;
  const indicator = names.indicators.get(id);
  const name = indicator ? nameIn(lang, indicator) : id;
  return change.indicator && change.field !== change.indicator && change.field !== 'value'
    ? `${name} · ${change.field}`
    : name;
}

const CODES = new Set(['NP', 'NA', 'S']);

/** A cell as readers read it: `未公布（NP）`, `48,974`, or the text as written; blank as `—`. */
export function cellText(lang: Lang, text: string): string {
  if (text === '') return '—';
  if (CODES.has(text)) {
    const label = t(lang, `missing.${text}` as 'missing.NP');
    return lang === 'en' ? `${label} (${text})` : `${label}（${text}）`;
  }
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return formatNumber(lang, Number(text), 6);
  // Free text is written `中文 / English` (data/README.md): each page shows its own language's part.
  return textIn(lang, text).text;
}

/** A difference with its sign: `+2`, `−0.2`. */
export function deltaText(lang: Lang, delta: number | null): string {
  if (delta === null) return '';
  const n = formatNumber(lang, Math.abs(delta), 6);
  return delta > 0 ? `+${n}` : delta < 0 ? `−${n}` : n;
}

/** One line per changed value, for the feed: `济南市（370100） 建档立卡贫困人口 2015：未公布（NP） → 48,974`. */
export function changeLines(lang: Lang, changes: readonly ValueChange[], names: Names): string[] {
  return changes.map((c) =>
    `${divisionLabel(lang, c.division, names)} ${fieldLabel(lang, c, names)}${c.year === null ? '' : ` ${c.year}`}${lang === 'en' ? ': ' : '：'}${cellText(lang, c.old)} → ${cellText(lang, c.new)}`.trim(),
  );
}
