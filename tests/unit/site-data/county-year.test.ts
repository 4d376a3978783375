import { describe, expect, it } from 'vitest';
import { countyYear, countyYearRows, toCsv } from '../../../src/lib/site-data/index.ts';
import { counties, dataset, obs, siteData } from './fixture.ts';

const JUNAN = '371327'; // 莒南县, in 临沂市 (371300)
const codes = counties(2019);
const linyi = codes.filter((c) => c.startsWith('3713'));

describe('a county-year page never ranks a shared figure as if it were alone', () => {
  it('gives every county rank 1 of 137, shared, and calls it the same as the others, when all are 0', () => {
    const rows = [
      ...codes.map((c) => obs('ex', c, 2019, { poverty_incidence: 0 })),
      ...codes.map((c) => obs('ex', c, 2018, { poverty_incidence: 0.2 })),
    ];
    const figure = countyYear(siteData([dataset('ex', 'example', rows)]), JUNAN, 2019).figures.find(
      (f) => f.indicator.id === 'poverty_incidence',
    )!;
    expect(figure.rank).toEqual({ rank: 1, of: 137, sharedBy: 137 });
    expect(figure.inPrefecture).toEqual({ kind: 'same' });
    expect(figure.change?.absolute).toBe(-0.2);
  });

  it('says "tied lowest" when another county of the prefecture shares the lowest figure', () => {
    const rows = codes.map((c) =>
      obs('ex', c, 2019, { remaining_poor: c === JUNAN || c === linyi.find((x) => x !== JUNAN) ? 5 : 50 }),
    );
    const figure = countyYear(siteData([dataset('ex', 'example', rows)]), JUNAN, 2019).figures.find(
      (f) => f.indicator.id === 'remaining_poor',
    )!;
    expect(figure.rank).toEqual({ rank: 136, of: 137, sharedBy: 2 });
    expect(figure.inPrefecture).toEqual({ kind: 'tiedLowest' });
  });
});

describe('the county-year download', () => {
  it("puts a rate's change in a percentage-points column, and a count's in its own unit", () => {
    const rows = [
      obs('ex', JUNAN, 2018, { centralised_care_rate: 39.9, remaining_poor: 347 }),
      obs('ex', JUNAN, 2019, { centralised_care_rate: 48.6, remaining_poor: 59 }),
    ];
    const exported = countyYearRows(countyYear(siteData([dataset('ex', 'example', rows)]), JUNAN, 2019));
    const rate = exported.find((r) => r.indicator === 'centralised_care_rate')!;
    const count = exported.find((r) => r.indicator === 'remaining_poor')!;
    expect([rate.change_percentage_points, rate.change_from_previous_year]).toEqual([8.7, null]);
    expect([count.change_from_previous_year, count.change_percentage_points]).toEqual([-288, null]);
    expect(toCsv(exported).split('\r\n')[0]).toContain('change_from_previous_year,change_percentage_points');
  });
});
