import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { countyCentroids, MAP_YEARS, mapLabelFile } from '../../../src/lib/geo/index.ts';
import { countyMapBase } from '../../../src/lib/site-data/map-base.ts';
import { loadSiteData } from '../../../src/lib/site-data/index.ts';
import { codeOfCountyHref } from '../../../src/components/map/county-links.ts';
import { countyYearPath } from '../../../src/lib/routes.ts';

describe.each(MAP_YEARS)('map label points %i', (year) => {
  const file = mapLabelFile(year);
  const base = countyMapBase(loadSiteData(), year);

  it('is named after its own content and published beside the sprite', () => {
    const hash = createHash('sha256').update(file.json).digest('hex').slice(0, 10);
    expect(file.fileName).toBe(`labels-${year}.${hash}.json`);
    expect(file.href).toBe(`/_astro/${file.fileName}`);
    expect(base.labels).toBe(file.href);
  });

  it("holds every drawn county's label point, as the map computes it", () => {
    const points = JSON.parse(file.json) as Record<string, [number, number]>;
    const expected = new Map(countyCentroids(year).map((p) => [p.code, [p.x, p.y]]));
    for (const c of base.counties) expect(points[c.code], c.code).toEqual(expected.get(c.code));
    expect(Object.keys(points)).toHaveLength(expected.size);
  });
});

describe('the county code of a map link', () => {
  it('is read from the county page address in either language', () => {
    expect(codeOfCountyHref(countyYearPath('370102', 2019, 'zh-CN'))).toBe('370102');
    expect(codeOfCountyHref(countyYearPath('371327', 2020, 'en'))).toBe('371327');
  });
});
