import { describe, expect, it } from 'vitest';
import type { CompareDivision, CompareIndicator } from '../../../src/lib/compare/data.ts';
import { compareRows, datasetsShown, seriesOf } from '../../../src/lib/compare/table.ts';
import { formatChange } from '../../../src/lib/i18n/format.ts';

const example = {
  name: 'ex',
  version: '1.0.0',
  status: 'example' as const,
  published: '2026-01-01',
  titleZh: '示例',
  titleEn: 'Example',
};
const official = { ...example, name: 'off', status: 'official' as const, titleZh: '公布', titleEn: 'Official' };

function division(code: string, figures: CompareDivision['figures'], datasets = [example, official]): CompareDivision {
  return {
    code,
    level: 'county',
    nameZh: code,
    nameEn: code,
    parent: null,
    years: [2018, 2019, 2020],
    inForce: [2018, 2019, 2020],
    datasets,
    figures,
  };
}

const indicators: CompareIndicator[] = [
  { id: 'poverty_incidence', name: 'Incidence', unit: 'percent' },
  { id: 'remaining_poor', name: 'Remaining', unit: 'person' },
  { id: 'relocated', name: 'Relocated', unit: 'household' },
];

const a = division('A', {
  poverty_incidence: [{ v: 39.9, d: 0 }, { v: 1.2, d: 0 }, null],
  remaining_poor: [
    { v: 100, d: 0 },
    { v: 50, d: 0 },
    { v: 0, d: 0 },
  ],
  relocated: [{ m: 'NA', d: 0 }, null, null],
});
const b = division('B', {
  poverty_incidence: [{ v: 48.6, d: 1 }, { m: 'NP', d: 1 }, null],
  remaining_poor: [
    { v: 112, d: 0 },
    { v: 50, d: 0 },
    { v: 3, d: 0 },
  ],
});

describe('compareRows', () => {
  it('gives each division its own figure and the others’ difference from the first, in the unit', () => {
    const [incidence, remaining] = compareRows([a, b], indicators, [2018]);
    expect(incidence!.figures.map((f) => f.cell)).toEqual([
      { kind: 'value', value: 39.9 },
      { kind: 'value', value: 48.6 },
    ]);
    // A rate's difference is in percentage points, without float noise (48.6 − 39.9).
    expect(incidence!.differences[0]!.absolute).toBe(8.7);
    expect(formatChange('zh-CN', incidence!.differences[0]!, 'percent')).toBe('+8.7 个百分点');
    expect(formatChange('en', remaining!.differences[0]!, 'person')).toBe('+12 people (+12%)');
  });

  it('keeps a missing figure missing, with its reason, and never computes a difference from it', () => {
    const rows = compareRows([a, b], indicators, [2019]);
    const incidence = rows.find((r) => r.indicator.id === 'poverty_incidence')!;
    expect(incidence.figures[1]!.cell).toEqual({ kind: 'missing', reason: 'NP' });
    expect(incidence.differences).toEqual([null]);
    // A division with no row for the indicator shows it as absent, not zero.
    const relocated = compareRows([a, b], indicators, [2018]).find((r) => r.indicator.id === 'relocated')!;
    expect(relocated.figures.map((f) => f.cell)).toEqual([
      { kind: 'missing', reason: 'NA' },
      { kind: 'missing', reason: 'absent' },
    ]);
  });

  it('a zero difference is zero, and equal figures are not dropped', () => {
    const remaining = compareRows([a, b], indicators, [2019]).find((r) => r.indicator.id === 'remaining_poor')!;
    expect(remaining.differences[0]).toEqual({ absolute: 0, percent: 0 });
  });

  it('leaves out an indicator-year no chosen division has a row for', () => {
    const rows = compareRows([a, b], indicators, [2018, 2019, 2020]);
    expect(rows.map((r) => `${r.indicator.id}/${r.year}`)).toEqual([
      'poverty_incidence/2018',
      'poverty_incidence/2019',
      'remaining_poor/2018',
      'remaining_poor/2019',
      'remaining_poor/2020',
      'relocated/2018',
    ]);
  });

  it('measures every division after the first against the first', () => {
    const c = division('C', { remaining_poor: [{ v: 90, d: 0 }, null, null] });
    const [row] = compareRows([a, b, c], indicators.slice(1, 2), [2018]);
    expect(row!.differences.map((d) => d?.absolute)).toEqual([12, -10]);
  });
});

describe('datasetsShown and seriesOf', () => {
  it('lists each dataset the rows show once, so the example banner and the source line follow the figures', () => {
    expect(datasetsShown(compareRows([a, b], indicators, [2018])).map((d) => d.name)).toEqual(['ex', 'off']);
    expect(datasetsShown(compareRows([a, b], indicators.slice(1), [2020])).map((d) => d.name)).toEqual(['ex']);
  });

  it('gives each division’s values over the years, null where missing', () => {
    expect(seriesOf([a, b], 'poverty_incidence', [2018, 2019, 2020])).toEqual([
      [39.9, 1.2, null],
      [48.6, null, null],
    ]);
  });
});
