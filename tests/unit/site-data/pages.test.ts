import { describe, expect, it } from 'vitest';
import { POLICY_SLUGS } from '../../../src/lib/content/schemas.ts';
import { PLAN_YEARS } from '../../../src/lib/plan.ts';
import { countyYearPath, embedPath, homePath } from '../../../src/lib/routes.ts';
import {
  inEachLang,
  loadSiteData,
  pageLists,
  pagePaths,
  routeParams,
  type SiteData,
} from '../../../src/lib/site-data/index.ts';

/** Over the real data/: the counts data/README.md states for the registry of 2018–2020. */
const data = loadSiteData();
const lists = pageLists(data);

describe('pageLists over data/', () => {
  it('has a county-year page for each county in force at each year end (137, 137, 136)', () => {
    expect(PLAN_YEARS.map((y) => lists.countyYears.filter((p) => p.year === y).length)).toEqual([137, 137, 136]);
    expect(inEachLang(routeParams(data).countyYears)).toHaveLength(820);
  });
  it('has an overview for all 143 county-level codes and all 17 prefectures, ended ones included', () => {
    expect(lists.counties).toHaveLength(143);
    expect(lists.prefectures).toHaveLength(17);
    expect(lists.prefectures).toContain('371200');
    expect(inEachLang(routeParams(data).counties)).toHaveLength(286);
    expect(inEachLang(routeParams(data).prefectures)).toHaveLength(34);
  });
  it('has 16 prefecture-year pages a year and one year page per plan year', () => {
    expect(inEachLang(routeParams(data).prefectureYears)).toHaveLength(96);
    expect(inEachLang(routeParams(data).years)).toHaveLength(6);
  });
  it('gives every page its Chinese (unprefixed) and English route params', () => {
    expect(inEachLang([{}])).toEqual([{ params: { lang: undefined } }, { params: { lang: 'en' } }]);
    expect(inEachLang([{ year: '2019' }])).toEqual([
      { params: { year: '2019', lang: undefined } },
      { params: { year: '2019', lang: 'en' } },
    ]);
  });
});

describe('pageLists refuses a registry or catalogue that lost rows', () => {
  it('throws when the registry has no counties', () => {
    const broken: SiteData = { ...data, divisions: data.divisions.filter((d) => d.level !== 'county') };
    expect(() => pageLists(broken)).toThrow(/no counties.*npm run validate/s);
  });
  it('throws when the catalogue is empty', () => {
    expect(() => pageLists({ ...data, indicators: [] })).toThrow(/no indicators/);
  });
  it('throws when a plan year has no county in force', () => {
    const broken: SiteData = {
      ...data,
      divisions: data.divisions.map((d) => (d.level === 'county' ? { ...d, validTo: '2020-06-01' } : d)),
    };
    expect(() => pageLists(broken)).toThrow(/end of 2020/);
  });
});

describe('pagePaths', () => {
  const paths = pagePaths(data, POLICY_SLUGS);
  it('lists every page once, in both languages', () => {
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.filter((p) => p.startsWith('/en/'))).toHaveLength(paths.length / 2);
    expect(paths).toContain(homePath('zh-CN'));
    expect(paths).toContain(countyYearPath('370116', 2019, 'en'));
    const { id, year } = lists.indicatorYears[0]!;
    expect(paths).toContain(embedPath(id, year, 'zh-CN'));
  });
  it('ends every path in a slash, as the build writes …/index.html', () => {
    for (const path of paths) expect(path).toMatch(/\/$/);
  });
});
