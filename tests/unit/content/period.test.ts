import { describe, expect, it } from 'vitest';
import { clauseLabel, parseClause } from '../../../src/lib/content/clause.ts';
import { periodLabel, periodRange, sortByPeriod } from '../../../src/lib/content/period.ts';

describe('periods as the plan states them', () => {
  it('cover the right days', () => {
    expect(periodRange('2018')).toEqual({ start: '2018-01-01', end: '2018-12-31' });
    expect(periodRange('2018-H2')).toEqual({ start: '2018-07-01', end: '2018-12-31' });
    expect(periodRange('2019-Q2')).toEqual({ start: '2019-04-01', end: '2019-06-30' });
    expect(periodRange('2019-end')).toEqual({ start: '2019-12-31', end: '2019-12-31' });
    expect(periodRange('2018/2020')).toEqual({ start: '2018-01-01', end: '2020-12-31' });
  });

  it('read naturally in both languages', () => {
    expect(periodLabel('2019-end', 'zh-CN', 'by')).toBe('2019年年底前');
    expect(periodLabel('2019-end', 'en', 'by')).toBe('By the end of 2019');
    expect(periodLabel('2018-H2', 'zh-CN')).toBe('2018年下半年');
    expect(periodLabel('2018-H2', 'en')).toBe('Second half of 2018');
    expect(periodLabel('2020', 'zh-CN', 'by')).toBe('到2020年');
    expect(periodLabel('2019-Q2', 'en')).toBe('Second quarter of 2019');
    expect(periodLabel('2018/2020', 'en', 'by')).toBe('Within 2018–2020');
  });

  it('sort deadlines by when they fall due and other entries by when they start', () => {
    const sorted = sortByPeriod([
      { id: 'report', period: '2020-end', kind: 'by' as const },
      { id: 'goals', period: '2020', kind: 'by' as const },
      { id: 'acceptance', period: '2020-H2', kind: 'during' as const },
      { id: 'rectification', period: '2020-H1', kind: 'during' as const },
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['rectification', 'acceptance', 'goals', 'report']);
    const ties = sortByPeriod([
      { id: 'relocation', period: '2018-end', kind: 'by' as const },
      { id: 'housing', period: '2018-H2', kind: 'by' as const },
      { id: 'targets', period: '2018', kind: 'by' as const },
    ]);
    expect(ties.map((e) => e.id)).toEqual(['targets', 'housing', 'relocation']);
  });
});

describe('clauses', () => {
  it('parse and read as part and item', () => {
    expect(parseClause('第二部分 三')).toEqual({ part: 2, item: 3 });
    expect(parseClause('第五部分')).toEqual({ part: 5, item: null });
    expect(clauseLabel('第二部分 三', 'en')).toBe('Part 2, item 3');
    expect(clauseLabel('第二部分 三', 'zh-CN')).toBe('第二部分第三项');
    expect(() => parseClause('第2部分')).toThrow();
  });
});
