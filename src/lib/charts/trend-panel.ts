import { line, scaleLinear, scalePoint } from 'd3';

/** One series of a small multiple: a figure per year, null where none was published. */
export type Series = readonly (number | null)[];

export interface TrendPanel {
  width: number;
  height: number;
  /** x of each year, in the order given. */
  xs: number[];
  /** SVG path of each series; a missing year breaks the line rather than drawing through zero. */
  paths: { county: string; prefecture: string; province: string };
  /** The county's own points (missing years left out). */
  points: { index: number; x: number; y: number; value: number }[];
  ticks: { value: number; y: number }[];
  baseline: number;
}

/** Sizes in SVG user units; one panel of a row of four on a desktop, two abreast on a phone. */
export const TREND_LAYOUT = Object.freeze({
  width: 240,
  height: 150,
  left: 44,
  right: 14,
  top: 10,
  bottom: 26,
  ticks: 3,
});

/**
 * One small multiple: a county's figures over the plan's years with the median county of its
 * prefecture and of the province as reference lines. All three share one scale from zero, and
 * the references are medians of counties, never a prefecture's total, which would dwarf any county.
 */
export function trendPanel(
  years: readonly number[],
  county: Series,
  prefecture: Series,
  province: Series,
  layout = TREND_LAYOUT,
): TrendPanel {
  const finite = [...county, ...prefecture, ...province].filter((v): v is number => v !== null && Number.isFinite(v));
  const high = Math.max(0, ...finite);
  const y = scaleLinear()
    .domain([0, high === 0 ? 1 : high])
    .range([layout.height - layout.bottom, layout.top])
    .nice(layout.ticks);
  const x = scalePoint<number>()
    .domain(years)
    .range([layout.left, layout.width - layout.right])
    .padding(0.3);
  const xs = years.map((yr) => round(x(yr)!));
  const path = (series: Series) =>
    line<number | null>()
      .defined((v) => v !== null && Number.isFinite(v))
      .x((_, i) => xs[i]!)
      .y((v) => round(y(v as number)))(series) ?? '';
  return {
    width: layout.width,
    height: layout.height,
    xs,
    paths: { county: path(county), prefecture: path(prefecture), province: path(province) },
    points: county.flatMap((v, index) =>
      v !== null && Number.isFinite(v) ? [{ index, x: xs[index]!, y: round(y(v)), value: v }] : [],
    ),
    ticks: y.ticks(layout.ticks).map((value) => ({ value, y: round(y(value)) })),
    baseline: round(y(0)),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
