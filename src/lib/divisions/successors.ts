import type { Division } from '../schemas/division.ts';
import { isInForce, referenceDate } from './in-force.ts';
import { divisionByCode } from './lookup.ts';

const byCode = (a: Division, b: Division): number => a.code.localeCompare(b.code);

/**
 * The divisions that directly took over from `code` when it ended (its `successors` column),
 * sorted by code. Empty when it did not end or the code is unknown.
 */
export function successorsOf(divisions: readonly Division[], code: string): Division[] {
  const division = divisionByCode(divisions, code);
  if (division === undefined) return [];
  return division.successors
    .map((s) => divisionByCode(divisions, s))
    .filter((d): d is Division => d !== undefined)
    .sort(byCode);
}

/** The divisions that directly became `code` (those listing it as a successor), sorted by code. */
export function predecessorsOf(divisions: readonly Division[], code: string): Division[] {
  return divisions.filter((d) => d.successors.includes(code)).sort(byCode);
}

/**
 * What `code` had become by the end of `year`: itself when still in force then, otherwise the
 * divisions in force then that its successors (followed through chains) lead to, sorted by code.
 * Empty when the code is unknown, had not started yet, or ended without successors. Drives
 * "what it became" links and joins of 2018–2020 time series, e.g. 371200 莱芜市 at 2019 →
 * 370116 莱芜区 and 370117 钢城区.
 */
export function resolveAt(divisions: readonly Division[], code: string, year: number): Division[] {
  const date = referenceDate(year);
  const found = new Map<string, Division>();
  const visited = new Set<string>();
  const visit = (current: string): void => {
    if (visited.has(current)) return; // guards against cycles in bad data
    visited.add(current);
    const division = divisionByCode(divisions, current);
    if (division === undefined) return;
    if (isInForce(division, date)) {
      found.set(current, division);
    } else if (division.validTo !== null && division.validTo <= date) {
      for (const successor of division.successors) visit(successor);
    }
  };
  visit(code);
  return [...found.values()].sort(byCode);
}
