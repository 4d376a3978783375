/** Change between two years' values; null when either is missing (never treat missing as zero). */
export interface Change {
  absolute: number;
  /** Relative change in percent, null when the earlier value is zero. */
  percent: number | null;
}

export function changeBetween(previous: number | null, current: number | null): Change | null {
  if (previous === null || current === null) return null;
  const absolute = current - previous;
  return { absolute, percent: previous === 0 ? null : (absolute / previous) * 100 };
}
