import { describe, expect, it } from 'vitest';
import { countyCentroids, MAP_YEARS } from '../../../src/lib/geo/index.ts';
import { nearestInDirection, nearestTo, type Direction } from '../../../src/components/map/nearest.ts';

const DIRECTIONS: Direction[] = ['left', 'right', 'up', 'down'];
// A plus sign around the origin, y growing downwards as in SVG.
const cross = [
  { id: 'e', x: 10, y: 0 },
  { id: 'w', x: -10, y: 0 },
  { id: 'n', x: 0, y: -10 },
  { id: 's', x: 0, y: 10 },
];

describe('nearestInDirection', () => {
  it('takes the point ahead in each direction', () => {
    const o = { x: 0, y: 0 };
    expect(DIRECTIONS.map((d) => nearestInDirection(o, cross, d)?.id)).toEqual(['w', 'e', 'n', 's']);
  });
  it('prefers a point straight ahead over a nearer one off to the side', () => {
    const points = [
      { id: 'diagonal', x: 5, y: 4 },
      { id: 'ahead', x: 12, y: 0 },
    ];
    expect(nearestInDirection({ x: 0, y: 0 }, points, 'right')?.id).toBe('ahead');
  });
  it('still reaches a diagonal neighbour when nothing is straight ahead', () => {
    expect(nearestInDirection({ x: 0, y: 0 }, [{ id: 'd', x: 5, y: 5 }], 'right')?.id).toBe('d');
  });
  it('returns undefined at the edge, and never the starting point', () => {
    const o = { x: 10, y: 0 };
    expect(nearestInDirection(o, [o, { x: 0, y: 0 }], 'right')).toBeUndefined();
  });
});

describe('nearestTo', () => {
  it('takes the closest point', () => {
    expect(nearestTo({ x: 1, y: 9 }, cross)?.id).toBe('s');
  });
});

describe('arrow keys on the real maps', () => {
  // Every county must be reachable from every other with arrows alone, or a keyboard user
  // could never select some of them (label points from the same cache the pages use).
  for (const year of MAP_YEARS) {
    it(`reach every county from every county in ${year}`, () => {
      const points = countyCentroids(year);
      const next = new Map(
        points.map((p) => [
          p.code,
          DIRECTIONS.map((d) => nearestInDirection(p, points, d)?.code).filter((c) => c !== undefined),
        ]),
      );
      for (const start of points) {
        const seen = new Set([start.code]);
        const queue = [start.code];
        while (queue.length)
          for (const code of next.get(queue.shift()!)!) if (!seen.has(code)) (queue.push(code), seen.add(code));
        expect(seen.size, `counties reachable from ${start.code}`).toBe(points.length);
      }
    });
  }
});
