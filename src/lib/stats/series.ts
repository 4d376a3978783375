import { divisionByCode, isInForce, referenceDate, resolveAt } from '../divisions/index.ts';
import type { Division } from '../schemas/division.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { cellOf, type Cell, type Observation } from './observation.ts';

/** Finds the observation of a division in a year (pages pass a lookup over their datasets). */
export type ObservationLookup = (code: string, year: number) => Observation | undefined;

export interface SeriesPoint {
  year: number;
  cell: Cell;
  /**
   * The codes whose figures stand in for this division in a year before it existed (e.g. 蓬莱市
   * and 长岛县 for 蓬莱区 in 2019), so the page can say it followed the registry; null when the
   * figure is the division's own.
   */
  via: string[] | null;
}

/** The divisions in force at the end of `year` that wholly became `code` by the end of `asOf`. */
function standIns(divisions: readonly Division[], code: string, year: number, asOf: number): Division[] {
  const date = referenceDate(year);
  return divisions.filter((d) => {
    if (d.code === code || !isInForce(d, date)) return false;
    const became = resolveAt(divisions, d.code, asOf);
    return became.length === 1 && became[0]!.code === code;
  });
}

function combine(parts: readonly Observation[], indicator: Indicator, get: (o: Observation, id: string) => Cell): Cell {
  const total = (id: string): Cell => {
    let sum = 0;
    for (const part of parts) {
      const cell = get(part, id);
      if (cell.kind === 'missing') return cell;
      sum += cell.value;
    }
    return { kind: 'value', value: sum };
  };
  if (indicator.aggregation === 'sum') return total(indicator.id);
  if (indicator.aggregation === 'rate' && indicator.numerator && indicator.denominator) {
    const numerator = total(indicator.numerator);
    const denominator = total(indicator.denominator);
    if (numerator.kind === 'missing') return numerator;
    if (denominator.kind === 'missing' || denominator.value === 0) return { kind: 'missing', reason: 'absent' };
    // Rates are stored to one decimal (data/README.md, "Units and rates").
    return { kind: 'value', value: Math.round((numerator.value / denominator.value) * 1000) / 10 };
  }
  return { kind: 'missing', reason: 'absent' };
}

/**
 * `code`'s figure for each of `years`. For a year before the division existed, the figures of
 * the divisions that wholly became it are combined as the indicator's aggregation allows (sums
 * add, rates are recomputed from their numerator and denominator); a division that was split
 * (莱芜市) cannot stand in for one of its parts, so those years show no data.
 */
export function seriesFor(
  lookup: ObservationLookup,
  divisions: readonly Division[],
  indicator: Indicator,
  code: string,
  years: readonly number[],
): SeriesPoint[] {
  const asOf = Math.max(...years);
  return years.map((year) => {
    const own = divisionByCode(divisions, code);
    if (own && isInForce(own, referenceDate(year)))
      return { year, cell: cellOf(lookup(code, year), indicator.id), via: null };
    const parts = standIns(divisions, code, year, asOf);
    const observations = parts.map((p) => lookup(p.code, year));
    if (parts.length === 0 || observations.some((o) => o === undefined))
      return { year, cell: { kind: 'missing', reason: 'absent' }, via: parts.length ? parts.map((p) => p.code) : null };
    return { year, cell: combine(observations as Observation[], indicator, cellOf), via: parts.map((p) => p.code) };
  });
}
