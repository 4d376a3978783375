/**
 * Rates as the project stores them (data/README.md, "Units and rates"): numerator ÷ denominator
 * × 100, rounded half up to one decimal. Computed on whole tenths in integer arithmetic, so a
 * value such as 12.25 never turns into 12.2 through binary floating point.
 *
 * Returns null when the denominator is 0 (the rate is not applicable: nobody to count).
 */
export function ratePercent(numerator: number, denominator: number): number | null {
  if (!(denominator > 0)) return null;
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || numerator < 0) {
    throw new RangeError(`ratePercent: expected whole counts, received ${numerator} / ${denominator}`);
  }
  const tenths = Math.floor((numerator * 2000 + denominator) / (2 * denominator));
  return tenths / 10;
}

/** A stored rate as its CSV text, always with one decimal: `0.0`, `12.5`, `100.0`. */
export function formatRate(rate: number): string {
  return rate.toFixed(1);
}
