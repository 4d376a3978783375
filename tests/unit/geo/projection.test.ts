import { geoArea, geoDistance, geoPath } from 'd3';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { countyPaths, loadTopology, MAP_YEARS, mapProjection, PROJECTION } from '../../../src/lib/geo/index.ts';

const { width, height } = PROJECTION;
const EARTH_RADIUS_KM = 6371.0088;
// Approximate city centres (the city government, from any atlas), degrees E/N.
const PLACES = {
  jinan: [117.0, 36.65],
  qingdao: [120.38, 36.07],
  heze: [115.48, 35.23],
  dongying: [118.67, 37.43],
} as const;

/** All x,y pairs of an SVG path from d3 (absolute M/L/Z commands only). */
const points = (d: string): number[][] =>
  d
    .split(/[MLZ]/)
    .filter(Boolean)
    .map((pair) => pair.split(',').map(Number));

describe.each(MAP_YEARS)('map projection %i', (year) => {
  const project = (place: keyof typeof PLACES) => {
    const xy = mapProjection(year)([...PLACES[place]]);
    if (!xy) throw new Error(`${place} did not project`);
    return xy;
  };

  it('puts known cities inside the frame, in the right relative positions', () => {
    for (const place of Object.keys(PLACES) as (keyof typeof PLACES)[]) {
      const [x, y] = project(place);
      expect(x, place).toBeGreaterThan(0);
      expect(x, place).toBeLessThan(width);
      expect(y, place).toBeGreaterThan(0);
      expect(y, place).toBeLessThan(height);
    }
    const [jx, jy] = project('jinan');
    const [qx, qy] = project('qingdao');
    expect(jx, '济南 west of 青岛').toBeLessThan(qx - 200);
    expect(Math.abs(jy - qy), '济南 and 青岛 at about the same latitude (0.6° apart)').toBeLessThan(80);
    const [hx, hy] = project('heze');
    const [dx, dy] = project('dongying');
    expect(hx, '菏泽 west of 东营').toBeLessThan(dx);
    expect(hy, '菏泽 south of 东营 (SVG y grows down)').toBeGreaterThan(dy);
  });

  it('keeps distances to one scale (±3 %) across the province', () => {
    const kmPerPx = (a: keyof typeof PLACES, b: keyof typeof PLACES) => {
      const [ax, ay] = project(a);
      const [bx, by] = project(b);
      return (geoDistance([...PLACES[a]], [...PLACES[b]]) * EARTH_RADIUS_KM) / Math.hypot(ax - bx, ay - by);
    };
    const east = kmPerPx('jinan', 'qingdao');
    const diagonal = kmPerPx('heze', 'dongying');
    expect(Math.abs(east / diagonal - 1)).toBeLessThan(0.03);
  });

  it('is equal-area: every county keeps the same projected/true area ratio (±1 %)', () => {
    const topology = loadTopology(year);
    const counties = feature(topology, topology.objects.counties).features;
    const path = geoPath(mapProjection(year));
    const ratios = counties.map((f) => path.area(f) / geoArea(f));
    const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)] as number;
    for (const [i, r] of ratios.entries()) expect(Math.abs(r / median - 1), String(counties[i]?.id)).toBeLessThan(0.01);
  });

  it('draws every county as a non-empty path inside the viewBox', () => {
    for (const { code, d } of countyPaths(year)) {
      const xy = points(d);
      expect(xy.length, code).toBeGreaterThanOrEqual(4);
      for (const [x = NaN, y = NaN] of xy) {
        expect(x >= 0 && x <= width && y >= 0 && y <= height, `${code} point ${x},${y}`).toBe(true);
      }
    }
  });
});

describe('the three years', () => {
  it('share one frame, so a county that did not change sits in the same place every year', () => {
    const at = (year: number) => mapProjection(year)([117.0, 36.65]);
    expect(at(2019)).toEqual(at(2018));
    expect(at(2020)).toEqual(at(2018));
    const d = (year: number) => countyPaths(year).find((c) => c.code === '370102')?.d;
    expect(d(2020)).toBe(d(2018));
  });
});
