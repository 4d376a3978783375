import { expect, it } from 'vitest';
import { classBreaks, classRanges } from '../../../src/lib/geo/index.ts';

it('gives each class the lowest and highest figure it holds, ignoring missing values', () => {
  const values = [0, 0, 0, 1, 2, 3, 5, 8, 13, 21, null];
  const breaks = classBreaks(values, 4);
  const ranges = classRanges(values, breaks);
  expect(ranges).toHaveLength(breaks.length + 1);
  expect(ranges[0]).toMatchObject({ low: 0, bottom: true, top: false });
  expect(ranges.at(-1)).toMatchObject({ high: 21, top: true });
  // Consecutive classes never overlap, and each starts at its break.
  for (let i = 1; i < ranges.length; i++) {
    expect(ranges[i]!.low).toBe(breaks[i - 1]);
    expect(ranges[i]!.low).toBeGreaterThan(ranges[i - 1]!.high);
  }
});

it('makes one class of equal figures', () => {
  expect(classRanges([0, 0, 0], classBreaks([0, 0, 0]))).toEqual([{ low: 0, high: 0, bottom: true, top: true }]);
});
