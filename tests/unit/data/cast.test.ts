import { describe, expect, test } from 'vitest';
import { castCell } from '../../../src/lib/data/cast.ts';
import { shiftDecimal } from '../../../src/lib/data/input-forms.ts';
import { readTableSchema } from '../../../src/lib/data/table-schema.ts';

/** Cell casting and the spreadsheet forms it rejects with a computed plain form (data/README.md, "Accepted input forms"). */
const schema = readTableSchema({
  fields: [
    { name: 'n', type: 'integer' },
    { name: 'x', type: 'number' },
    { name: 'd', type: 'date' },
    { name: 'y', type: 'year' },
    { name: 'b', type: 'boolean' },
    { name: 'g', type: 'number', groupChar: ',' },
  ],
  missingValues: [{ value: 'NP', label: '未公布' }, { value: 'NA', label: '不适用' }, { value: 'S', label: '已隐去' }],
});
const field = (name: string) => schema.fields.find((f) => f.name === name)!;
const hint = (name: string, raw: string) => {
  const r = castCell(raw, field(name));
  return r.ok ? `ok:${String(r.value)}` : r.hint;
};

describe('accepted values', () => {
  test.each([
    ['n', '12000', 12000],
    ['n', '-3', -3],
    ['x', '0.45', 0.45],
    ['x', '1e3', 1000],
    ['d', '2018-12-26', '2018-12-26'],
    ['y', '2019', 2019],
    ['b', 'TRUE', true],
    ['g', '1,234', 1234],
  ])('%s %j → %j', (name, raw, value) => {
    expect(castCell(raw, field(name))).toEqual({ ok: true, value, missing: null });
  });

  test('missing-value codes become null and keep the code', () => {
    expect(castCell('NP', field('n'))).toEqual({ ok: true, value: null, missing: 'NP' });
  });
});

describe('rejected spreadsheet forms, with the plain form in the hint', () => {
  test.each([
    ['n', '1.2万', '请写成 12000'],
    ['n', '1.25亿', '请写成 125000000'],
    ['x', '0.35万', '请写成 3500'],
    ['x', '45%', '请写成 45（比率按 0—100 的数字填写，单位“%”已在指标目录中定义）'],
    ['n', '1,234', '请写成 1234'],
    ['n', '１２３', '请写成 123'],
    ['n', '１，２３４', '请写成 1234'],
    ['n', ' 12 ', '请写成 12'],
    ['n', '1234人', '请写成 1234'],
    ['x', '2.5万元', '请写成 25000'],
    ['n', '', '空白单元格请填写 NP(未公布)/ NA(不适用)/ S(已隐去)'],
    ['x', '#DIV/0!', '请在表格里修正公式，或按原因填写 NP(未公布)/ NA(不适用)/ S(已隐去)'],
    ['x', '#N/A', '请在表格里修正公式，或按原因填写 NP(未公布)/ NA(不适用)/ S(已隐去)'],
    ['x', '#VALUE!', '请在表格里修正公式，或按原因填写 NP(未公布)/ NA(不适用)/ S(已隐去)'],
    ['x', '#REF!', '请在表格里修正公式，或按原因填写 NP(未公布)/ NA(不适用)/ S(已隐去)'],
    ['d', '2018/12/26', '请写成 2018-12-26'],
    ['d', '2018年12月26日', '请写成 2018-12-26'],
    ['y', '2019年', '请写成 2019'],
    ['n', '12.5', null],
    ['n', 'abc', null],
    ['d', '2019-02-29', null],
  ])('%s %j → %j', (name, raw, expected) => {
    expect(hint(name, raw)).toBe(expected);
  });

  test('an integer column does not suggest a fraction it would reject', () => {
    expect(hint('n', '1.23456万')).toBeNull();
    expect(hint('x', '1.23456万')).toBe('请写成 12345.6');
  });
});

test('shiftDecimal multiplies exactly, without floating-point error', () => {
  expect(shiftDecimal('1.2', 4)).toBe('12000');
  expect(shiftDecimal('0.5', 0)).toBe('0.5');
  expect(shiftDecimal('.5', 4)).toBe('5000');
  expect(shiftDecimal('-0.0001', 4)).toBe('-1');
  expect(shiftDecimal('3', 8)).toBe('300000000');
});
