import { describe, expect, it } from 'vitest';
import { sparkBars } from '../../../src/lib/site-data/sparkline.ts';

describe('sparkBars', () => {
  const g = sparkBars([50, 100, null], { width: 72, height: 24, gap: 4, marker: 3 });
  it('starts every bar at zero, so the tallest value fills the frame and half of it fills half', () => {
    const [half, full] = g.bars;
    expect(full!.y + full!.height).toBeCloseTo(g.baseline, 1);
    expect(full!.height).toBeCloseTo(g.baseline - 1, 1);
    expect(half!.height).toBeCloseTo(full!.height / 2, 0);
  });
  it('draws a missing year as a marker on the baseline, never as a bar of zero', () => {
    expect(g.bars[2]).toMatchObject({ missing: true, height: 3 });
    expect(g.bars[2]!.y + 3).toBeCloseTo(g.baseline, 1);
  });
  it('spaces equal bars across the width', () => {
    expect(g.bars.map((b) => b.x)).toEqual([0, 25.3, 50.7]);
    expect(g.bars[0]!.width).toBeCloseTo(21.3, 1);
  });
  it('gives zero values zero height (no division by zero) and keeps them apart from missing ones', () => {
    const zero = sparkBars([0, 0]);
    expect(zero.bars.every((b) => b.height === 0 && !b.missing)).toBe(true);
  });
});
