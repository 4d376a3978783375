/**
 * Splits a whole `total` into whole parts proportional to `weights` by the largest-remainder
 * (Hamilton) method: everyone gets the floor of their exact share, and the units left over go to
 * the largest fractional remainders, ties to the earlier index. The parts always add up to
 * `total` exactly, which keeps the example's province totals round and predictable.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0)
    throw new RangeError(`allocate: total must be a whole number ≥ 0, received ${total}`);
  const sum = weights.reduce((a, w) => a + Math.max(0, w), 0);
  if (weights.length === 0 || sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (Math.max(0, w) / sum) * total);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, remainder: x - Math.floor(x) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}
