import { median, scaleLinear } from 'd3';

/** One county's figure and the prefecture it belongs to; null when the figure is missing. */
export interface StripPoint {
  code: string;
  group: string;
  value: number | null;
}

export interface StripPlot {
  width: number;
  height: number;
  /** Left edge of the plotting area: group names sit to its left. */
  left: number;
  /** One row per group, ranked by the median of its figures, largest first (missing last). */
  rows: { group: string; y: number; median: number | null; count: number }[];
  /** One dot per county with a figure; counties without one are left out (the table lists them). */
  dots: { code: string; group: string; value: number; cx: number; cy: number }[];
  ticks: { value: number; x: number }[];
  /** Baseline of the axis under the last row. */
  axisY: number;
}

/** Sizes in SVG user units; the SVG scales to its box, so only the proportions matter. */
export const STRIP_LAYOUT = Object.freeze({
  width: 640,
  left: 150,
  right: 28,
  rowHeight: 26,
  top: 8,
  axis: 30,
  ticks: 5,
});

/**
 * A ranked strip plot: one row per prefecture, one dot per county at its figure, on a shared
 * linear scale from zero (so a dot's distance from the axis start is comparable across rows).
 * Rows are ranked by the prefecture's median county, largest first, ties by group key, so the
 * order never depends on input order.
 */
export function stripPlot(points: readonly StripPoint[], layout = STRIP_LAYOUT): StripPlot {
  const groups = [...new Set(points.map((p) => p.group))];
  const valuesOf = (g: string) =>
    points.filter((p) => p.group === g && p.value !== null && Number.isFinite(p.value)).map((p) => p.value as number);
  const stats = groups.map((group) => ({
    group,
    median: median(valuesOf(group)) ?? null,
    count: valuesOf(group).length,
  }));
  stats.sort((a, b) => (b.median ?? -Infinity) - (a.median ?? -Infinity) || a.group.localeCompare(b.group));
  const all = points.map((p) => p.value).filter((v): v is number => v !== null && Number.isFinite(v));
  const low = Math.min(0, ...all);
  const high = Math.max(0, ...all);
  const x = scaleLinear()
    .domain([low, high === low ? low + 1 : high])
    .range([layout.left, layout.width - layout.right])
    .nice(layout.ticks);
  const rowY = new Map(stats.map((s, i) => [s.group, layout.top + layout.rowHeight * (i + 0.5)]));
  const axisY = layout.top + layout.rowHeight * stats.length;
  return {
    width: layout.width,
    height: axisY + layout.axis,
    left: layout.left,
    rows: stats.map((s) => ({ ...s, y: rowY.get(s.group)! })),
    dots: points
      .filter((p): p is StripPoint & { value: number } => p.value !== null && Number.isFinite(p.value))
      .map((p) => ({ code: p.code, group: p.group, value: p.value, cx: round(x(p.value)), cy: rowY.get(p.group)! }))
      .sort((a, b) => a.cy - b.cy || a.cx - b.cx || a.code.localeCompare(b.code)),
    ticks: x.ticks(layout.ticks).map((value) => ({ value, x: round(x(value)) })),
    axisY,
  };
}

/** Two decimals are finer than a pixel at any size the page shows, and keep the HTML short. */
const round = (n: number) => Math.round(n * 100) / 100;
