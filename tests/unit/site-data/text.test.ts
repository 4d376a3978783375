import { describe, expect, it } from 'vitest';
import { formatDate, formatMonthDay, joinNames, templateParts } from '../../../src/lib/site-data/text.ts';

describe('templateParts', () => {
  it('splits a dictionary string into text and named slots, in order', () => {
    expect(templateParts('{date}经 {document} 批准,撤销{name}')).toEqual([
      { slot: 'date' },
      { text: '经 ' },
      { slot: 'document' },
      { text: ' 批准,撤销' },
      { slot: 'name' },
    ]);
  });
  it('returns plain text whole and an empty string as nothing', () => {
    expect(templateParts('no slots')).toEqual([{ text: 'no slots' }]);
    expect(templateParts('')).toEqual([]);
  });
});

describe('dates', () => {
  it('writes ISO dates the way each language reads them', () => {
    expect(formatDate('zh-CN', '2018-12-26')).toBe('2018 年 12 月 26 日');
    expect(formatDate('en', '2020-06-05')).toBe('5 June 2020');
  });
  it('leaves anything that is not an ISO date as it is', () => {
    expect(formatDate('en', '2018')).toBe('2018');
  });
  it('writes a reference day of every year', () => {
    expect(formatMonthDay('zh-CN', '12-31')).toBe('12 月 31 日');
    expect(formatMonthDay('en', '12-31')).toBe('31 December');
  });
});

describe('joinNames', () => {
  it('lists names as each language does', () => {
    expect(joinNames('zh-CN', ['蓬莱市', '长岛县'])).toBe('蓬莱市和长岛县');
    expect(joinNames('en', ['A', 'B', 'C'])).toBe('A, B and C');
    expect(joinNames('en', ['A'])).toBe('A');
  });
});
