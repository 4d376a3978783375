import type { Lang } from '../i18n/index.ts';

/**
 * Small text helpers for pages that weave links into translated sentences: a dictionary string
 * such as `{name}于 {date} 撤销` is split into literal text and named slots, so the page can put a
 * link where the slot is instead of concatenating HTML into a string.
 */
export type TemplatePart = { text: string } | { slot: string };

export function templateParts(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ slot: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/** `2018-12-26` as `2018 年 12 月 26 日` or `26 December 2018` (ISO dates only; no time zone involved). */
export function formatDate(lang: Lang, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  if (lang === 'en') return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  return `${y} 年 ${Number(m)} 月 ${Number(d)} 日`;
}
/** `12-31` as `12 月 31 日` or `31 December`: a day of every year (a descriptor's `referenceDay`). */
export function formatMonthDay(lang: Lang, monthDay: string): string {
  const match = /^(\d{2})-(\d{2})$/.exec(monthDay);
  if (!match) return monthDay;
  const [, m, d] = match;
  return lang === 'en' ? `${Number(d)} ${MONTHS[Number(m) - 1]}` : `${Number(m)} 月 ${Number(d)} 日`;
}
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `a、b和c` / `a, b and c`: names joined the way each language lists them. */
export function joinNames(lang: Lang, names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  const head = names.slice(0, -1);
  return lang === 'en' ? `${head.join(', ')} and ${names.at(-1)}` : `${head.join('、')}和${names.at(-1)}`;
}
