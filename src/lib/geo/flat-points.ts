/**
 * Leaves out the points of a path that draw nothing once coordinates are rounded to tenths.
 * Integer arithmetic throughout (points are in whole tenths), so "on the line" is exact.
 *
 * - In a closed ring (a county's outline, filled): any point on the line through the points
 *   kept before and after it: repeats, the middle of straight runs, and spikes out and back.
 *   Each such point is the corner of a triangle of zero area, so the ring covers the same area
 *   under either fill rule (the winding number of every other point is unchanged).
 * - In an open line (the prefecture borders, stroked only): a point that lies on the segment
 *   between its neighbours. A spike is kept there, because a stroke would draw it.
 *
 * A ring left with fewer than three points encloses nothing and is dropped; a line left with
 * fewer than two draws nothing and is dropped too.
 */
export type Point = readonly [x: number, y: number];
export interface Subpath {
  points: Point[];
  /** Ends with `Z`: a ring. */
  closed: boolean;
}

/** Twice the signed area of the triangle a, b, c: zero when the three points are on one line. */
const cross = (a: Point, b: Point, c: Point): number => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);

/** b lies on the segment from a to c (ends included). */
const between = (a: Point, b: Point, c: Point): boolean =>
  cross(a, b, c) === 0 && (b[0] - a[0]) * (c[0] - b[0]) + (b[1] - a[1]) * (c[1] - b[1]) >= 0;

export function dropFlatPoints({ points, closed }: Subpath): Subpath {
  const flat = closed ? (a: Point, b: Point, c: Point) => cross(a, b, c) === 0 : between;
  const kept: Point[] = [];
  for (const point of points) {
    // Dropping a point can make the one before it flat in turn (a spike inside a spike).
    while (kept.length >= 2 && flat(kept.at(-2)!, kept.at(-1)!, point)) kept.pop();
    if (!samePoint(kept.at(-1), point)) kept.push(point);
  }
  if (closed) closeRing(kept, flat);
  const enough = closed ? 3 : 2;
  return { points: kept.length >= enough ? kept : [], closed };
}

const samePoint = (a: Point | undefined, b: Point): boolean => a !== undefined && a[0] === b[0] && a[1] === b[1];

/** A ring also turns at its start: drop flat points on either side of it until none is left. */
function closeRing(kept: Point[], flat: (a: Point, b: Point, c: Point) => boolean): void {
  let changed = true;
  while (changed && kept.length >= 3) {
    changed = false;
    if (samePoint(kept.at(-1), kept[0]!) || flat(kept.at(-2)!, kept.at(-1)!, kept[0]!)) {
      kept.pop();
      changed = true;
    } else if (flat(kept.at(-1)!, kept[0]!, kept[1]!)) {
      kept.shift();
      changed = true;
    }
  }
}
