import { z } from 'zod';

/**
 * Periods as the plan states them: a year (`2018`), a half (`2018-H2`), a quarter (`2019-Q2`),
 * the end of a year (`2019-end`, 年底) or a span of years (`2018/2020`). The plan never names a
 * day, so neither do we.
 */
export const PeriodSchema = z.string().regex(/^\d{4}(-(H[12]|Q[1-4]|end)|\/\d{4})?$/, 'YYYY, YYYY-H1|H2, YYYY-Q1…Q4, YYYY-end or YYYY/YYYY');
export type Period = z.output<typeof PeriodSchema>;

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'] as const;
const QUARTER_START = ['01-01', '04-01', '07-01', '10-01'] as const;

/** First and last day a period covers (ISO dates), for sorting and deadline comparisons. */
export function periodRange(period: Period): { start: string; end: string } {
  const [, year, part] = /^(\d{4})(?:-(H1|H2|Q[1-4]|end)|\/(\d{4}))?$/.exec(period) ?? [];
  const to = /\/(\d{4})$/.exec(period)?.[1];
  if (!year) throw new Error(`not a period: ${period}`);
  if (to) return { start: `${year}-01-01`, end: `${to}-12-31` };
  if (part === 'H1') return { start: `${year}-01-01`, end: `${year}-06-30` };
  if (part === 'H2') return { start: `${year}-07-01`, end: `${year}-12-31` };
  if (part === 'end') return { start: `${year}-12-31`, end: `${year}-12-31` };
  if (part?.startsWith('Q')) {
    const q = Number(part[1]) - 1;
    return { start: `${year}-${QUARTER_START[q]}`, end: `${year}-${QUARTER_END[q]}` };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

const ZH_QUARTER = ['一', '二', '三', '四'];
const EN_QUARTER = ['first', 'second', 'third', 'fourth'];

/**
 * The period in words. `during`: `2018年下半年` / `Second half of 2018`. `by` (a deadline):
 * `2019年年底前` / `By the end of 2019`, `到2020年` / `By 2020`; a deadline that is a half or a
 * quarter reads `2018年下半年内` / `Within the second half of 2018`.
 */
export function periodLabel(period: Period, lang: 'zh-CN' | 'en', kind: 'by' | 'during' = 'during'): string {
  const m = /^(\d{4})(?:-(H1|H2|Q[1-4]|end)|\/(\d{4}))?$/.exec(period);
  if (!m) return period;
  const [, year, part, to] = m;
  const q = part?.startsWith('Q') ? Number(part[1]) - 1 : -1;
  const zh = to ? `${year}—${to}年`
    : part === 'H1' ? `${year}年上半年`
    : part === 'H2' ? `${year}年下半年`
    : part === 'end' ? `${year}年年底`
    : q >= 0 ? `${year}年第${ZH_QUARTER[q]}季度`
    : `${year}年`;
  const en = to ? `${year}–${to}`
    : part === 'H1' ? `the first half of ${year}`
    : part === 'H2' ? `the second half of ${year}`
    : part === 'end' ? `the end of ${year}`
    : q >= 0 ? `the ${EN_QUARTER[q]} quarter of ${year}`
    : year!;
  if (lang === 'zh-CN') {
    if (kind === 'during') return zh;
    return part === 'end' ? `${zh}前` : part || to ? `${zh}内` : `到${zh}`;
  }
  const text = kind === 'during' ? en.replace(/^the /, '')
    : part === 'end' || (!part && !to) ? `by ${en}`
    : `within ${en}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Where an entry sits in time: a deadline (`by`) at the day it falls due, anything else
 * (`during`) at the day it starts. Sorting by this key (stable) gives the timeline's order.
 */
export function periodSortKey(period: Period, kind: 'by' | 'during'): string {
  const range = periodRange(period);
  return kind === 'by' ? range.end : range.start;
}

/**
 * Sorts entries by `periodSortKey`; on a tie the longer span comes first (the 2018 targets before
 * the second half of 2018, before the end of 2018), then the given order.
 */
export function sortByPeriod<T extends { period: Period; kind: 'by' | 'during' }>(entries: readonly T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index, key: periodSortKey(entry.period, entry.kind), range: periodRange(entry.period) }))
    .sort((a, b) => a.key.localeCompare(b.key) || a.range.start.localeCompare(b.range.start) || a.range.end.localeCompare(b.range.end) || a.index - b.index)
    .map(({ entry }) => entry);
}
