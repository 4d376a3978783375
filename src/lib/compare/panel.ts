/**
 * Geometry of one compare small multiple: 2–4 divisions' figures over the plan's years on one
 * scale from zero, in the size and look of the county pages' panels (src/lib/charts/trend-panel.ts).
 * It runs in the browser, so it does its own arithmetic instead of importing d3-scale and
 * d3-shape (about 15 KB gzip for two functions); the ticks follow d3's rule (1, 2 or 5 × 10ⁿ,
 * d3-array `tickStep`, https://github.com/d3/d3-array#tickStep) and the top is rounded up to a tick, as `nice()` does.
 */
export const PANEL_LAYOUT = Object.freeze({
  width: 240,
  height: 150,
  left: 44,
  right: 14,
  top: 10,
  bottom: 26,
  ticks: 3,
});

export interface ComparePanel {
  width: number;
  height: number;
  xs: number[];
  /** One SVG path per series; a missing year breaks the line rather than drawing through zero. */
  paths: string[];
  /** Every drawn point (missing years left out), with its series. */
  points: Array<{ series: number; index: number; x: number; y: number; value: number }>;
  ticks: Array<{ value: number; y: number }>;
  baseline: number;
}

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** The tick step for a span from zero to `high` in about `count` steps: 1, 2 or 5 times a power of ten. */
export function tickStep(high: number, count: number): number {
  const raw = high / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  return power * (error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1);
}

// Sums of decimal steps carry float noise (0.1 × 3 = 0.30000000000000004): twelve digits keep every real tick.
const clean = (n: number) => Number(n.toPrecision(12));
const round = (n: number) => Math.round(n * 100) / 100;

export function comparePanel(
  years: readonly number[],
  series: ReadonlyArray<ReadonlyArray<number | null>>,
  layout = PANEL_LAYOUT,
): ComparePanel {
  const finite = series.flat().filter((v): v is number => v !== null && Number.isFinite(v));
  const high = Math.max(0, ...finite) || 1;
  const step = tickStep(high, layout.ticks);
  const top = clean(Math.ceil(high / step) * step);
  const bottomY = layout.height - layout.bottom;
  const y = (v: number) => round(bottomY - (v / top) * (bottomY - layout.top));
  // Points spread like d3's scalePoint with padding 0.3: half a step and a bit inside each edge.
  const span = layout.width - layout.right - layout.left;
  const gap = span / Math.max(1, years.length - 1 + 0.6);
  const xs = years.map((_, i) => round(layout.left + gap * (i + 0.3)));
  const paths = series.map((values) => {
    let path = '';
    let drawing = false;
    values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) {
        drawing = false;
        return;
      }
      path += `${drawing ? 'L' : 'M'}${xs[i]},${y(v)}`;
      drawing = true;
    });
    return path;
  });
  const ticks: ComparePanel['ticks'] = [];
  for (let i = 0; clean(i * step) <= top; i++) ticks.push({ value: clean(i * step), y: y(clean(i * step)) });
  return {
    width: layout.width,
    height: layout.height,
    xs,
    paths,
    points: series.flatMap((values, s) =>
      values.flatMap((v, index) =>
        v !== null && Number.isFinite(v) ? [{ series: s, index, x: xs[index]!, y: y(v), value: v }] : [],
      ),
    ),
    ticks,
    baseline: y(0),
  };
}
