import { describe, expect, it } from 'vitest';
import { constraintsOf, dictionaryOf } from '../../../src/lib/site-data/dictionary.ts';
import { readTableSchema } from '../../../src/lib/data/table-schema.ts';

describe('constraintsOf', () => {
  it('lists constraints in Table Schema order, whatever order the descriptor used', () => {
    expect(constraintsOf({ pattern: '^37\\d{4}$', required: true, enum: ['a', 'b'], minimum: 0 })).toEqual([
      { key: 'required', value: '' },
      { key: 'minimum', value: '0' },
      { key: 'pattern', value: '^37\\d{4}$' },
      { key: 'enum', value: 'a, b' },
    ]);
  });
  it('leaves out constraints that are switched off', () => {
    expect(constraintsOf({ required: false, unique: false })).toEqual([]);
  });
});

describe('dictionaryOf', () => {
  const raw = {
    fields: [
      { name: 'division_code', type: 'string', title: '区划代码', constraints: { required: true } },
      { name: 'registered_poor', type: 'integer', title: '建档立卡贫困人口', description: 'Unit: person.' },
    ],
    missingValues: [{ value: 'NP', label: '未公布 / not published' }],
  };
  const fields = dictionaryOf(readTableSchema(raw), raw.fields, new Map([['registered_poor', 'person' as const]]));
  it('takes titles and descriptions from the descriptor and units from the catalogue', () => {
    expect(fields.map((f) => [f.name, f.title, f.type, f.unit])).toEqual([
      ['division_code', '区划代码', 'string', null],
      ['registered_poor', '建档立卡贫困人口', 'integer', 'person'],
    ]);
    expect(fields[1]!.description).toBe('Unit: person.');
  });
  it('lists each column’s missing-value codes with their reasons', () => {
    expect(fields[1]!.missingValues).toEqual([{ value: 'NP', label: '未公布 / not published' }]);
  });
});
