import { describe, expect, it } from 'vitest';
import { loadDivisions } from '../../../src/lib/divisions/index.ts';
import type { Indicator } from '../../../src/lib/schemas/indicator.ts';
import { seriesFor, type Observation } from '../../../src/lib/stats/index.ts';

const divisions = loadDivisions();
const indicator = (id: string, aggregation: Indicator['aggregation'], extra: Partial<Indicator> = {}): Indicator => ({
  id,
  nameZh: id,
  nameEn: id,
  unit: 'person',
  definitionZh: id,
  definitionEn: id,
  aggregation,
  numerator: null,
  denominator: null,
  better: 'lower',
  section: 'targets',
  notMoreThan: null,
  ...extra,
});
const poor = indicator('poor', 'sum');
const care = indicator('rate', 'rate', { unit: 'percent', numerator: 'cared', denominator: 'eligible' });
const table: Record<string, Record<string, number>> = {
  '370684/2019': { poor: 100, cared: 10, eligible: 40 },
  '370634/2019': { poor: 20, cared: 10, eligible: 10 },
  '370614/2020': { poor: 90, cared: 30, eligible: 50 },
  '371523/2018': { poor: 7 },
  '371503/2019': { poor: 5 },
  '370116/2019': { poor: 3 },
};
const lookup = (code: string, year: number): Observation | undefined => {
  const values = table[`${code}/${year}`];
  return values && { dataset: 't', code, year, values, missing: {} };
};

describe('series across division changes', () => {
  it('adds the merged divisions for a sum (蓬莱市 + 长岛县 → 蓬莱区) and says it did', () => {
    const [y2019, y2020] = seriesFor(lookup, divisions, poor, '370614', [2019, 2020]);
    expect(y2019).toEqual({ year: 2019, cell: { kind: 'value', value: 120 }, via: ['370634', '370684'] });
    expect(y2020).toEqual({ year: 2020, cell: { kind: 'value', value: 90 }, via: null });
  });
  it('recomputes a rate from its parts instead of averaging rates', () => {
    expect(seriesFor(lookup, divisions, care, '370614', [2019, 2020])[0]!.cell).toEqual({ kind: 'value', value: 40 });
  });
  it('follows a renamed code (茌平县 → 茌平区)', () => {
    expect(seriesFor(lookup, divisions, poor, '371503', [2018, 2019]).map((p) => p.cell)).toEqual([
      { kind: 'value', value: 7 },
      { kind: 'value', value: 5 },
    ]);
  });
  it('never attributes a split division to one of its parts', () => {
    // 莱芜区 was in force at the end of 2018 already; before that there is nothing to follow.
    expect(seriesFor(lookup, divisions, poor, '370116', [2018])[0]!.cell).toEqual({
      kind: 'missing',
      reason: 'absent',
    });
  });
});
