import { t, type Lang } from '../i18n/index.ts';

/**
 * Clauses are written as the interpretation numbers them: `第二部分 三` is the third measure
 * (三是) of part two. These turn that into numbers and into words for the reader.
 */
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function parseClause(clause: string): { part: number; item: number | null } {
  const m = /^第([一二三四五六七八九十])部分(?: ([一二三四五六七八九十]))?$/.exec(clause);
  if (!m) throw new Error(`not a clause: ${clause}`);
  return { part: NUMERALS.indexOf(m[1]!) + 1, item: m[2] ? NUMERALS.indexOf(m[2]) + 1 : null };
}

/** `第二部分第三项` / `Part 2, item 3`. */
export function clauseLabel(clause: string, lang: Lang): string {
  const { part, item } = parseClause(clause);
  const numeral = (n: number) => (lang === 'en' ? String(n) : NUMERALS[n - 1]!);
  return item === null ? t(lang, 'clause.part', { part: numeral(part) }) : t(lang, 'clause.item', { part: numeral(part), item: numeral(item) });
}
