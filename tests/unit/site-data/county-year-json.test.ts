import { describe, expect, it } from 'vitest';
import { countyYearJson, type CountyYearJson } from '../../../src/lib/site-data/county-year-json.ts';
import { countyYear, countyYearRows, loadSiteData, type ExportRow } from '../../../src/lib/site-data/index.ts';
import { pageLists } from '../../../src/lib/site-data/pages.ts';

const data = loadSiteData();
const countyYears = pageLists(data).countyYears;

/** What a program does with the JSON to get the CSV's flat lines back (docs/downloads.md, "JSON"). */
function flatLines(json: CountyYearJson): ExportRow[] {
  return json.rows.map((row) => {
    const indicator = json.indicators[row.indicator]!;
    const dataset = json.datasets.find((d) => d.name === row.dataset)!;
    return {
      division_code: json.division.code,
      name_zh: json.division.name_zh,
      name_en: json.division.name_en,
      year: json.year,
      indicator: row.indicator,
      indicator_zh: indicator.name_zh,
      indicator_en: indicator.name_en,
      unit: indicator.unit,
      value: row.value,
      missing_reason: row.missing_reason,
      change_from_previous_year: row.change_from_previous_year,
      change_percentage_points: row.change_percentage_points,
      dataset: row.dataset,
      dataset_version: dataset.version,
      status: dataset.status,
    };
  });
}

describe('county-year JSON', () => {
  it('holds every field of every CSV line, for every county-year', () => {
    expect(countyYears.length).toBeGreaterThan(400);
    for (const { code, year } of countyYears) {
      const view = countyYear(data, code, year);
      // Through JSON text, as a program reads the file.
      const json = JSON.parse(JSON.stringify(countyYearJson(view))) as CountyYearJson;
      expect(flatLines(json), `${code}/${year}`).toEqual(countyYearRows(view));
    }
  });

  it('says the division, year and indicator names once, not on every row', () => {
    const { code, year } = countyYears[0]!;
    const json = countyYearJson(countyYear(data, code, year));
    expect(json.division.code).toBe(code);
    expect(json.year).toBe(year);
    for (const row of json.rows)
      expect(Object.keys(row).sort()).toEqual([
        'change_from_previous_year',
        'change_percentage_points',
        'dataset',
        'indicator',
        'missing_reason',
        'value',
      ]);
    expect(Object.keys(json.indicators)).toEqual(json.rows.map((r) => r.indicator));
  });

  it('names each dataset once, so a row’s dataset finds one version and status', () => {
    for (const { code, year } of countyYears.slice(0, 20)) {
      const json = countyYearJson(countyYear(data, code, year));
      const names = json.datasets.map((d) => d.name);
      expect(new Set(names).size).toBe(names.length);
      for (const row of json.rows) expect(names).toContain(row.dataset);
    }
  });

  it('warns in both languages when a figure is example data', () => {
    const json = countyYearJson(countyYear(data, countyYears[0]!.code, countyYears[0]!.year));
    expect(json.example).toBe(json.datasets.some((d) => d.status === 'example'));
    if (json.example) expect(json.notice).toBe('示例数据，并非真实统计 / Example data, not real statistics');
  });
});
