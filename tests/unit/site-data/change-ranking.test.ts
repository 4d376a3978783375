import { describe, expect, it } from 'vitest';
import { changeRanking } from '../../../src/lib/site-data/change-ranking.ts';
import { counties, dataset, obs, siteData } from './fixture.ts';

// 370102 历下区 and 370103 市中区 existed all three years; 371523 茌平县 was renamed 371503 茌平区 in
// 2019 (a rate's earlier figure is recomputed from its numerator and denominator: 90 / 3000 = 3.0%);
// 370684 蓬莱市 and 370634 长岛县 merged into 370614 蓬莱区 in 2020.
const rows = [
  obs('ex', '370102', 2018, { poverty_incidence: 39.9, remaining_poor: 300 }),
  obs('ex', '370102', 2020, { poverty_incidence: 48.6, remaining_poor: 100 }),
  obs('ex', '370103', 2018, { poverty_incidence: 1.2, remaining_poor: 250 }),
  obs('ex', '370103', 2020, { poverty_incidence: 0.2, remaining_poor: 50 }),
  obs('ex', '370104', 2018, { poverty_incidence: 2.0, remaining_poor: 'NP' }),
  obs('ex', '370104', 2020, { poverty_incidence: 1.0, remaining_poor: 7 }),
  obs('ex', '371523', 2018, { poverty_incidence: 3.0, remaining_poor: 90, rural_population: 3000 }),
  obs('ex', '371503', 2020, { poverty_incidence: 1.0, remaining_poor: 10 }),
  obs('ex', '370684', 2018, { poverty_incidence: 5.0, remaining_poor: 40 }),
  obs('ex', '370634', 2018, { poverty_incidence: 6.0, remaining_poor: 30 }),
  obs('ex', '370614', 2020, { poverty_incidence: 0.0, remaining_poor: 0 }),
];
const data = siteData([dataset('ex', 'example', rows)]);

describe('changeRanking', () => {
  it('ranks counties by change in the indicator’s unit, largest increase first, a rate in points', () => {
    const r = changeRanking(data, 'poverty_incidence', 2018, 2020)!;
    expect(r.rows.slice(0, 2).map((row) => [row.code, row.from, row.to, row.change, row.rank])).toEqual([
      ['370102', 39.9, 48.6, 8.7, 1],
      ['370103', 1.2, 0.2, -1, 2],
    ]);
    expect(r.example).toBe(true);
  });

  it('gives equal changes one shared rank and skips the next (competition ranking)', () => {
    const r = changeRanking(data, 'poverty_incidence', 2018, 2020)!;
    // 370103 (1.2 → 0.2), 370104 (2.0 → 1.0) both −1; 茌平 (3.0 → 1.0) −2 comes fourth.
    expect(r.rows.map((row) => [row.code, row.rank, row.sharedBy])).toEqual([
      ['370102', 1, 1],
      ['370103', 2, 2],
      ['370104', 2, 2],
      ['371503', 4, 1],
    ]);
  });

  it('compares a renamed county with its earlier self (茌平县 2018 → 茌平区 2020)', () => {
    const row = changeRanking(data, 'remaining_poor', 2018, 2020)!.rows.find((x) => x.code === '371503')!;
    expect([row.via, row.from, row.to, row.change]).toEqual([['371523'], 90, 10, -80]);
  });

  it('compares a merged county with the sum of the counties that became it, never with zero', () => {
    const row = changeRanking(data, 'remaining_poor', 2018, 2020)!.rows.find((x) => x.code === '370614')!;
    expect([row.via, row.from, row.to, row.change]).toEqual([['370634', '370684'], 70, 0, -70]);
  });

  it('leaves a county without both years’ figures unranked', () => {
    const r = changeRanking(data, 'remaining_poor', 2018, 2020)!;
    expect(r.rows.some((x) => x.code === '370104')).toBe(false);
    expect(r.unranked.some((u) => u.code === '370104')).toBe(true);
    // Counties with no row at all are unranked too: every county in force in 2020 is accounted for.
    expect(r.rows.length + r.unranked.length).toBe(counties(2020).length);
  });

  it('is null when either year has no county figures', () => {
    expect(changeRanking(data, 'poverty_incidence', 2018, 2019)).toBeNull();
  });
});
