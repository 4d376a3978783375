import { describe, expect, it } from 'vitest';
import { stripPlot, STRIP_LAYOUT } from '../../../src/lib/charts/strip-plot.ts';

const points = [
  { code: 'a1', group: 'A', value: 10 },
  { code: 'a2', group: 'A', value: 30 },
  { code: 'b1', group: 'B', value: 50 },
  { code: 'b2', group: 'B', value: 70 },
  { code: 'b3', group: 'B', value: null },
  { code: 'c1', group: 'C', value: null },
];

describe('stripPlot', () => {
  it('ranks prefecture rows by their median county, largest first, with no-figure rows last', () => {
    const plot = stripPlot(points);
    expect(plot.rows.map((r) => [r.group, r.median, r.count])).toEqual([
      ['B', 60, 2],
      ['A', 20, 2],
      ['C', null, 0],
    ]);
    expect(plot.rows.map((r) => r.y)).toEqual([...plot.rows.map((r) => r.y)].sort((a, b) => a - b));
  });

  it('draws one dot per county with a figure, none for a missing one', () => {
    const plot = stripPlot(points);
    expect(plot.dots.map((d) => d.code).sort()).toEqual(['a1', 'a2', 'b1', 'b2']);
  });

  it('places dots on one scale from zero, so larger figures sit further right in every row', () => {
    const plot = stripPlot(points);
    const x = (code: string) => plot.dots.find((d) => d.code === code)!.cx;
    expect(x('a1')).toBeLessThan(x('a2'));
    expect(x('a2')).toBeLessThan(x('b1'));
    expect(plot.ticks[0]).toEqual({ value: 0, x: STRIP_LAYOUT.left });
    expect(plot.ticks.at(-1)!.value).toBeGreaterThanOrEqual(70);
    expect(Math.max(...plot.dots.map((d) => d.cx))).toBeLessThanOrEqual(plot.width - STRIP_LAYOUT.right);
  });

  it('puts every dot on its own prefecture row', () => {
    const plot = stripPlot(points);
    const rowY = new Map(plot.rows.map((r) => [r.group, r.y]));
    for (const d of plot.dots) expect(d.cy).toBe(rowY.get(d.group));
  });

  it('does not depend on input order', () => {
    expect(stripPlot([...points].reverse())).toEqual(stripPlot(points));
  });

  it('still draws an axis when every county has the same figure (all zero)', () => {
    const plot = stripPlot([
      { code: 'a', group: 'A', value: 0 },
      { code: 'b', group: 'B', value: 0 },
    ]);
    expect(plot.ticks.length).toBeGreaterThan(1);
    expect(plot.dots.every((d) => d.cx === STRIP_LAYOUT.left)).toBe(true);
  });
});
