import { describe, expect, it } from 'vitest';
import { labelsIn } from '../../../src/components/map/labels.ts';

const points = [
  { x: 10, y: 10, name: '甲' },
  { x: 50, y: 50, name: '乙' },
  { x: 120, y: 40, name: '丙' },
];

describe('labelsIn', () => {
  it('keeps the names whose label point lies in the box shown', () => {
    expect(labelsIn(points, '0 0 100 100').points.map((p) => p.name)).toEqual(['甲', '乙']);
    expect(labelsIn(points, '100, 0, 60, 60').points.map((p) => p.name)).toEqual(['丙']);
  });
  it('sizes the names to the box, so a smaller box (a closer zoom) gets smaller user units', () => {
    expect(labelsIn(points, '0 0 300 200').fontSize).toBe(10);
    expect(labelsIn(points, '0 0 150 100').fontSize).toBe(5);
  });
  it('names nothing for a box it cannot read', () => {
    expect(labelsIn(points, '')).toEqual({ points: [], fontSize: 0 });
    expect(labelsIn(points, '0 0 0 0')).toEqual({ points: [], fontSize: 0 });
  });
});
