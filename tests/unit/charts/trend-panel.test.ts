import { describe, expect, it } from 'vitest';
import { trendPanel, TREND_LAYOUT } from '../../../src/lib/charts/trend-panel.ts';

const years = [2018, 2019, 2020];

describe('trendPanel', () => {
  it('draws the county and both reference medians on one scale from zero', () => {
    const p = trendPanel(years, [300, 60, 0], [200, 50, 0], [100, 20, 0]);
    expect(p.ticks[0]).toEqual({ value: 0, y: p.baseline });
    expect(p.ticks.at(-1)!.value).toBeGreaterThanOrEqual(300);
    // Larger figures sit higher (smaller y): 300 above 200 above 100.
    const first = (d: string) => Number(/^M[\d.]+,([\d.]+)/.exec(d)![1]);
    expect(first(p.paths.county)).toBeLessThan(first(p.paths.prefecture));
    expect(first(p.paths.prefecture)).toBeLessThan(first(p.paths.province));
    expect(p.points.at(-1)!.y).toBe(p.baseline);
  });

  it('breaks the line at a missing year instead of drawing it through zero', () => {
    const p = trendPanel(years, [10, null, 30], [10, 20, 30], [10, 20, 30]);
    expect(p.points.map((pt) => pt.index)).toEqual([0, 2]);
    expect(p.paths.county.match(/M/g)).toHaveLength(2);
    expect(p.paths.prefecture.match(/M/g)).toHaveLength(1);
  });

  it('places the years left to right inside the panel', () => {
    const p = trendPanel(years, [1, 2, 3], [1, 2, 3], [1, 2, 3]);
    expect(p.xs).toEqual([...p.xs].sort((a, b) => a - b));
    expect(p.xs[0]).toBeGreaterThanOrEqual(TREND_LAYOUT.left);
    expect(p.xs.at(-1)).toBeLessThanOrEqual(TREND_LAYOUT.width - TREND_LAYOUT.right);
  });

  it('keeps an axis when every figure is zero or missing', () => {
    const p = trendPanel(years, [0, 0, null], [0, 0, 0], [null, null, null]);
    expect(p.ticks.length).toBeGreaterThan(1);
    expect(p.paths.province).toBe('');
  });
});
