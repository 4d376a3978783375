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

/** The divisions that directly became `code` (those listing it as a successor, of any level), sorted by code. */
export function predecessorsOf(divisions: readonly Division[], code: string): Division[] {
  return divisions.filter((d) => d.successors.includes(code)).sort(byCode);
}

/**
 * The divisions of `code`'s own level that directly became it, sorted by code: 371202 莱城区 for
 * 370116 莱芜区, without the abolished prefecture 371200 that `predecessorsOf` also lists.
 */
export function sameLevelPredecessorsOf(divisions: readonly Division[], code: string): Division[] {
  const level = divisionByCode(divisions, code)?.level;
  return predecessorsOf(divisions, code).filter((d) => d.level === level);
}

/**
 * The divisions in force on an ISO date that took over from `code`, following successor links
 * through later changes, sorted by code: 371202 莱城区 on 2019-12-31 → 370116 莱芜区. Never
 * `code` itself, even while it is in force; a successor that had not started by then leads
 * nowhere. The validator's hint for a row dated after its division ended.
 */
export function successorsOn(divisions: readonly Division[], code: string, isoDate: string): Division[] {
  const found = new Map<string, Division>();
  const visited = new Set<string>([code]); // guards against cycles in bad data
  const follow = (from: Division): void => {
    for (const next of from.successors) {
      if (visited.has(next)) continue;
      visited.add(next);
      const division = divisionByCode(divisions, next);
      if (division === undefined) continue;
      if (isInForce(division, isoDate)) found.set(next, division);
      else if (division.validTo !== null && division.validTo <= isoDate) follow(division);
    }
  };
  const start = divisionByCode(divisions, code);
  if (start !== undefined) follow(start);
  return [...found.values()].sort(byCode);
}

/**
 * What `code` had become by the end of `year`: itself when still in force then, otherwise its
 * successors in force then (`successorsOn`, through chains), sorted by code. Empty when the code
 * is unknown, had not started yet, or ended without successors. Drives "what it became" links
 * and joins of 2018–2020 time series, e.g. 371200 莱芜市 at 2019 → 370116 莱芜区 and 370117 钢城区.
 */
export function resolveAt(divisions: readonly Division[], code: string, year: number): Division[] {
  const date = referenceDate(year);
  const division = divisionByCode(divisions, code);
  if (division === undefined) return [];
  if (isInForce(division, date)) return [division];
  const ended = division.validTo !== null && division.validTo <= date;
  return ended ? successorsOn(divisions, code, date) : [];
}

/**
 * The divisions of `code`'s own level in force on an ISO date that it replaced, following
 * predecessor links back through earlier changes, sorted by code: 370116 莱芜区 on 2015-12-31 →
 * 371202 莱城区, not the abolished prefecture 371200, whose successor list also names 370116
 * (`predecessorsOf` lists both). The validator's hint for a row dated before its division existed.
 */
export function sameLevelPredecessorsOn(divisions: readonly Division[], code: string, isoDate: string): Division[] {
  const level = divisionByCode(divisions, code)?.level;
  const found = new Map<string, Division>();
  const visited = new Set<string>([code]); // guards against cycles in bad data
  const follow = (to: string): void => {
    for (const division of divisions) {
      if (division.level !== level || !division.successors.includes(to) || visited.has(division.code)) continue;
      visited.add(division.code);
      if (isInForce(division, isoDate)) found.set(division.code, division);
      else follow(division.code);
    }
  };
  follow(code);
  return [...found.values()].sort(byCode);
}
