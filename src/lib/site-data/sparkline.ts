export interface SparkBar {
  index: number;
  x: number;
  width: number;
  /** Top of the bar and its height; for a missing value, the marker's box on the baseline. */
  y: number;
  height: number;
  missing: boolean;
}

export interface SparkGeometry {
  width: number;
  height: number;
  /** y of the zero line. */
  baseline: number;
  bars: SparkBar[];
}

export interface SparkOptions {
  width?: number;
  height?: number;
  /** Space between bars, in user units. */
  gap?: number;
  /** Height of the missing-value marker. */
  marker?: number;
}

/**
 * Geometry of the small bar charts on overview pages, computed at build time so the SVG needs no
 * script. Bars start at zero — a truncated axis would exaggerate small changes — and a missing
 * year gets a marker, never a zero-height bar that could read as "zero".
 */
export function sparkBars(values: ReadonlyArray<number | null>, options: SparkOptions = {}): SparkGeometry {
  const { width = 72, height = 24, gap = 4, marker = 3 } = options;
  const baseline = height - 0.5;
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  // Negative values do not occur in this project's indicators; clamp so a bad value cannot draw upwards off the frame.
  const max = Math.max(0, ...present);
  const count = Math.max(values.length, 1);
  const barWidth = (width - gap * (count - 1)) / count;
  const bars = values.map((value, index): SparkBar => {
    const x = round(index * (barWidth + gap));
    if (value === null || !Number.isFinite(value))
      return { index, x, width: round(barWidth), y: round(baseline - marker), height: marker, missing: true };
    const h = max === 0 ? 0 : (Math.max(0, value) / max) * (baseline - 1);
    return { index, x, width: round(barWidth), y: round(baseline - h), height: round(h), missing: false };
  });
  return { width, height, baseline, bars };
}

const round = (n: number) => Math.round(n * 10) / 10;
