import { classOf } from './scale.ts';

/**
 * The values one class of a choropleth really holds, so its key can say `1～3 人` and `0 人`
 * instead of "1 to under 4" and "below 1". `bottom`/`top` mark the first and last class: the top
 * class reads "x or more", as the largest figures are what a reader looks up in the table.
 */
export interface ClassRange {
  low: number;
  high: number;
  bottom: boolean;
  top: boolean;
}

/**
 * One range per class of `breaks` (see classBreaks: class i holds breaks[i-1] ≤ v < breaks[i]).
 * A class holding no value (breaks taken from other figures) keeps its break as both ends, so
 * the key never invents a range. Missing values are ignored.
 */
export function classRanges(values: readonly (number | null | undefined)[], breaks: readonly number[]): ClassRange[] {
  const count = breaks.length + 1;
  const ranges = Array.from({ length: count }, (_, i): ClassRange => {
    const edge = breaks[i - 1] ?? breaks[i] ?? 0;
    return { low: edge, high: edge, bottom: i === 0, top: i === count - 1 };
  });
  const seen = new Array<boolean>(count).fill(false);
  for (const value of values) {
    const index = classOf(value, breaks);
    if (index === null) continue;
    const range = ranges[index]!;
    const v = value as number;
    if (!seen[index]) Object.assign(range, { low: v, high: v });
    else Object.assign(range, { low: Math.min(range.low, v), high: Math.max(range.high, v) });
    seen[index] = true;
  }
  // Each class above the first starts at its break, which classBreaks takes from the values.
  ranges.forEach((range, i) => {
    if (i > 0 && seen[i]) range.low = breaks[i - 1]!;
  });
  return ranges;
}
