import { describe, expect, it } from 'vitest';
import { choropleth } from '../../../src/lib/site-data/choropleth.ts';
import {
  defaultMapIndicator,
  ownFigures,
  prefectureYear,
  restrictChoropleth,
} from '../../../src/lib/site-data/prefecture-profile.ts';
import { pageLists } from '../../../src/lib/site-data/pages.ts';
import { loadSiteData } from '../../../src/lib/site-data/load.ts';
import { dataset, indicator, siteData } from './fixtures.ts';
import { countiesInForce } from '../../../src/lib/divisions/index.ts';

const poor = indicator('registered_poor');
const incidence = indicator('poverty_incidence', { unit: 'percent', aggregation: 'none' });
const baseline = dataset('baseline', 'official', [
  ['370600', 2015, { registered_poor: 'NP' }],
  ['371300', 2015, { registered_poor: 442079 }],
]);
const base = siteData([], []);
// Every county of 2019 with a distinct figure, and an incidence that is 0 everywhere (one class only).
const counties = countiesInForce(base.divisions, 2019).map((d, i): [string, number, Record<string, number>] => [
  d.code,
  2019,
  { registered_poor: 100 + i, poverty_incidence: 0 },
]);
const example = dataset('example', 'example', [
  ...counties,
  ['370600', 2019, { registered_poor: 999, poverty_incidence: 0 }],
]);
const data = siteData([baseline, example], [poor, incidence]);

describe('ownFigures', () => {
  it('keeps official and example rows in separate groups, so they never read as one series', () => {
    const groups = ownFigures(data, '370600');
    expect(groups.map((g) => [g.dataset.name, g.years, g.example])).toEqual([
      ['baseline', [2015], false],
      ['example', [2019], true],
    ]);
    expect(groups[0]!.rows[0]!.cells).toEqual([{ year: 2015, cell: { kind: 'missing', reason: 'NP' } }]);
  });
  it('limits the years when asked', () => {
    expect(ownFigures(data, '370600', [2019]).map((g) => g.dataset.name)).toEqual(['example']);
    expect(ownFigures(data, '370600', [2020])).toEqual([]);
  });
  it('keeps each row’s note, so a page can say how a figure was published', () => {
    const notesOf = (code: string, year: number) =>
      ownFigures(loadSiteData(), code, [year])
        .find((g) => g.dataset.name === 'baseline-2015-prefectures')
        ?.notes.map((n) => n.note) ?? [];
    expect(notesOf('371200', 2015)).toEqual([expect.stringContaining('26000')]);
    expect(notesOf('371300', 2015)).toEqual([]);
    expect(notesOf('371200', 2019)).toEqual([]);
  });
});

describe('prefecture-year maps', () => {
  it('skips an indicator whose map would be one colour (all 0%) for the default', () => {
    expect(defaultMapIndicator(data, 2019)).toBe('registered_poor');
    expect(defaultMapIndicator(data, 2020)).toBeNull();
  });
  it('ranks only the prefecture’s counties but keeps the province’s classes', () => {
    const view = prefectureYear(data, '370600', 2019);
    expect(view.counties).toHaveLength(12);
    expect(view.local!.observations.map((o) => o.code).sort()).toEqual(view.counties.map((c) => c.code).sort());
    expect(view.local!.breaks).toEqual(view.map!.breaks);
    expect(view.map!.observations).toHaveLength(137);
    expect(view.example).toBe(true);
  });
  it('restrictChoropleth drops datasets that no longer contribute', () => {
    const map = choropleth(data, 'registered_poor', 2019)!;
    const none = restrictChoropleth(map, new Set());
    expect([none.observations, none.datasets, none.example]).toEqual([[], [], false]);
  });
  it('has a page for each prefecture in force at each year end: 16 a year', () => {
    const params = pageLists(data).prefectureYears;
    expect(params).toHaveLength(48);
    expect(params.some((p) => p.code === '371200')).toBe(false);
  });
});
