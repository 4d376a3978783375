import { formatValue } from '../i18n/format.ts';
import { formatNumber, t, type Lang } from '../i18n/index.ts';
import type { Unit } from '../schemas/indicator.ts';
import type { Comparator, TargetUnit } from './target-schema.ts';

/** Tracker units beyond the indicator units (src/lib/i18n/format.ts knows those). */
const EXTRA_UNITS = ['prefecture', 'days-per-month', 'assessments-per-year'] as const;
type ExtraUnit = (typeof EXTRA_UNITS)[number];
const isExtra = (unit: TargetUnit): unit is ExtraUnit => (EXTRA_UNITS as readonly string[]).includes(unit);

/** `172,000 人`, `50%`, `5 个工作日/月`: a tracker value as a reader sees it. */
export function formatTargetValue(lang: Lang, value: number, unit: TargetUnit): string {
  if (!isExtra(unit)) return formatValue(lang, value, unit as Unit);
  return `${formatNumber(lang, value, 0)} ${t(lang, `tracker.unit.${unit}`)}`;
}

const COMPARATOR_KEYS = { '>=': 'tracker.atLeast', '<=': 'tracker.atMost', '=': 'tracker.exactly' } as const;

/** `不少于 172,000 人` / `at least 172,000 people`. */
export function formatTarget(lang: Lang, comparator: Comparator, value: number, unit: TargetUnit): string {
  // "At most 0" and "exactly 0" both mean none may be left: say so.
  if (value === 0 && comparator !== '>=') return t(lang, 'tracker.zero', { value: formatTargetValue(lang, 0, unit) });
  return t(lang, COMPARATOR_KEYS[comparator], { value: formatTargetValue(lang, value, unit) });
}

/** `2018—2020 年` / `2018–2020`, `2020 年` / `2020`: the years an outcome covers. */
export function formatYears(lang: Lang, years: readonly number[]): string {
  const span = years.length > 1 ? `${years[0]}${lang === 'en' ? '–' : '—'}${years.at(-1)}` : String(years[0]);
  return t(lang, 'tracker.years', { years: span });
}
