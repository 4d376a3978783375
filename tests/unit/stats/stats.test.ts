import { describe, expect, it } from 'vitest';
import {
  allTied,
  cellOf,
  changeBetween,
  comparisonOf,
  rankBy,
  sharedByAll,
  shareBelow,
  standingAmong,
  type Observation,
} from '../../../src/lib/stats/index.ts';

const obs = (code: string, value: number | null, missing?: 'NP' | 'NA' | 'S'): Observation => ({
  dataset: 'd',
  code,
  year: 2019,
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
  it('ranks highest first with competition ranking (1, 2, 2, 4), says who shares a rank, leaves missing values out', () => {
    expect(rankBy(rows, 'poor')).toEqual([
      { code: 'b', value: 9, rank: 1, sharedBy: 1 },
      { code: 'a', value: 5, rank: 2, sharedBy: 2 },
      { code: 'c', value: 5, rank: 2, sharedBy: 2 },
      { code: 'e', value: 1, rank: 4, sharedBy: 1 },
    ]);
  });
  it('gives every division rank 1, shared by all, when all figures are equal', () => {
    const zeros = Array.from({ length: 137 }, (_, i) => obs(String(i), 0));
    const ranked = rankBy(zeros, 'poor');
    expect(new Set(ranked.map((r) => r.rank))).toEqual(new Set([1]));
    expect(ranked.every((r) => r.sharedBy === 137)).toBe(true);
    expect(allTied(ranked)).toBe(true);
  });
  it('knows an order from no order: one different figure, or a single division, is not "all tied"', () => {
    const zeros = Array.from({ length: 137 }, (_, i) => obs(String(i), i === 5 ? 1 : 0));
    expect(allTied(rankBy(zeros, 'poor'))).toBe(false);
    expect(allTied(rankBy([obs('a', 0)], 'poor'))).toBe(false);
    expect(allTied([])).toBe(false);
    expect(sharedByAll({ of: 12, sharedBy: 12 })).toBe(true);
    expect(sharedByAll({ of: 12, sharedBy: 11 })).toBe(false);
    expect(sharedByAll({ of: 1, sharedBy: 1 })).toBe(false);
  });
  it('says what share of the others is strictly lower', () => {
    expect(shareBelow(rows, 'poor', 'a')).toBeCloseTo(1 / 3);
    expect(shareBelow(rows, 'poor', 'b')).toBe(1);
    expect(shareBelow(rows, 'poor', 'd')).toBeNull();
  });
  it('counts the others below, level with and above a division', () => {
    expect(standingAmong(rows, 'poor', 'a')).toEqual({ lower: 1, equal: 1, higher: 1 });
    expect(standingAmong(rows, 'poor', 'd')).toBeNull();
    expect(standingAmong([obs('a', 1)], 'poor', 'a')).toBeNull();
  });
});

describe('comparison in words', () => {
  it('never calls a division lowest when others share its figure', () => {
    expect(comparisonOf({ lower: 0, equal: 8, higher: 0 })).toEqual({ kind: 'same' });
    expect(comparisonOf({ lower: 0, equal: 2, higher: 6 })).toEqual({ kind: 'tiedLowest' });
    expect(comparisonOf({ lower: 0, equal: 0, higher: 8 })).toEqual({ kind: 'lowest' });
    expect(comparisonOf({ lower: 5, equal: 3, higher: 0 })).toEqual({ kind: 'tiedHighest' });
    expect(comparisonOf({ lower: 8, equal: 0, higher: 0 })).toEqual({ kind: 'highest' });
    expect(comparisonOf({ lower: 2, equal: 2, higher: 4 })).toEqual({ kind: 'share', below: 0.25 });
  });
});

describe('change', () => {
  it('is null when either year is missing, and has no percent from zero', () => {
    expect(changeBetween(null, 3)).toBeNull();
    expect(changeBetween(0, 3)).toEqual({ absolute: 3, percent: null });
    expect(changeBetween(200, 150)).toEqual({ absolute: -50, percent: -25 });
  });
});
