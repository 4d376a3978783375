import { describe, expect, it } from 'vitest';
import { comparePanel, PANEL_LAYOUT, tickStep } from '../../../src/lib/compare/panel.ts';
import { trendPanel } from '../../../src/lib/charts/trend-panel.ts';

const years = [2018, 2019, 2020];

describe('comparePanel', () => {
  it('places years and ticks where the county pages’ d3 panels put them', () => {
    const series = [
      [120, 80, 10],
      [60, null, 30],
    ];
    const ours = comparePanel(years, series);
    const d3 = trendPanel(years, series[0]!, series[1]!, [null, null, null]);
    expect(ours.xs).toEqual(d3.xs);
    expect(ours.ticks).toEqual(d3.ticks);
    expect(ours.baseline).toBe(d3.baseline);
    expect(ours.paths[0]).toBe(d3.paths.county);
  });

  it('shares one scale from zero: a larger figure is higher in every series', () => {
    const g = comparePanel(years, [
      [10, 20, 30],
      [30, 20, 10],
    ]);
    const y = (s: number, i: number) => g.points.find((p) => p.series === s && p.index === i)!.y;
    expect(y(0, 2)).toBe(y(1, 0));
    expect(y(0, 0)).toBeGreaterThan(y(0, 1));
    expect(g.ticks[0]).toEqual({ value: 0, y: g.baseline });
  });

  it('breaks a line at a missing year instead of drawing it through zero', () => {
    const g = comparePanel(years, [[5, null, 7]]);
    expect(g.paths[0]!.match(/M/g)).toHaveLength(2);
    expect(g.points.map((p) => p.index)).toEqual([0, 2]);
  });

  it('draws an all-zero or all-missing panel without dividing by zero', () => {
    for (const series of [[[0, 0, 0]], [[null, null, null]]]) {
      const g = comparePanel(years, series);
      expect(g.ticks.every((t) => Number.isFinite(t.y))).toBe(true);
      expect(g.baseline).toBe(PANEL_LAYOUT.height - PANEL_LAYOUT.bottom);
    }
  });

  it('ticks at 1, 2 or 5 times a power of ten, without float noise', () => {
    expect(tickStep(100, 3)).toBe(50);
    expect(tickStep(0.9, 3)).toBeCloseTo(0.2);
    expect(comparePanel(years, [[0.1, 0.2, 0.3]]).ticks.map((t) => t.value)).toEqual([0, 0.1, 0.2, 0.3]);
  });
});
