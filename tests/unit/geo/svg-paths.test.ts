import { geoContains, polygonContains } from 'd3';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import {
  countyCentroids,
  countyPaths,
  loadTopology,
  MAP_YEARS,
  mapProjection,
  prefectureBox,
  prefecturePaths,
  PROJECTION,
  viewBoxOf,
} from '../../../src/lib/geo/index.ts';

const points = (d: string): [number, number][] =>
  d
    .split(/[MLZ]/)
    .filter(Boolean)
    .map((pair) => pair.split(',').map(Number) as [number, number]);

describe('cached SVG paths', () => {
  // Speed is measured by npm run bench, never asserted here: the cache is proved by identity.
  it('projects each year once: later calls return the same frozen arrays', () => {
    expect(countyPaths(2019)).toBe(countyPaths(2019));
    expect(Object.isFrozen(countyPaths(2019))).toBe(true);
  });

  it('gives each county its parent that year (莱芜 under 济南 at end-2018; 蓬莱区 in 2020)', () => {
    const parent = (year: number, code: string) => countyPaths(year).find((c) => c.code === code)?.parent;
    expect(parent(2018, '370116')).toBe('370100');
    expect(parent(2018, '371523')).toBe('371500');
    expect(parent(2019, '371503')).toBe('371500');
    expect(parent(2020, '370614')).toBe('370600');
    expect(countyPaths(2020).map((c) => c.code)).not.toContain('370634');
  });

  it.each(MAP_YEARS)('draws 16 prefecture outlines in %i', (year) => {
    const outlines = prefecturePaths(year);
    expect(outlines).toHaveLength(16);
    for (const { code, d } of outlines) expect(d.length, code).toBeGreaterThan(100);
  });
});

describe.each(MAP_YEARS)('label points %i', (year) => {
  it('lie inside their own county (checked on the sphere)', () => {
    const topology = loadTopology(year);
    const counties = feature(topology, topology.objects.counties).features;
    const projection = mapProjection(year);
    for (const { code, x, y } of countyCentroids(year)) {
      const county = counties.find((f) => String(f.id) === code);
      const lonLat = projection.invert?.([x, y]);
      expect(county && lonLat && geoContains(county, lonLat), `${code} label at ${x},${y}`).toBe(true);
    }
  });
});

describe('prefecture zoom box', () => {
  it.each(MAP_YEARS)('holds every county of each prefecture in %i, at the frame aspect', (year) => {
    for (const { code } of prefecturePaths(year)) {
      const box = prefectureBox(year, code);
      if (!box) throw new Error(`no box for ${code}`);
      expect(Math.abs(box.width / box.height - PROJECTION.width / PROJECTION.height)).toBeLessThan(0.02);
      const inside = ([x, y]: [number, number]) =>
        x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
      for (const c of countyPaths(year).filter((c) => c.parent === code)) {
        expect(points(c.d).every(inside), `${c.code} in ${code} box ${viewBoxOf(box)}`).toBe(true);
      }
    }
  });

  it('is undefined for a prefecture with no counties that year (莱芜市 371200)', () => {
    expect(prefectureBox(2018, '371200')).toBeUndefined();
  });

  it('shows 蓬莱区 with its 长岛 islands in 2020', () => {
    const box = prefectureBox(2020, '370600');
    const penglai = countyPaths(2020).find((c) => c.code === '370614');
    if (!box || !penglai) throw new Error('missing 烟台 box or 蓬莱区');
    // 长岛's islands are separate rings: more than one subpath.
    expect(penglai.d.split('M').length - 1).toBeGreaterThan(1);
    expect(
      polygonContains(
        [
          [box.x, box.y],
          [box.x + box.width, box.y],
          [box.x + box.width, box.y + box.height],
          [box.x, box.y + box.height],
        ],
        points(penglai.d)[0] as [number, number],
      ),
    ).toBe(true);
  });
});
