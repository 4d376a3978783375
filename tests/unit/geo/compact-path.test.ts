import { describe, expect, it } from 'vitest';
import { compactPath } from '../../../src/lib/geo/compact-path.ts';
import { countyPaths, MAP_YEARS, prefectureMesh } from '../../../src/lib/geo/index.ts';

/**
 * Every point a path visits, in absolute tenths, read the way a browser reads path data
 * (SVG 2 §9.3: relative commands, repeated commands without their letter, `z` back to the start).
 */
function visited(d: string): string[] {
  const tokens = d.match(/[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const points: string[] = [];
  let command = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!;
    if (/[MmLlZz]/.test(token)) {
      command = token;
      i++;
      if (command === 'Z' || command === 'z') {
        [x, y] = [startX, startY];
        points.push(`z ${x},${y}`);
      }
      continue;
    }
    const dx = Math.round(Number(token) * 10);
    const dy = Math.round(Number(tokens[i + 1]) * 10);
    i += 2;
    const relative = command === 'm' || command === 'l';
    const [fromX, fromY] = [x, y];
    [x, y] = relative ? [x + dx, y + dy] : [dx, dy];
    if (command === 'M' || command === 'm') {
      [startX, startY] = [x, y];
      points.push(`M ${x},${y}`);
      command = relative ? 'l' : 'L'; // pairs after a move are lines (SVG 2 §9.3.3)
    } else if (x !== fromX || y !== fromY) {
      points.push(`L ${x},${y}`); // a line to where the pen already is draws nothing
    }
  }
  return points;
}

describe('compactPath', () => {
  it('writes moves relative to the last point, drops repeated points and letters', () => {
    expect(compactPath('M195.9,220.1L192.5,219.2L192.5,219.2L190.4,216.2Z')).toBe('M195.9,220.1l-3.4-.9-2.1-3z');
    expect(compactPath('M10,10L20,10ZM10,20L20,20Z')).toBe('M10,10l10,0zm0,10l10,0z');
  });

  it('leaves path data it does not understand as it is', () => {
    expect(compactPath('M1,1A2,2,0,1,1,1,3')).toBe('M1,1A2,2,0,1,1,1,3');
  });

  it.each(MAP_YEARS)('visits the same points as the original on every county of %i and the prefecture mesh', (year) => {
    for (const c of countyPaths(year)) expect(visited(compactPath(c.d)), c.code).toEqual(visited(c.d));
    const mesh = prefectureMesh(year);
    expect(visited(compactPath(mesh))).toEqual(visited(mesh));
  });
});
