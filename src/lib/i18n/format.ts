import type { Unit } from '../schemas/indicator.ts';
import type { Change } from '../stats/change.ts';
import type { MissingCode } from '../stats/observation.ts';
import type { ClassRange } from '../geo/legend.ts';
import type { Lang } from './index.ts';
import { fill } from './fill.ts';
import { figures as zhFigures } from './zh/figures.ts';
import { site as zhSite } from './zh/site.ts';
import { figures as enFigures } from './en/figures.ts';
import { site as enSite } from './en/site.ts';

/**
 * The few words these formatters need, from the two dictionary parts that hold them rather than
 * the whole dictionaries: the compare page runs these formatters in the browser, where the full
 * dictionaries would cost about 25 KB gzip (src/components/compare/compare-page.ts).
 */
const WORDS = { 'zh-CN': { ...zhSite, ...zhFigures }, en: { ...enSite, ...enFigures } };
const t = (lang: Lang, key: keyof (typeof WORDS)['zh-CN'], vars: Record<string, string | number> = {}) =>
  fill(WORDS[lang][key], vars);

/** Unit words after a number; Chinese uses measure words, English plural nouns. */
const UNIT_WORDS: Record<Unit, { zh: string; en: string; enOne: string }> = {
  person: { zh: '人', en: 'people', enOne: 'person' },
  household: { zh: '户', en: 'households', enOne: 'household' },
  village: { zh: '个村', en: 'villages', enOne: 'village' },
  township: { zh: '个乡镇', en: 'townships', enOne: 'township' },
  county: { zh: '个县（市、区）', en: 'counties', enOne: 'county' },
  workshop: { zh: '个', en: 'workshops', enOne: 'workshop' },
  platform: { zh: '个', en: 'platforms', enOne: 'platform' },
  percent: { zh: '%', en: '%', enOne: '%' },
  yuan: { zh: '元', en: 'yuan', enOne: 'yuan' },
};

/**
 * Large amounts in the units each language's readers count in (the way the province's own
 * bulletins print them): 亿 (10⁸) and 万 (10⁴) in Chinese, billion and million in English.
 * Chinese switches to 万 from 100,000 (six digits are hard to read at a glance) and keeps one
 * decimal, to 亿 with two ("59.32 亿元"); English to million and billion with two ("5.93 billion").
 * The first scale whose `from` the value reaches applies; below all of them the exact figure shows.
 */
const SCALES: Record<Lang, readonly { from: number; divisor: number; word: string; digits: number }[]> = {
  'zh-CN': [
    { from: 1e8, divisor: 1e8, word: '亿', digits: 2 },
    { from: 1e5, divisor: 1e4, word: '万', digits: 1 },
  ],
  en: [
    { from: 1e9, divisor: 1e9, word: 'billion', digits: 2 },
    { from: 1e6, divisor: 1e6, word: 'million', digits: 2 },
  ],
};

/** A figure split into its number and the words after it, so ranges can share one unit. */
interface ValueParts {
  number: string;
  /** What follows the number, with its leading space when the language puts one ("" for `%`). */
  suffix: string;
}

function sign(value: number, signed: boolean): Intl.NumberFormatOptions['signDisplay'] {
  return signed && value !== 0 ? 'exceptZero' : 'auto';
}

/**
 * One shared Intl.NumberFormat per setting: building one costs far more than formatting with it,
 * and a build formats hundreds of thousands of figures with a handful of settings (in the build's
 * CPU profile, constructing them was the largest single cost; README "Performance").
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
export function numberFormat(
  lang: Lang,
  maximumFractionDigits: number,
  signDisplay: Intl.NumberFormatOptions['signDisplay'],
) {
  const key = `${lang}|${maximumFractionDigits}|${signDisplay}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits, signDisplay });
    numberFormats.set(key, format);
  }
  return format;
}

function valueParts(
  lang: Lang,
  value: number,
  unit: Unit,
  scaled: boolean,
  signed = false,
  plural = false,
): ValueParts {
  const signDisplay = sign(value, signed);
  if (unit === 'percent')
    return {
      number: numberFormat(lang, 1, signDisplay).format(value),
      suffix: '%',
    };
  const words = UNIT_WORDS[unit];
  const scale = scaled ? SCALES[lang].find((s) => Math.abs(value) >= s.from) : undefined;
  const number = numberFormat(lang, scale?.digits ?? 0, signDisplay).format(scale ? value / scale.divisor : value);
  if (lang !== 'en') return { number, suffix: ` ${scale?.word ?? ''}${words.zh}` };
  const noun = !scale && !plural && Math.abs(value) === 1 ? words.enOne : words.en;
  return { number, suffix: ` ${scale ? `${scale.word} ` : ''}${noun}` };
}

export function unitLabel(lang: Lang, unit: Unit): string {
  return lang === 'en' ? UNIT_WORDS[unit].en : UNIT_WORDS[unit].zh;
}

/**
 * A figure as a reader sees it: `1,234 人`, `13.5 万人`, `59.32 亿元`, `5.93 billion yuan`, `3.4%`.
 * Large amounts are rounded to the reader's units: tables keep the exact figure beside it
 * (`formatExact` in a `title`, the number in `<data value>`), and downloads hold it unrounded.
 */
export function formatValue(lang: Lang, value: number, unit: Unit): string {
  const parts = valueParts(lang, value, unit, true);
  return parts.number + parts.suffix;
}

/** The exact figure with grouping and its unit (`2,423,821 人`), for titles and notes that compare exact sums. */
export function formatExact(lang: Lang, value: number, unit: Unit): string {
  const parts = valueParts(lang, value, unit, false);
  return parts.number + parts.suffix;
}

/**
 * A change from one year to the next, always signed. A rate's change is a difference of two
 * percentages, so it is stated in percentage points (39.9% → 48.6% is "+8.7 个百分点", not
 * "+8.7%"); a count's change adds its relative change in brackets ("+288 人（+12.3%）") when the
 * earlier figure was not zero.
 */
export function formatChange(lang: Lang, change: Change, unit: Unit): string {
  if (unit === 'percent') {
    const number = numberFormat(lang, 1, sign(change.absolute, true)).format(change.absolute);
    return t(lang, Math.abs(change.absolute) === 1 ? 'figure.change.point' : 'figure.change.points', { value: number });
  }
  const parts = valueParts(lang, change.absolute, unit, true, true);
  if (change.percent === null) return parts.number + parts.suffix;
  const relative = numberFormat(lang, 1, sign(change.percent, true)).format(change.percent);
  return parts.number + parts.suffix + t(lang, 'figure.change.relative', { value: `${relative}%` });
}

/** `1～3 人` / `1–3 people`: one unit after both numbers when they share it (`13.5～20.1 万人`), otherwise each keeps its own. */
export function formatRange(lang: Lang, low: number, high: number, unit: Unit): string {
  const dash = lang === 'en' ? '–' : '～';
  if (low === high) return formatValue(lang, low, unit);
  const from = valueParts(lang, low, unit, true, false, true);
  const to = valueParts(lang, high, unit, true, false, true);
  if (from.suffix === to.suffix) return `${from.number}${dash}${to.number}${to.suffix}`;
  return `${from.number}${from.suffix}${dash}${to.number}${to.suffix}`;
}

/**
 * A map key's wording for one class, from the values it really holds: `0 人` (one value),
 * `1～3 人` (a range), `13 人及以上` / `13 people or more` (the top class); a single class shows
 * the lowest and highest figure, never a bare "below x".
 */
export function classLabel(lang: Lang, range: ClassRange, unit: Unit): string {
  if (range.top && !range.bottom) return t(lang, 'legend.orMore', { value: formatValue(lang, range.low, unit) });
  return formatRange(lang, range.low, range.high, unit);
}

/** Why a figure is absent, in words: never a blank or a zero. */
export function missingLabel(lang: Lang, reason: MissingCode | 'absent'): string {
  if (reason === 'absent') return lang === 'en' ? 'no data' : '无数据';
  return t(lang, `missing.${reason}`);
}
