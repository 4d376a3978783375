import { describe, expect, it } from 'vitest';
import { comparableDivisions, compareDivision } from '../../../src/lib/compare/build.ts';
import { compareRows } from '../../../src/lib/compare/table.ts';
import { divisionByCode, PROVINCE_CODE } from '../../../src/lib/divisions/index.ts';
import { PLAN_YEARS } from '../../../src/lib/plan.ts';
import { countyYear, loadSiteData } from '../../../src/lib/site-data/index.ts';

const data = loadSiteData();
const JUNAN = '371327'; // 莒南县, in 临沂市 (371300)

describe('the compare data of a division (built from data/)', () => {
  it('holds exactly the figures of the county-year page, with its prefecture’s and the province’s', () => {
    const divisions = [JUNAN, '371300', PROVINCE_CODE].map((code) =>
      compareDivision(data, divisionByCode(data.divisions, code)!),
    );
    const indicators = data.indicators.map((i) => ({ id: i.id, name: i.nameEn, unit: i.unit }));
    for (const year of PLAN_YEARS) {
      const page = countyYear(data, JUNAN, year);
      const rows = compareRows(divisions, indicators, [year]);
      expect(page.figures.length).toBeGreaterThan(10);
      for (const figure of page.figures) {
        const row = rows.find((r) => r.indicator.id === figure.indicator.id);
        expect(row, `${figure.indicator.id} ${year}`).toBeDefined();
        expect(row!.figures.map((f) => f.cell)).toEqual([figure.cell, figure.prefecture, figure.province]);
        expect(row!.figures[0]!.dataset).toMatchObject({
          name: figure.dataset.name,
          version: figure.dataset.meta.version,
        });
      }
    }
  });

  it('names the datasets and their release, and marks example data', () => {
    const junan = compareDivision(data, divisionByCode(data.divisions, JUNAN)!);
    expect(junan.years).toEqual([...PLAN_YEARS]);
    const example = junan.datasets.find((d) => d.name === 'county-example')!;
    expect(example).toMatchObject({ status: 'example' });
    expect(example.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(example.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('offers the province, every prefecture and every county in force in a plan year, and no ended one', () => {
    const codes = comparableDivisions(data).map((d) => d.code);
    expect(codes).toContain(PROVINCE_CODE);
    expect(codes).toContain('371300');
    expect(codes).toContain(JUNAN);
    // 莱芜市 and its 莱城区 ended on 2018-12-26, before the end of the plan's first year.
    expect(codes).not.toContain('371200');
    expect(codes).not.toContain('371202');
    expect(codes.filter((c) => divisionByCode(data.divisions, c)!.level === 'prefecture')).toHaveLength(16);
  });
});
