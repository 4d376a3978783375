import { describe, expect, it } from 'vitest';
import { figuresIn, figuresOf, shortTitle } from '../../../src/lib/site-data/index.ts';
import { dataset, SOURCE } from './fixture.ts';

describe('figuresOf', () => {
  const d = dataset('province-reported', 'official', [
    {
      dataset: 'province-reported',
      code: '370000',
      year: 2017,
      source: 'report-a other',
      note: '约数 / rounded',
      values: { lifted_out: 832000, remaining_poor: null },
      missing: {},
    },
    {
      dataset: 'province-reported',
      code: '370000',
      year: 2018,
      source: 'unknown',
      values: { key_villages: 7005 },
      missing: {},
    },
  ]);
  const figures = figuresOf(d);

  it('keeps only cells with a value, each with the first source its row names', () => {
    expect(figures.map((f) => [f.indicator, f.year, f.value, f.source?.name])).toEqual([
      ['lifted_out', 2017, 832000, 'report-a'],
      ['key_villages', 2018, 7005, undefined],
    ]);
    expect(figures[0]!.source).toBe(SOURCE);
    expect(figures[0]!.note).toBe('约数 / rounded');
  });

  it('selects a year and division', () => {
    expect(figuresIn(figures, 2018).map((f) => f.indicator)).toEqual(['key_villages']);
    expect(figuresIn(figures, 2018, '371700')).toEqual([]);
  });
});

describe('titles', () => {
  it('shortens a source title to before its first bracket or colon', () => {
    expect(shortTitle('大众日报2018年2月11日报道：2017年山东脱贫攻坚进展（未记录网址）')).toBe(
      '大众日报2018年2月11日报道',
    );
    expect(shortTitle('山东篇（国务院扶贫开发领导小组办公室网站）')).toBe('山东篇');
    expect(shortTitle('Targeted poverty alleviation (report)')).toBe('Targeted poverty alleviation');
    expect(shortTitle('（only a bracket）')).toBe('（only a bracket）');
  });
});
