import { describe, expect, it } from 'vitest';
import { countyIndicators, countyProfile } from '../../../src/lib/site-data/county-profile.ts';
import { dataset, indicator, siteData } from './fixtures.ts';

const poor = indicator('poor');
const rate = indicator('rate', { unit: 'percent', aggregation: 'rate', numerator: 'cared', denominator: 'eligible' });
const example = dataset('county-example', 'example', [
  ['370684', 2018, { poor: 100, cared: 10, eligible: 40, rate: 25 }],
  ['370634', 2018, { poor: 20, cared: 10, eligible: 10, rate: 100 }],
  ['370684', 2019, { poor: 50, cared: 10, eligible: 20 }],
  ['370634', 2019, { poor: 'NP', cared: 5, eligible: 5 }],
  ['370614', 2020, { poor: 30, cared: 20, eligible: 25 }],
  ['370600', 2020, { poor: 300 }],
]);
const data = siteData([example], [poor, indicator('cared'), indicator('eligible'), rate]);

describe('countyProfile', () => {
  it('follows the merger for 蓬莱区: earlier years are 蓬莱市 + 长岛县, and it says so', () => {
    const p = countyProfile(data, '370614');
    expect(p.years).toEqual([2018, 2019, 2020]);
    expect(p.inForceYears).toEqual([2020]);
    expect(p.standIns.map((s) => [s.year, s.divisions.map((d) => d.code)])).toEqual([
      [2018, ['370634', '370684']],
      [2019, ['370634', '370684']],
    ]);
    const row = p.rows.find((r) => r.indicator.id === 'poor')!;
    expect(row.points.map((pt) => pt.cell)).toEqual([
      { kind: 'value', value: 120 },
      { kind: 'missing', reason: 'NP' }, // one part missing: the sum is missing, never a partial total
      { kind: 'value', value: 30 },
    ]);
    // A rate is recomputed from the summed parts: (10 + 10) / (40 + 10) = 40%.
    expect(p.rows.find((r) => r.indicator.id === 'rate')!.points[0]!.cell).toEqual({ kind: 'value', value: 40 });
    expect(p.example).toBe(true);
  });
  it('shows an ended county only in the years it was in force, with what it became', () => {
    const p = countyProfile(data, '370684');
    expect(p.years).toEqual([2018, 2019]);
    expect(p.standIns).toEqual([]);
    expect(p.successors.map((d) => d.code)).toEqual(['370614']);
    expect(p.rows.find((r) => r.indicator.id === 'poor')!.points.map((pt) => pt.cell)).toEqual([
      { kind: 'value', value: 100 },
      { kind: 'value', value: 50 },
    ]);
  });
  it('has no years and no series for a county that ended before any year end (济阳县, 2018-06-19)', () => {
    const p = countyProfile(data, '370125');
    expect([p.years, p.rows, p.example]).toEqual([[], [], false]);
    expect(p.successors.map((d) => d.code)).toEqual(['370115']);
  });
  it('refuses a code that is not a county-level division', () => {
    expect(() => countyProfile(data, '370600')).toThrow(/not a county-level division/);
  });
});

describe('countyIndicators', () => {
  it('lists only indicators some dataset has county rows for, in catalogue order', () => {
    const provinceOnly = dataset('province', 'official', [['370000', 2018, { other: 1 }]]);
    expect(
      countyIndicators(siteData([example, provinceOnly], [rate, indicator('other'), poor])).map((i) => i.id),
    ).toEqual(['rate', 'poor']);
  });
});
