import { describe, expect, it } from 'vitest';
import { isSortable, sortedOrder, sortKeyOf, type SortKey } from '../../../src/components/common/sort-order.ts';

const zh = new Intl.Collator('zh-CN', { numeric: true });
const cell = (over: Partial<Parameters<typeof sortKeyOf>[0]>) =>
  sortKeyOf({ dataValue: null, missing: false, dataElementValue: null, text: '', ...over });
const num = (value: number): SortKey => ({ kind: 'number', value });
const missing: SortKey = { kind: 'missing' };

describe('sortKeyOf reads the exact number, never the formatted text', () => {
  it('takes data-value first, then a <data value>, then the text', () => {
    expect(cell({ dataValue: '135000', text: '13.5 万人' })).toEqual(num(135000));
    expect(cell({ dataElementValue: '-288', text: '减少 288 人' })).toEqual(num(-288));
    expect(cell({ text: '莒南县' })).toEqual({ kind: 'text', value: '莒南县' });
  });
  it('treats 未公布, 不适用, a dash and an empty cell as missing, never as zero', () => {
    expect(cell({ missing: true, text: '未公布' })).toEqual(missing);
    expect(cell({ text: '—' })).toEqual(missing);
    expect(cell({ text: '  ' })).toEqual(missing);
    expect(cell({ dataValue: '' })).toEqual(missing);
    expect(cell({ dataValue: '0' })).toEqual(num(0));
  });
});

describe('sortedOrder', () => {
  // 13.5 万 (135000) would sort before 9,800 if the text were compared: the value decides.
  const keys = [num(9800), missing, num(135000), num(0), missing, num(9800)];

  it('sorts numbers by value both ways and keeps missing values last in both', () => {
    expect(sortedOrder(keys, 'ascending', zh)).toEqual([3, 0, 5, 2, 1, 4]);
    expect(sortedOrder(keys, 'descending', zh)).toEqual([2, 0, 5, 3, 1, 4]);
  });

  it('is stable: equal values and missing values keep their original order', () => {
    const asc = sortedOrder(keys, 'ascending', zh);
    expect(asc.indexOf(0)).toBeLessThan(asc.indexOf(5));
    const desc = sortedOrder(keys, 'descending', zh);
    expect(desc.indexOf(0)).toBeLessThan(desc.indexOf(5));
    expect(desc.slice(-2)).toEqual([1, 4]);
  });

  it('puts a note in a numeric column with the missing values', () => {
    const mixed: SortKey[] = [{ kind: 'text', value: '无数据' }, num(2), num(1)];
    expect(sortedOrder(mixed, 'ascending', zh)).toEqual([2, 1, 0]);
    expect(sortedOrder(mixed, 'descending', zh)).toEqual([1, 2, 0]);
  });

  it('sorts names with the page language’s collation, numbers inside names by value', () => {
    const names: SortKey[] = ['第10组', '第9组', '第1组'].map((value) => ({ kind: 'text', value }));
    expect(sortedOrder(names, 'ascending', zh)).toEqual([2, 1, 0]);
  });

  it('offers sorting only for columns with at least two keys', () => {
    expect(isSortable([missing, missing, num(1)])).toBe(false);
    expect(isSortable([num(1), missing, num(2)])).toBe(true);
  });
});
