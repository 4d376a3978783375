import { describe, expect, it } from 'vitest';
import {
  changeKind,
  diffCsvText,
  isEmptyDiff,
  parseRows,
  ValuesDiffer,
} from '../../../src/lib/releases/diff-values.ts';

const wide = {
  fields: [
    { name: 'division_code', type: 'string' },
    { name: 'year', type: 'integer' },
    { name: 'registered_poor', type: 'integer' },
    { name: 'poverty_incidence', type: 'number' },
    { name: 'note', type: 'string' },
  ],
  primaryKey: ['division_code', 'year'],
};
const HEADER = 'division_code,year,registered_poor,poverty_incidence,note\n';
const BASE = HEADER + '370000,2018,176575,0.5,\n370100,2018,2048,0.2,\n370200,2018,NP,0.1,\n';

describe('diffCsvText: one table, two versions', () => {
  it('finds nothing between identical texts, or when only the row order or a BOM differs', () => {
    const reordered = HEADER + '370200,2018,NP,0.1,\n370000,2018,176575,0.5,\n370100,2018,2048,0.2,\n';
    expect(isEmptyDiff(diffCsvText(BASE, BASE, wide))).toBe(true);
    expect(isEmptyDiff(diffCsvText(BASE, reordered, wide))).toBe(true);
    expect(isEmptyDiff(diffCsvText(BASE, '\uFEFF' + BASE, wide))).toBe(true);
  });

  it('lists a corrected figure with its division, indicator, year, old and new value and the difference', () => {
    const after = BASE.replace('370100,2018,2048', '370100,2018,2050');
    const diff = diffCsvText(BASE, after, wide);
    expect(diff.changed).toEqual([
      {
        division: '370100',
        year: 2018,
        key: ['370100', '2018'],
        line: 3,
        indicator: 'registered_poor',
        field: 'registered_poor',
        old: '2048',
        new: '2050',
        delta: 2,
      },
    ]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(changeKind(diff)).toBe('patch');
  });

  it('compares numeric columns by value and text columns as written', () => {
    const sameNumbers = BASE.replace('176575,0.5', '176575,0.50').replace('2048,0.2', '2048.0,.2');
    expect(isEmptyDiff(diffCsvText(BASE, sameNumbers, wide))).toBe(true);
    const noteEdited = BASE.replace('370200,2018,NP,0.1,', '370200,2018,NP,0.1,来源更正');
    const [change] = diffCsvText(BASE, noteEdited, wide).changed;
    expect(change).toMatchObject({ field: 'note', indicator: null, old: '', new: '来源更正', delta: null });
  });

  it('keeps missing-value codes as written: NP → a figure is a change without a numeric difference', () => {
    const filled = BASE.replace('370200,2018,NP', '370200,2018,1200');
    expect(diffCsvText(BASE, filled, wide).changed).toEqual([
      expect.objectContaining({
        division: '370200',
        indicator: 'registered_poor',
        old: 'NP',
        new: '1200',
        delta: null,
      }),
    ]);
  });

  it('gives decimal differences without binary noise', () => {
    const after = BASE.replace('176575,0.5', '176575,0.7');
    expect(diffCsvText(BASE, after, wide).changed[0]!.delta).toBe(0.2);
  });

  it('lists added and removed rows with every cell, and asks for a minor release when rows are added', () => {
    const after = HEADER + '370000,2018,176575,0.5,\n370200,2018,NP,0.1,\n370300,2018,900,0.3,新增\n';
    const diff = diffCsvText(BASE, after, wide);
    expect(diff.added).toEqual([
      {
        division: '370300',
        year: 2018,
        key: ['370300', '2018'],
        line: 4,
        values: {
          division_code: '370300',
          year: '2018',
          registered_poor: '900',
          poverty_incidence: '0.3',
          note: '新增',
        },
      },
    ]);
    expect(diff.removed.map((r) => [r.key, r.line])).toEqual([[['370100', '2018'], 3]]);
    expect(diff.changed).toEqual([]);
    expect(changeKind(diff)).toBe('minor');
    expect(changeKind(diffCsvText(BASE, HEADER + '370000,2018,176575,0.5,\n', wide))).toBe('patch');
  });

  it('asks for a major release when a column goes, and a minor one when a column comes', () => {
    const without = 'division_code,year,registered_poor\n370000,2018,176575\n370100,2018,2048\n370200,2018,NP\n';
    const dropped = diffCsvText(BASE, without, wide);
    expect(dropped.columnsRemoved).toEqual(['poverty_incidence', 'note']);
    expect(changeKind(dropped)).toBe('major');
    const grown = BASE.split('\n')
      .map((line, i) => (line === '' ? line : `${line},${i === 0 ? 'rural_population' : '1'}`))
      .join('\n');
    const more = diffCsvText(BASE, grown, wide);
    expect(more.columnsAdded).toEqual(['rural_population']);
    expect(more.changed).toEqual([]);
    expect(changeKind(more)).toBe('minor');
  });

  it('names the row’s indicator in a figure table (one figure per row)', () => {
    const schema = {
      fields: [
        { name: 'division_code', type: 'string' },
        { name: 'year', type: 'integer' },
        { name: 'indicator', type: 'string' },
        { name: 'value', type: 'number' },
        { name: 'as_worded', type: 'string' },
      ],
      primaryKey: ['division_code', 'year', 'indicator'],
    };
    const before =
      'division_code,year,indicator,value,as_worded\n371724,2018,poverty_workshops_built,271,建设扶贫车间271个\n';
    const after = before.replace(',271,建设扶贫车间271个', ',272,建设扶贫车间272个');
    expect(diffCsvText(before, after, schema).changed).toEqual([
      expect.objectContaining({
        indicator: 'poverty_workshops_built',
        field: 'value',
        old: '271',
        new: '272',
        delta: 1,
      }),
      expect.objectContaining({ indicator: 'poverty_workshops_built', field: 'as_worded', delta: null }),
    ]);
  });

  it('matches rows by every column when the table declares no primary key', () => {
    const schema = { fields: wide.fields, primaryKey: [] };
    const diff = diffCsvText(BASE, BASE.replace('370100,2018,2048', '370100,2018,2050'), schema);
    expect(diff.changed).toEqual([]);
    expect(diff.added.map((r) => r.values.registered_poor)).toEqual(['2050']);
    expect(diff.removed.map((r) => r.values.registered_poor)).toEqual(['2048']);
  });

  it('reads quoted cells that hold commas and line breaks', () => {
    const before = HEADER + '370000,2018,1,0.5,"一，二, three"\n';
    const after = HEADER + '370000,2018,1,0.5,"一，二,\nthree"\n';
    expect(diffCsvText(before, after, wide).changed).toEqual([
      expect.objectContaining({ field: 'note', old: '一，二, three', new: '一，二,\nthree' }),
    ]);
  });
});

describe('ValuesDiffer: the newer table fed one row at a time, as the validator reads it', () => {
  it('finds what reading both texts whole finds: changes, added and removed rows, a repeated key', () => {
    const after =
      HEADER +
      '370000,2018,176575,0.5,\n' +
      '370100,2018,2050,0.2,\n' + // corrected figure
      '370100,2018,2051,0.2,\n' + // the key again: its last row counts
      '370300,2018,12,0.1,\n'; // added; 370200 removed
    const whole = diffCsvText(BASE, after, wide);
    const rows = after.trim().split('\n').slice(1);
    const differ = new ValuesDiffer(parseRows(BASE), HEADER.trim().split(','), wide);
    rows.forEach((row, i) => differ.addValues(i + 2, row.split(',')));
    const streamed = differ.finish();
    expect(streamed).toEqual(whole);
    expect(streamed.changed.map((c) => [c.division, c.old, c.new])).toEqual([['370100', '2048', '2051']]);
    expect(streamed.added.map((r) => r.division)).toEqual(['370300']);
    expect(streamed.removed.map((r) => r.division)).toEqual(['370200']);
  });
});
