/**
 * Spatial navigation between counties: from one label point, which county an arrow key goes to.
 * Points are in SVG user units, where y grows downwards.
 */
export interface Point {
  x: number;
  y: number;
}
export type Direction = 'left' | 'right' | 'up' | 'down';

const AXES: Record<Direction, readonly [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * Sideways distance counts double, so a county straight ahead beats a slightly nearer one off to
 * the side, while a key press still reaches a diagonal neighbour when nothing is straight ahead.
 * Chosen here, not taken from a standard; with it every county can be reached from every other
 * on each year's map (tests/unit/map/nearest.test.ts).
 */
const SIDEWAYS_WEIGHT = 2;

/**
 * The candidate nearest to `from` in `direction`: only points strictly ahead count; among them the
 * smallest forward + 2 × sideways distance wins, ties to the earlier candidate. Undefined at the
 * edge of the map (nothing ahead).
 */
export function nearestInDirection<T extends Point>(
  from: Point,
  candidates: readonly T[],
  direction: Direction,
): T | undefined {
  const [ax, ay] = AXES[direction];
  let best: T | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const ahead = dx * ax + dy * ay;
    if (ahead <= 0) continue;
    const score = ahead + SIDEWAYS_WEIGHT * Math.abs(dx * ay - dy * ax);
    if (score < bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/** The candidate closest to `to` (straight-line distance), e.g. the county at the centre of the view. */
export function nearestTo<T extends Point>(to: Point, candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = Math.hypot(c.x - to.x, c.y - to.y);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}
