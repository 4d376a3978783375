import { describe, expect, it } from 'vitest';
import { cellOf, changeBetween, rankBy, shareBelow, type Observation } from '../../../src/lib/stats/index.ts';

const obs = (code: string, value: number | null, missing?: 'NP' | 'NA' | 'S'): Observation => ({
  dataset: 'd', code, year: 2019,
  values: value === null ? {} : { poor: value },
  missing: missing ? { poor: missing } : {},
});

describe('cells', () => {
  it('keeps the reason a value is missing instead of a zero', () => {
    expect(cellOf(obs('1', null, 'NA'), 'poor')).toEqual({ kind: 'missing', reason: 'NA' });
    expect(cellOf(undefined, 'poor')).toEqual({ kind: 'missing', reason: 'absent' });
    expect(cellOf(obs('1', 0), 'poor')).toEqual({ kind: 'value', value: 0 });
  });
});

describe('ranking', () => {
  const rows = [obs('a', 5), obs('b', 9), obs('c', 5), obs('d', null, 'NP'), obs('e', 1)];
  it('ranks highest first, ties share a rank, missing values are left out', () => {
    expect(rankBy(rows, 'poor')).toEqual([
      { code: 'b', value: 9, rank: 1 },
      { code: 'a', value: 5, rank: 2 },
      { code: 'c', value: 5, rank: 2 },
      { code: 'e', value: 1, rank: 4 },
    ]);
  });
  it('says what share of the others is strictly lower', () => {
    expect(shareBelow(rows, 'poor', 'a')).toBeCloseTo(1 / 3);
    expect(shareBelow(rows, 'poor', 'b')).toBe(1);
    expect(shareBelow(rows, 'poor', 'd')).toBeNull();
  });
});

describe('change', () => {
  it('is null when either year is missing, and has no percent from zero', () => {
    expect(changeBetween(null, 3)).toBeNull();
    expect(changeBetween(0, 3)).toEqual({ absolute: 3, percent: null });
    expect(changeBetween(200, 150)).toEqual({ absolute: -50, percent: -25 });
  });
});
