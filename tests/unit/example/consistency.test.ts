import { describe, expect, it } from 'vitest';
import { countiesInForce, prefecturesInForce } from '../../../src/lib/divisions/index.ts';
import {
  COLUMNS,
  NP_CELLS,
  RATE_COLUMNS,
  SUM_COLUMNS,
  sumCells,
  type ExampleRow,
} from '../../../src/lib/example/index.ts';
import { YEARS, catalogue, divisions, indicator, rows } from './load.ts';

const inYear = (year: number, level: ExampleRow['level']) => rows.filter((r) => r.year === year && r.level === level);
const parentOf = (code: string) => divisions.find((d) => d.code === code)?.parent;
const codes = (list: readonly { code: string }[]) => list.map((d) => d.code).sort();

describe.each(YEARS)('example data, %i', (year) => {
  const counties = inYear(year, 'county');
  const prefectures = inYear(year, 'prefecture');
  const [province] = inYear(year, 'province');

  it('has a row for every county and prefecture in force at the end of the year, and the province', () => {
    expect(codes(counties)).toEqual(codes(countiesInForce(divisions, year)));
    expect(codes(prefectures)).toEqual(codes(prefecturesInForce(divisions, year)));
    expect(province?.code).toBe('370000');
    expect(counties.length).toBe(year === 2020 ? 136 : 137);
  });

  it.each(SUM_COLUMNS)('adds up %s from counties to prefectures and the province', (column) => {
    for (const prefecture of prefectures) {
      const parts = counties.filter((c) => parentOf(c.code) === prefecture.code).map((c) => c.values[column]);
      expect(parts.length).toBeGreaterThan(0);
      expect(prefecture.values[column], prefecture.code).toBe(sumCells(parts));
    }
    expect(province!.values[column]).toBe(sumCells(counties.map((c) => c.values[column])));
    expect(province!.values[column]).toBe(sumCells(prefectures.map((p) => p.values[column])));
    if (counties.every((c) => typeof c.values[column] === 'number')) {
      expect(province!.values[column]).toBe(counties.reduce((a, c) => a + (c.values[column] as number), 0));
    }
  });

  it('keeps lifted-out ≤ registered and remaining = registered − lifted-out in every row', () => {
    for (const row of [province!, ...prefectures, ...counties]) {
      const { registered_poor: registered, lifted_out: lifted, remaining_poor: remaining } = row.values;
      expect(typeof registered === 'number' && typeof lifted === 'number' && typeof remaining === 'number').toBe(true);
      expect(lifted as number).toBeLessThanOrEqual(registered as number);
      expect(remaining).toBe((registered as number) - (lifted as number));
    }
  });

  it('never lets an indicator exceed its not_more_than indicator (from the catalogue)', () => {
    for (const row of [province!, ...prefectures, ...counties]) {
      for (const column of COLUMNS) {
        const cap = indicator(column)?.not_more_than;
        const value = row.values[column];
        if (!cap || !(cap in row.values) || typeof value !== 'number') continue;
        const limit = row.values[cap as keyof typeof row.values];
        if (typeof limit === 'number') expect(value, `${row.code} ${column} ≤ ${cap}`).toBeLessThanOrEqual(limit);
      }
    }
  });

  it.each(Object.entries(RATE_COLUMNS))(
    'stores %s between 0 and 100, recomputed from its own numerator and denominator',
    (column, { numerator, denominator }) => {
      for (const row of [province!, ...prefectures, ...counties]) {
        const rate = row.values[column as keyof typeof RATE_COLUMNS];
        const n = row.values[numerator];
        const d = row.values[denominator];
        if (typeof n !== 'number' || typeof d !== 'number' || d === 0) {
          expect(typeof rate).toBe('string');
          continue;
        }
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(100);
        expect(Math.abs((rate as number) - (n / d) * 100), `${row.code} ${column}`).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(Math.round((rate as number) * 10)).toBe(Math.floor((n * 2000 + d) / (2 * d)));
      }
    },
  );
});

describe('example data as a whole', () => {
  it('uses only catalogue indicators, with the catalogue’s aggregation and rate parts', () => {
    for (const column of SUM_COLUMNS) expect(indicator(column)?.aggregation, column).toBe('sum');
    for (const [column, { numerator, denominator }] of Object.entries(RATE_COLUMNS)) {
      expect(indicator(column)).toMatchObject({ aggregation: 'rate', unit: 'percent', numerator, denominator });
    }
    const ids = new Set(catalogue.map((r) => r.id));
    expect(COLUMNS.filter((column) => !ids.has(column))).toEqual([]);
  });

  it('has NA only where the example says (relocation in city districts, rates with nobody to count)', () => {
    for (const row of rows) {
      for (const column of COLUMNS) {
        if (row.values[column] !== 'NA') continue;
        const kind = divisions.find((d) => d.code === row.code)?.kind;
        const allowed = (column === 'relocated' && kind === '市辖区') || column in RATE_COLUMNS;
        expect(allowed, `${row.code} ${row.year} ${column}`).toBe(true);
      }
    }
  });

  it('has exactly the planned NP county cells, and totals that depend on them are NP', () => {
    for (const { column, year, count } of NP_CELLS) {
      const np = rows.filter((r) => r.year === year && r.level === 'county' && r.values[column] === 'NP');
      expect(np.length).toBe(count);
      expect(rows.find((r) => r.year === year && r.level === 'province')!.values[column]).toBe('NP');
      for (const county of np)
        expect(rows.find((r) => r.year === year && r.code === parentOf(county.code))!.values[column]).toBe('NP');
    }
    const unplanned = rows.filter((r) =>
      COLUMNS.some((c) => r.values[c] === 'NP' && !NP_CELLS.some((n) => n.column === c && n.year === r.year)),
    );
    expect(unplanned).toEqual([]);
  });

  it('concentrates poverty in 菏泽 and 临沂, as the published figures do', () => {
    const start = rows.filter((r) => r.year === 2018 && r.level === 'prefecture');
    const share = (code: string) =>
      (start.find((r) => r.code === code)!.values.registered_poor as number) /
      (rows.find((r) => r.year === 2018 && r.level === 'province')!.values.registered_poor as number);
    expect(share('371700') + share('371300')).toBeGreaterThan(0.5);
  });
});
