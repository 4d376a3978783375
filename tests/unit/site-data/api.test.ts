import { describe, expect, it } from 'vitest';
import { NO_DATA_FILL, classColour } from '../../../src/lib/geo/index.ts';
import { apiIndex, choropleth, classLabels, figureLabel, indicatorYearJson } from '../../../src/lib/site-data/index.ts';
import { counties, dataset, obs, siteData } from './fixture.ts';

const codes = counties(2019);
// Four counties with figures (two tied), one NA, one NP; every other county has no row at all.
const rows = [
  obs('ex', codes[0]!, 2019, { remaining_poor: 10 }),
  obs('ex', codes[1]!, 2019, { remaining_poor: 20 }),
  obs('ex', codes[2]!, 2019, { remaining_poor: 20 }),
  obs('ex', codes[3]!, 2019, { remaining_poor: 40 }),
  obs('ex', codes[4]!, 2019, { remaining_poor: 'NA' }),
  obs('ex', codes[5]!, 2019, { remaining_poor: 'NP' }),
];
const data = siteData([dataset('ex', 'example', rows)]);
const json = indicatorYearJson(data, choropleth(data, 'remaining_poor', 2019)!);

describe('indicatorYearJson', () => {
  it('lists every county in force that year, in registry order, with or without a figure', () => {
    expect(json.values.map((v) => v.code)).toEqual(codes);
    expect(json.values).toHaveLength(137);
  });

  it('carries the indicator, year, example flag and dataset provenance with its release', () => {
    expect(json.indicator).toEqual({
      id: 'remaining_poor',
      nameZh: expect.any(String),
      nameEn: expect.any(String),
      unit: 'person',
      better: 'lower',
    });
    expect(json.year).toBe(2019);
    expect(json.example).toBe(true);
    expect(json.dataset).toEqual([
      { name: 'ex', version: '1.2.3', published: '2026-01-02', release: 'ex v1.2.3 (2026-01-02)', status: 'example' },
    ]);
  });

  it('ranks the largest first with shared ranks for ties, and no rank for missing figures', () => {
    const rank = Object.fromEntries(json.values.map((v) => [v.code, v.rank]));
    expect([rank[codes[3]!], rank[codes[1]!], rank[codes[2]!], rank[codes[0]!]]).toEqual([1, 2, 2, 4]);
    expect(rank[codes[4]!]).toBeNull();
    const tied = Object.fromEntries(json.values.map((v) => [v.code, v.tied]));
    expect([tied[codes[3]!], tied[codes[1]!], tied[codes[2]!], tied[codes[0]!], tied[codes[4]!]]).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
  });

  it('keeps the reason a figure is missing and never turns it into a zero', () => {
    const na = json.values[4]!;
    expect(na).toMatchObject({
      value: null,
      missing: 'NA',
      fill: NO_DATA_FILL,
      label: { zh: '不适用', en: 'not applicable' },
    });
    expect(json.values[5]).toMatchObject({ value: null, missing: 'NP', label: { zh: '未公布', en: 'not published' } });
    // No row at all: no reason code, but the label still says there is no figure.
    expect(json.values[6]).toMatchObject({
      value: null,
      missing: null,
      rank: null,
      label: { zh: '无数据', en: 'no data' },
    });
  });

  it('fills each county with its class colour, from the same classes the legend lists', () => {
    expect(json.classes).toHaveLength(json.breaks.length + 1);
    json.classes.forEach((c, i) => expect(c.colour).toBe(classColour(i, json.classes.length)));
    const colours = new Set(json.classes.map((c) => c.colour));
    for (const v of json.values) expect(v.value === null ? v.fill === NO_DATA_FILL : colours.has(v.fill)).toBe(true);
    expect(json.noData).toEqual({ fill: NO_DATA_FILL });
    expect(json.values[0]!.label).toEqual({ zh: '10 人', en: '10 people' });
  });

  it('survives a JSON round trip unchanged (only plain data)', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('class labels', () => {
  it('word each class by the figures it holds, as the map legend does', () => {
    expect(classLabels('zh-CN', 'person', [1, 4, 13], [0, 0, 1, 3, 4, 12, 13, 40])).toEqual([
      '0 人',
      '1～3 人',
      '4～12 人',
      '13 人及以上',
    ]);
    expect(classLabels('en', 'person', [1, 4, 13], [0, 0, 1, 3, 4, 12, 13, 40])).toEqual([
      '0 people',
      '1–3 people',
      '4–12 people',
      '13 people or more',
    ]);
    expect(classLabels('zh-CN', 'percent', [1.5, 3], [0, 1.2, 1.5, 2.9, 3, 7, null])).toEqual([
      '0～1.2%',
      '1.5～2.9%',
      '3%及以上',
    ]);
    expect(classLabels('en', 'person', [], [2, 9])).toEqual(['2–9 people']);
    expect(classLabels('zh-CN', 'person', [], [0, 0])).toEqual(['0 人']);
    expect(classLabels('zh-CN', 'person', [200000], [135000, 150000, 200000, 420000])).toEqual([
      '13.5～15 万人',
      '20 万人及以上',
    ]);
  });
  it('label a figure, or the reason it is missing', () => {
    expect(figureLabel('zh-CN', { kind: 'value', value: 1234 }, 'person')).toBe('1,234 人');
    expect(figureLabel('en', { kind: 'missing', reason: 'S' }, 'person')).toBe('suppressed');
  });
});

describe('apiIndex', () => {
  it('sorts the files by path and counts them', () => {
    const file = (path: string) => ({
      path,
      format: 'json' as const,
      description: { zh: path, en: path },
      example: false,
    });
    expect(apiIndex([file('/api/b.json'), file('/api/a.json')], '2026-01-02')).toEqual({
      updated: '2026-01-02',
      count: 2,
      files: [file('/api/a.json'), file('/api/b.json')],
    });
  });
});
