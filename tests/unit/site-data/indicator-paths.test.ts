import { describe, expect, it } from 'vitest';
import { countiesInForce } from '../../../src/lib/divisions/index.ts';
import { compareApiPath, countyDataPath, indicatorApiPath } from '../../../src/lib/routes.ts';
import {
  apiFiles,
  choropleth,
  indicatorYearJson,
  indicatorYears,
  loadSiteData,
  pageLists,
  yearsWithCountyFigures,
} from '../../../src/lib/site-data/index.ts';

/** Over the real data/: the list that drives pages, endpoints and /api/index.json. */
const data = loadSiteData();
const pairs = indicatorYears(data);

describe('indicatorYears over data/', () => {
  it('has a map for every indicator-year with county figures, and only those', () => {
    expect(pairs.length).toBeGreaterThan(0);
    for (const indicator of data.indicators) {
      expect(yearsWithCountyFigures(data, indicator.id), indicator.id).toEqual(
        pairs.filter((p) => p.id === indicator.id).map((p) => p.year),
      );
    }
    for (const { id, year } of pairs) expect(choropleth(data, id, year), `${id} ${year}`).not.toBeNull();
  });

  it('gives each map JSON one entry per county in force (137, 137, 136)', () => {
    for (const { id, year } of pairs) {
      const json = indicatorYearJson(data, choropleth(data, id, year)!);
      expect(
        json.values.map((v) => v.code),
        `${id} ${year}`,
      ).toEqual(countiesInForce(data.divisions, year).map((d) => d.code));
    }
  });
});

describe('apiFiles', () => {
  const files = apiFiles(data);
  it('lists every indicator-year JSON and CSV, every county-year JSON and CSV and the division CSVs, once each', () => {
    const paths = files.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const { id, year } of pairs) expect(paths).toContain(indicatorApiPath(id, year));
    expect(paths).toContain(countyDataPath('370116', 2019, 'csv'));
    expect(paths).toContain(countyDataPath('370116', 2019, 'json'));
    for (const { id, year } of pairs) expect(paths).toContain(indicatorApiPath(id, year, 'csv'));
    const lists = pageLists(data);
    const counties = new Set(lists.countyYears.map((p) => p.code)).size;
    // One compare file per division a reader can compare: the province, 16 prefectures, 139 counties.
    expect(files.length).toBe(
      2 * pairs.length + 2 * (137 + 137 + 136) + 1 + 16 + 139 + counties + lists.prefectureYears.length,
    );
    expect(paths).toContain(compareApiPath('371327'));
  });
  it('marks files built from example data', () => {
    const exampleSets = new Set(data.datasets.filter((d) => d.meta.status === 'example').map((d) => d.name));
    for (const { id, year } of pairs) {
      const file = files.find((f) => f.path === indicatorApiPath(id, year))!;
      expect(file.example).toBe(choropleth(data, id, year)!.datasets.some((d) => exampleSets.has(d.name)));
    }
  });
});
