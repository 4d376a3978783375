import { describe, expect, it } from 'vitest';
import { compactPath } from '../../../src/lib/geo/compact-path.ts';
import { countyPaths, MAP_YEARS, prefectureMesh } from '../../../src/lib/geo/index.ts';

type Point = [number, number];
interface Subpath {
  points: Point[];
  closed: boolean;
}

/**
 * The subpaths of path data in absolute tenths, read the way a browser reads it (SVG 2 §9.3:
 * relative commands, repeated commands without their letter, `z` back to the start).
 */
function subpaths(d: string): Subpath[] {
  const tokens = d.match(/[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const out: Subpath[] = [];
  let command = '';
  let [x, y] = [0, 0];
  let current: Subpath | null = null;
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!;
    if (/[MmLlZz]/.test(token)) {
      command = token;
      i++;
      if (command === 'Z' || command === 'z') {
        current!.closed = true;
        [x, y] = current!.points[0]!;
      }
      continue;
    }
    const [dx, dy] = [Math.round(Number(token) * 10), Math.round(Number(tokens[i + 1]) * 10)];
    i += 2;
    const relative = command === command.toLowerCase();
    [x, y] = relative ? [x + dx, y + dy] : [dx, dy];
    if (command === 'M' || command === 'm') {
      current = { points: [[x, y]], closed: false };
      out.push(current);
      command = relative ? 'l' : 'L'; // pairs after a move are lines (SVG 2 §9.3.3)
    } else current!.points.push([x, y]);
  }
  return out;
}

/** Winding number of the point (px, py) around the rings (nonzero rule: inside when not 0). */
function winding(rings: readonly Subpath[], px: number, py: number): number {
  let w = 0;
  for (const { points } of rings)
    for (let i = 0; i < points.length; i++) {
      const [ax, ay] = points[i]!;
      const [bx, by] = points[(i + 1) % points.length]!;
      const side = (bx - ax) * (py - ay) - (px - ax) * (by - ay);
      if (ay <= py && by > py && side > 0) w++;
      else if (ay > py && by <= py && side < 0) w--;
    }
  return w;
}

/** Twice the area the rings enclose, exactly (shoelace formula in whole tenths). */
const area = (rings: readonly Subpath[]) =>
  rings.reduce(
    (sum, { points }) =>
      sum +
      points.reduce((s, [ax, ay], i) => {
        const [bx, by] = points[(i + 1) % points.length]!;
        return s + ax * by - bx * ay;
      }, 0),
    0,
  );

const onSegment = ([ax, ay]: Point, [px, py]: Point, [bx, by]: Point) =>
  (bx - ax) * (py - ay) === (px - ax) * (by - ay) &&
  Math.min(ax, bx) <= px &&
  px <= Math.max(ax, bx) &&
  Math.min(ay, by) <= py &&
  py <= Math.max(ay, by);

describe('compactPath', () => {
  it('writes moves relative to the last point, drops repeated points and letters', () => {
    expect(compactPath('M195.9,220.1L192.5,219.2L192.5,219.2L190.4,216.2Z')).toBe('M195.9,220.1l-3.4-.9-2.1-3z');
    expect(compactPath('M10,10L20,10L20,15ZM10,20L20,20L20,25Z')).toBe('M10,10l10,0,0,5zm0,10l10,0,0,5z');
  });

  it('drops the middle of a straight run and spikes that come straight back', () => {
    // Along the bottom edge: a step of .1 out and back, then a straight run in three steps.
    expect(compactPath('M0,0L1,0L1,-.1L1,0L1.5,0L2,0L2,2L0,2Z')).toBe('M0,0l2,0,0,2-2,0z');
    // The rounding artefact as it appears in relative data (`0-.1,0,.1,0-.1`): a spike in a spike.
    expect(compactPath('M0,0L0,-.1L0,0L0,-.1L3,-.1L3,3Z')).toBe('M0,0l0-.1,3,0,0,3.1z');
  });

  it('drops a ring that rounding flattened to a line: it covers nothing', () => {
    expect(compactPath('M0,0L5,5L5,5L10,10ZM0,0L1,0L0,1Z')).toBe('M0,0l1,0-1,1z');
  });

  it('keeps a spike in an open line, which a stroke draws, but not its straight middles', () => {
    expect(compactPath('M0,0L1,0L1,1L1,0L2,0L3,0')).toBe('M0,0l1,0,0,1,0-1,2,0');
  });

  it('leaves path data it does not understand as it is', () => {
    expect(compactPath('M1,1A2,2,0,1,1,1,3')).toBe('M1,1A2,2,0,1,1,1,3');
  });

  it.each(MAP_YEARS)('fills exactly the same area as the original, county by county, in %i', (year) => {
    for (const c of countyPaths(year)) {
      const before = subpaths(c.d);
      const after = subpaths(compactPath(c.d));
      expect(after.every((r) => r.closed)).toBe(true);
      expect(area(after), c.code).toBe(area(before));
      // Points off the 0.1 grid lie on no edge; inside or outside must not change at any of them.
      const xs = before.flatMap((r) => r.points.map((p) => p[0]));
      const ys = before.flatMap((r) => r.points.map((p) => p[1]));
      for (let x = Math.min(...xs) + 0.37; x < Math.max(...xs); x += 13)
        for (let y = Math.min(...ys) + 0.61; y < Math.max(...ys); y += 13)
          expect(winding(after, x, y) !== 0, `${c.code} at ${x},${y}`).toBe(winding(before, x, y) !== 0);
    }
  });

  it.each(MAP_YEARS)('draws each prefecture border of %i through every point it drew before', (year) => {
    const before = subpaths(prefectureMesh(year)).filter((l) => new Set(l.points.map(String)).size > 1);
    const after = subpaths(compactPath(prefectureMesh(year)));
    expect(after).toHaveLength(before.length);
    before.forEach((line, i) => {
      const kept = after[i]!.points;
      // The kept points are points of the original line, in order, and every point left out
      // lies on the segment drawn between the two kept around it.
      let k = 0;
      for (const point of line.points) {
        if (k < kept.length && point[0] === kept[k]![0] && point[1] === kept[k]![1]) k++;
        else expect(k > 0 && k < kept.length && onSegment(kept[k - 1]!, point, kept[k]!), `line ${i}`).toBe(true);
      }
      expect(k).toBe(kept.length);
    });
  });

  it.each(MAP_YEARS)('writes every county path of %i in fewer bytes', (year) => {
    for (const c of countyPaths(year)) expect(compactPath(c.d).length).toBeLessThan(c.d.length);
  });
});

describe('compactPath in whole tenths', () => {
  const tenth = (d: string) => compactPath(d, { unit: 'tenth' });

  it('writes the same moves without decimal points, ten times larger', () => {
    expect(tenth('M195.9,220.1L192.5,219.2L192.5,219.2L190.4,216.2Z')).toBe('M1959,2201l-34-9-21-30z');
    expect(tenth('M0,0L0,-.1L0,0L0,-.1L3,-.1L3,3Z')).toBe('M0,0l0-1,30,0,0,31z');
    expect(tenth('M1,1A2,2,0,1,1,1,3')).toBe('M1,1A2,2,0,1,1,1,3');
  });

  it('leaves the default output as it was: the sprite and the social pictures use it', () => {
    const d = countyPaths(2019)[0]!.d;
    tenth(d);
    expect(compactPath(d)).toBe(compactPath(d, { unit: 'unit' }));
    expect(compactPath(d)).toMatch(/\./);
  });

  it.each(MAP_YEARS)('draws every county and border of %i through the same points, times ten', (year) => {
    const times10 = (paths: Subpath[]) =>
      paths.map(({ points, closed }) => ({ points: points.map(([x, y]): Point => [x * 10, y * 10]), closed }));
    for (const d of [...countyPaths(year).map((c) => c.d), prefectureMesh(year)]) {
      expect(subpaths(tenth(d))).toEqual(times10(subpaths(compactPath(d))));
      expect(tenth(d).length).toBeLessThan(compactPath(d).length);
    }
  });
});
