import { describe, expect, it } from 'vitest';
import {
  choropleth,
  datasetsWith,
  extremes,
  figuresAt,
  indicatorYears,
  prefectureFigures,
  yearSummary,
} from '../../../src/lib/site-data/index.ts';
import { counties, dataset, obs, siteData } from './fixture.ts';

const codes = counties(2020);
const example = dataset('ex', 'example', [
  ...codes.slice(0, 8).map((code, i) => obs('ex', code, 2020, { lifted_out: (i + 1) * 10 })),
  obs('ex', codes[8]!, 2020, { lifted_out: 'S' }),
  obs('ex', '370000', 2020, { lifted_out: 999 }),
  obs('ex', '370100', 2020, { lifted_out: 55 }),
]);
// One row per source, as province-reported has: only the second holds the figure.
const official = dataset('official', 'official', [
  obs('official', '370000', 2020, { lifted_out: 'NP' }),
  obs('official', '370000', 2020, { lifted_out: 1000 }),
]);
const data = siteData([example, official]);

describe('figuresAt', () => {
  it('gives every dataset’s figure, a value winning over a missing code of the same dataset', () => {
    const figures = figuresAt(data, '370000', 2020, 'lifted_out');
    expect(figures.map((f) => [f.dataset.name, f.cell])).toEqual([
      ['ex', { kind: 'value', value: 999 }],
      ['official', { kind: 'value', value: 1000 }],
    ]);
    expect(figuresAt(data, '370000', 2019, 'lifted_out')).toEqual([]);
  });
});

describe('yearSummary', () => {
  it('counts figures and missing reasons over the counties in force', () => {
    const s = yearSummary(data, 'lifted_out', 2020);
    expect(s).toMatchObject({ year: 2020, counties: 136, withValue: 8, min: 10, median: 45, max: 80 });
    expect(s.missing).toEqual({ NP: 0, NA: 0, S: 1, absent: 136 - 9 });
    expect(s.province).toHaveLength(2);
    expect(yearSummary(data, 'lifted_out', 2019)).toMatchObject({ map: null, withValue: 0, min: null, median: null });
  });
});

describe('prefectureFigures', () => {
  it('lists the 16 prefectures of the year, with the figures datasets give', () => {
    const rows = prefectureFigures(data, 'lifted_out', 2020);
    expect(rows).toHaveLength(16);
    expect(rows.find((r) => r.division.code === '370100')?.figures.map((f) => f.cell)).toEqual([
      { kind: 'value', value: 55 },
    ]);
    expect(rows.find((r) => r.division.code === '370200')?.figures).toEqual([]);
  });
});

describe('extremes', () => {
  it('takes the largest and smallest without overlap, missing values left out', () => {
    const { highest, lowest } = extremes(choropleth(data, 'lifted_out', 2020)!, 3);
    expect(highest.map((r) => r.value)).toEqual([80, 70, 60]);
    expect(lowest.map((r) => r.value)).toEqual([10, 20, 30]);
    const few = extremes(choropleth(data, 'lifted_out', 2020)!, 5);
    expect(few.highest.length + few.lowest.length).toBe(8);
  });
});

describe('routes derived from the data', () => {
  it('map only indicator-years with county figures, and name the datasets holding an indicator', () => {
    expect(indicatorYears(data)).toEqual([{ id: 'lifted_out', year: 2020 }]);
    expect(datasetsWith(data, 'lifted_out').map((d) => d.name)).toEqual(['ex', 'official']);
    expect(datasetsWith(data, 'soe_donations')).toEqual([]);
  });
});
