import { describe, expect, it } from 'vitest';
import {
  childrenOf,
  childrenOn,
  divisionByCode,
  everChildrenOf,
  inForceAt,
  inForceOn,
  isInForce,
  isIsoDate,
  loadDivisions,
  referenceDate,
  yearsInForce,
} from '../../../src/lib/divisions/index.ts';

const divisions = loadDivisions();
const laiwu = divisionByCode(divisions, '371200')!; // valid_to 2018-12-26
const laiwuDistrict = divisionByCode(divisions, '370116')!; // valid_from 2018-12-26

describe('referenceDate', () => {
  it('is 31 December, the date of the MCA year-end lists', () => {
    expect(referenceDate(2018)).toBe('2018-12-31');
  });
  it('refuses what is not a year', () => {
    expect(() => referenceDate(2018.5)).toThrow(/four-digit year/);
  });
});

describe('isInForce', () => {
  it('includes valid_from and excludes valid_to', () => {
    expect(isInForce(laiwu, '2018-12-25')).toBe(true);
    expect(isInForce(laiwu, '2018-12-26')).toBe(false);
    expect(isInForce(laiwuDistrict, '2018-12-25')).toBe(false);
    expect(isInForce(laiwuDistrict, '2018-12-26')).toBe(true);
  });
  it('treats blank dates as open-ended', () => {
    expect(isInForce({ validFrom: null, validTo: null }, '2018-01-01')).toBe(true);
    expect(isInForce(laiwu, '2017-01-01')).toBe(true);
    expect(isInForce(laiwuDistrict, '2020-12-31')).toBe(true);
  });
  it('refuses a date that is not YYYY-MM-DD, rather than comparing it as text', () => {
    expect(() => isInForce(laiwu, '2018')).toThrow(/ISO date/);
  });
});

describe('childrenOf', () => {
  it('lists the divisions under a parent at a year-end', () => {
    expect(childrenOf(divisions, '370100', 2018)).toHaveLength(12);
    expect(childrenOf(divisions, '371200', 2018)).toEqual([]);
    expect(childrenOf(divisions, '370600', 2019)).toHaveLength(12);
    expect(childrenOf(divisions, '370600', 2020).map((d) => d.code)).toContain('370614');
    expect(childrenOf(divisions, '370600', 2020)).toHaveLength(11);
    expect(childrenOf(divisions, '370000', 2020)).toHaveLength(16);
  });
});

describe('childrenOn', () => {
  it('lists the divisions under a parent on any date, so a mid-year change shows on its day', () => {
    expect(childrenOn(divisions, '370600', '2020-06-04').map((d) => d.code)).toContain('370684');
    expect(childrenOn(divisions, '370600', '2020-06-05').map((d) => d.code)).toContain('370614');
    expect(childrenOn(divisions, '370600', '2020-06-05')).toEqual(childrenOf(divisions, '370600', 2020));
  });
});

describe('inForceOn / inForceAt', () => {
  it('lists every level in force, in registry order', () => {
    const atEnd2019 = inForceAt(divisions, 2019);
    expect(atEnd2019).toEqual(inForceOn(divisions, '2019-12-31'));
    expect(atEnd2019.filter((d) => d.level === 'province')).toHaveLength(1);
    expect(atEnd2019).toHaveLength(1 + 16 + 137);
    const order = atEnd2019.map((d) => divisions.indexOf(d));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('sees the day a change took effect', () => {
    expect(inForceOn(divisions, '2018-12-25').map((d) => d.code)).toContain('371200');
    expect(inForceOn(divisions, '2018-12-26').map((d) => d.code)).not.toContain('371200');
  });
});

describe('isIsoDate', () => {
  it('accepts YYYY-MM-DD only, the form the queries compare as text', () => {
    expect(isIsoDate('2019-12-31')).toBe(true);
    expect(isIsoDate('20190-12-31')).toBe(false);
    expect(isIsoDate('2019-12-31T00:00')).toBe(false);
  });
});

describe('everChildrenOf', () => {
  const codes = (ds: ReadonlyArray<{ code: string }>) => ds.map((d) => d.code);
  it('keeps the districts of an abolished prefecture (莱芜市) and ended counties (烟台市)', () => {
    expect(codes(everChildrenOf(divisions, '371200'))).toEqual(['371202', '371203']);
    expect(codes(everChildrenOf(divisions, '370600'))).toEqual(expect.arrayContaining(['370614', '370634', '370684']));
    expect(everChildrenOf(divisions, '370600')).toHaveLength(13);
  });
});

describe('yearsInForce', () => {
  it('uses year ends: 莱芜区 (from 2018-12-26) counts for 2018, 茌平县 (to 2019-06-27) only for 2018', () => {
    const d = (code: string) => divisionByCode(divisions, code)!;
    const plan = [2018, 2019, 2020];
    expect(yearsInForce(d('370116'), plan)).toEqual([2018, 2019, 2020]);
    expect(yearsInForce(d('371523'), plan)).toEqual([2018]);
    expect(yearsInForce(d('371202'), plan)).toEqual([]);
  });
  it('counts only the years it is given: a data folder of other years gets its own', () => {
    const d = (code: string) => divisionByCode(divisions, code)!;
    expect(yearsInForce(d('370116'), [2017, 2018])).toEqual([2018]);
    expect(yearsInForce(d('371523'), [2019, 2020])).toEqual([]);
  });
});
