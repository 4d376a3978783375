import type { Division } from '../schemas/division.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `text` has the shape of an ISO date (`YYYY-MM-DD`), the only form the queries compare. */
export const isIsoDate = (text: string): boolean => ISO_DATE.test(text);

/**
 * The date a year's figures refer to: 31 December. The Ministry of Civil Affairs code lists are
 * year-end lists ("各年数据截至当年 12 月 31 日", yescallop/areacodes README), and every
 * descriptor's `referenceDay` is `12-31` (data/README.md). So a change approved on 2018-12-26
 * (莱芜) already shows in 2018.
 */
export function referenceDate(year: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`referenceDate: expected a four-digit year, received ${year}`);
  }
  return `${year}-12-31`;
}

/**
 * Whether a division is in force on an ISO date (`YYYY-MM-DD`): `validFrom` is inclusive,
 * `validTo` exclusive (the first day no longer in force), as data/divisions/datapackage.json
 * defines them; `null` means open-ended. The registry only knows 2018–2020: a blank `validTo`
 * says nothing about later years.
 */
export function isInForce(d: Pick<Division, 'validFrom' | 'validTo'>, isoDate: string): boolean {
  if (!isIsoDate(isoDate)) {
    throw new RangeError(`isInForce: expected an ISO date YYYY-MM-DD, received "${isoDate}"`);
  }
  // ISO dates compare correctly as strings.
  return (d.validFrom === null || d.validFrom <= isoDate) && (d.validTo === null || isoDate < d.validTo);
}

/** Divisions in force on an ISO date, in registry order. */
export function inForceOn(divisions: readonly Division[], isoDate: string): Division[] {
  return divisions.filter((d) => isInForce(d, isoDate));
}

/** Divisions in force at the end of `year` (its reference date), in registry order. */
export function inForceAt(divisions: readonly Division[], year: number): Division[] {
  return inForceOn(divisions, referenceDate(year));
}

/** County-level divisions (市辖区, 县级市, 县) in force at the end of `year`, in registry order. */
export function countiesInForce(divisions: readonly Division[], year: number): Division[] {
  return inForceAt(divisions, year).filter((d) => d.level === 'county');
}

/** Prefectures (地级市) in force at the end of `year`, in registry order. */
export function prefecturesInForce(divisions: readonly Division[], year: number): Division[] {
  return inForceAt(divisions, year).filter((d) => d.level === 'prefecture');
}

/** Divisions whose parent is `parentCode`, in force on an ISO date, in registry order. */
export function childrenOn(divisions: readonly Division[], parentCode: string, isoDate: string): Division[] {
  return divisions.filter((d) => d.parent === parentCode && isInForce(d, isoDate));
}

/** Divisions whose parent is `parentCode`, in force at the end of `year`, in registry order. */
export function childrenOf(divisions: readonly Division[], parentCode: string, year: number): Division[] {
  return childrenOn(divisions, parentCode, referenceDate(year));
}

/** Every division whose parent was `parentCode` at any time in 2018–2020, ended ones included, sorted by code. */
export function everChildrenOf(divisions: readonly Division[], parentCode: string): Division[] {
  return divisions.filter((d) => d.parent === parentCode).sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * Those of `years` at whose end `division` was in force (the year-end convention, data/README.md).
 * The caller says which years: the site's (src/lib/plan.ts) or those of the data folder it read.
 */
export function yearsInForce(division: Pick<Division, 'validFrom' | 'validTo'>, years: readonly number[]): number[] {
  return years.filter((year) => isInForce(division, referenceDate(year)));
}
