import { describe, expect, it } from 'vitest';
import { countiesInForce, prefecturesInForce } from '../../../src/lib/divisions/index.ts';
import { PLAN_YEARS } from '../../../src/lib/plan.ts';
import { countyMapBase } from '../../../src/lib/site-data/map-base.ts';
import { loadSiteData } from '../../../src/lib/site-data/index.ts';

const data = loadSiteData();

describe.each(PLAN_YEARS)('countyMapBase %i', (year) => {
  const base = countyMapBase(data, year);
  it('draws every county in force at the year end, named from the registry, with a label point', () => {
    expect(base.counties.map((c) => c.code).sort()).toEqual(
      countiesInForce(data.divisions, year)
        .map((d) => d.code)
        .sort(),
    );
    for (const c of base.counties) {
      expect(c.division?.code, c.code).toBe(c.code);
      expect(c.label, c.code).toBeDefined();
    }
  });
  it('gives every prefecture in force a box to zoom to', () => {
    const zoomable = base.prefectures
      .filter((p) => p.box)
      .map((p) => p.code)
      .sort();
    expect(zoomable).toEqual(
      prefecturesInForce(data.divisions, year)
        .map((d) => d.code)
        .sort(),
    );
  });
  it('is built once per year and shared', () => {
    expect(countyMapBase(data, year)).toBe(base);
  });
});
