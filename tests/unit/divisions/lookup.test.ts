import { describe, expect, it } from 'vitest';
import { codeAndName, divisionByCode, loadDivisions, suggestDivisions } from '../../../src/lib/divisions/index.ts';

const divisions = loadDivisions();
const codes = (rows: readonly { code: string }[]): string[] => rows.map((d) => d.code);

describe('divisionByCode', () => {
  it('finds a row by code in the frozen registry and in a plain array', () => {
    expect(divisionByCode(divisions, '370116')?.nameZh).toBe('莱芜区');
    expect(divisionByCode([...divisions], '370116')?.nameZh).toBe('莱芜区');
    expect(divisionByCode(divisions, '999999')).toBeUndefined();
  });
});

describe('codeAndName', () => {
  it('names a division by code and Chinese name, as the validator’s messages do', () => {
    expect(codeAndName(divisionByCode(divisions, '370116')!)).toBe('370116 莱芜区');
  });
});

describe('suggestDivisions', () => {
  it('finds a division typed by its Chinese or English name', () => {
    expect(codes(suggestDivisions(divisions, '莱芜区'))).toEqual(['370116']);
    expect(codes(suggestDivisions(divisions, ' laiwu district '))).toEqual(['370116']);
  });

  it('offers codes one edit away from a mistyped code, at most three', () => {
    const near = codes(suggestDivisions(divisions, '370166'));
    expect(near).toContain('370116');
    expect(near.length).toBeLessThanOrEqual(3);
    expect(suggestDivisions(divisions, '999999')).toEqual([]);
  });
});
