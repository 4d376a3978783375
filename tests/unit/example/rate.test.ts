import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, formatRate, mulberry32, ratePercent, streamFor } from '../../../src/lib/example/index.ts';

describe('ratePercent', () => {
  it('rounds half up to one decimal without floating-point slips', () => {
    expect(ratePercent(1, 8)).toBe(12.5);
    expect(ratePercent(1, 16)).toBe(6.3); // 6.25 → 6.3
    expect(ratePercent(49, 400)).toBe(12.3); // 12.25 → 12.3
    expect(ratePercent(1, 3)).toBe(33.3);
    expect(ratePercent(2, 3)).toBe(66.7);
    expect(ratePercent(0, 5)).toBe(0);
    expect(ratePercent(5, 5)).toBe(100);
    expect(ratePercent(3, 0)).toBeNull();
  });

  it('stays within half a tenth of the exact rate', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: 1_000_000 }), (a, b) => {
        const [n, d] = a <= b ? [a, b] : [b, a];
        const rate = ratePercent(n, d)!;
        return rate >= 0 && rate <= 100 && Math.abs(rate - (n / d) * 100) <= 0.05 + 1e-9;
      }),
    );
  });

  it('is written with exactly one decimal', () => {
    expect([0, 12.5, 100, 6.3].map(formatRate)).toEqual(['0.0', '12.5', '100.0', '6.3']);
  });
});

describe('allocate', () => {
  it('splits a total into whole parts that add up exactly', () => {
    fc.assert(
      fc.property(
        fc.nat(1_000_000),
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }),
        (total, weights) => {
          const parts = allocate(total, weights);
          const sum = parts.reduce((a, b) => a + b, 0);
          const positive = weights.some((w) => w > 0);
          return parts.every((p) => Number.isInteger(p) && p >= 0) && sum === (positive ? total : 0);
        },
      ),
    );
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
  });
});

describe('seeded streams', () => {
  it('repeat for the same seed and key, and stay in [0, 1)', () => {
    const a = streamFor(1, '370102:2018');
    const b = streamFor(1, '370102:2018');
    const draws = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(streamFor(1, '370103:2018')()).not.toBe(draws[0]);
    expect(mulberry32(42)()).toBe(mulberry32(42)());
  });
});
