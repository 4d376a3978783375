/**
 * "Did you mean …?" for hints: the closest candidates by edit distance (Levenshtein), so a typo
 * in a column name, indicator id or division code points at the intended one.
 */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = row;
  }
  return prev[y.length]!;
}

/**
 * Candidates within `maxDistance` edits of `target` (after trimming and lower-casing), closest
 * first, at most `limit`. The default allows about one edit per four characters.
 */
export function closest(
  target: string,
  candidates: Iterable<string>,
  options: { maxDistance?: number; limit?: number } = {},
): string[] {
  const t = target.trim().toLowerCase();
  const max = options.maxDistance ?? Math.max(1, Math.floor(t.length / 4));
  const scored: Array<[string, number]> = [];
  for (const c of candidates) {
    const d = editDistance(t, c.toLowerCase());
    if (d <= max) scored.push([c, d]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return scored.slice(0, options.limit ?? 3).map(([c]) => c);
}
