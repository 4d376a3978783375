/** Change between two years' values; null when either is missing (never treat missing as zero). */
export interface Change {
  absolute: number;
  /** Relative change in percent, null when the earlier value is zero. */
  percent: number | null;
}

export function changeBetween(previous: number | null, current: number | null): Change | null {
  if (previous === null || current === null) return null;
  // Two one-decimal rates differ by a float with noise (48.6 − 39.9 = 8.700000000000003):
  // twelve significant digits keep every real figure and drop the noise.
  const absolute = Number((current - previous).toPrecision(12));
  return { absolute, percent: previous === 0 ? null : (absolute / previous) * 100 };
}
