import type { Unit } from '../schemas/indicator.ts';
import type { MissingCode } from '../stats/observation.ts';
import { formatNumber, t, type Lang } from './index.ts';

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

export function unitLabel(lang: Lang, unit: Unit): string {
  return lang === 'en' ? UNIT_WORDS[unit].en : UNIT_WORDS[unit].zh;
}

/** `12,345 人`, `12,345 people`, `3.4%`: the figure as a reader sees it, grouping included. */
export function formatValue(lang: Lang, value: number, unit: Unit): string {
  const number = formatNumber(lang, value, unit === 'percent' ? 1 : 0);
  if (unit === 'percent') return `${number}%`;
  if (lang !== 'en') return `${number} ${UNIT_WORDS[unit].zh}`;
  return `${number} ${Math.abs(value) === 1 ? UNIT_WORDS[unit].enOne : UNIT_WORDS[unit].en}`;
}

/** Why a figure is absent, in words: never a blank or a zero. */
export function missingLabel(lang: Lang, reason: MissingCode | 'absent'): string {
  if (reason === 'absent') return lang === 'en' ? 'no data' : '无数据';
  return t(lang, `missing.${reason}`);
}
