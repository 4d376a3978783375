import { describe, expect, it } from 'vitest';
import {
  loadDivisions,
  predecessorsOf,
  resolveAt,
  sameLevelPredecessorsOf,
  sameLevelPredecessorsOn,
  successorsOf,
  successorsOn,
} from '../../../src/lib/divisions/index.ts';
import type { Division } from '../../../src/lib/schemas/division.ts';

const divisions = loadDivisions();
const codes = (rows: Division[]): string[] => rows.map((d) => d.code);
/** A county-level row for hand-made registries (chains and cycles the real one does not have). */
const row = (code: string, validFrom: string | null, validTo: string | null, successors: string[]): Division => ({
  code,
  level: 'county',
  kind: '县',
  nameZh: code,
  nameEn: `${code} County`,
  parent: '370100',
  validFrom,
  validTo,
  successors,
  changeDocument: null,
});
const chain = [
  row('370181', null, '2018-03-01', ['370182']),
  row('370182', '2018-03-01', '2019-03-01', ['370183']),
  row('370183', '2019-03-01', null, []),
];
const cycle = [row('370181', null, '2018-03-01', ['370182']), row('370182', null, '2018-03-01', ['370181'])];

describe('successorsOf / predecessorsOf', () => {
  it('follows the successors column one step', () => {
    expect(codes(successorsOf(divisions, '371200'))).toEqual(['370116', '370117']);
    expect(codes(successorsOf(divisions, '371202'))).toEqual(['370116']);
    expect(codes(successorsOf(divisions, '370125'))).toEqual(['370115']);
    expect(codes(successorsOf(divisions, '370102'))).toEqual([]);
    expect(codes(successorsOf(divisions, '999999'))).toEqual([]);
  });

  it('finds the divisions that became a code', () => {
    expect(codes(predecessorsOf(divisions, '370614'))).toEqual(['370634', '370684']);
    expect(codes(predecessorsOf(divisions, '370116'))).toEqual(['371200', '371202']);
    expect(codes(predecessorsOf(divisions, '371681'))).toEqual(['371626']);
    expect(codes(predecessorsOf(divisions, '370102'))).toEqual([]);
  });
});

describe('resolveAt', () => {
  it.each([
    ['371200', 2019, ['370116', '370117']], // 莱芜市 → 济南市莱芜区, 钢城区
    ['371202', 2018, ['370116']], // 莱城区 → 莱芜区 (approved 2018-12-26, before year-end)
    ['371203', 2020, ['370117']],
    ['370684', 2020, ['370614']], // 蓬莱市 → 蓬莱区
    ['370634', 2020, ['370614']], // 长岛县 → 蓬莱区
    ['371523', 2019, ['371503']], // 茌平县 → 茌平区
    ['371523', 2020, ['371503']],
    ['370125', 2018, ['370115']], // 济阳县 → 济阳区
    ['371626', 2020, ['371681']], // 邹平县 → 邹平市
  ] as const)('resolves %s at the end of %i to %j', (code, year, expected) => {
    expect(codes(resolveAt(divisions, code, year))).toEqual(expected);
  });

  it('resolves a code in force to itself', () => {
    expect(codes(resolveAt(divisions, '370102', 2018))).toEqual(['370102']);
    expect(codes(resolveAt(divisions, '370684', 2019))).toEqual(['370684']);
    expect(codes(resolveAt(divisions, '370614', 2020))).toEqual(['370614']);
  });

  it('resolves to nothing before a code starts, or for an unknown code', () => {
    expect(resolveAt(divisions, '370614', 2019)).toEqual([]);
    expect(resolveAt(divisions, '370282', 2019)).toEqual([]);
  });

  it('follows chains and survives cycles in bad data', () => {
    expect(codes(resolveAt(chain, '370181', 2019))).toEqual(['370183']);
    expect(codes(resolveAt(chain, '370181', 2018))).toEqual(['370182']);
    expect(resolveAt(cycle, '370181', 2019)).toEqual([]);
  });
});

describe('successorsOn: what the validator suggests for a row dated after its division ended', () => {
  it('follows successors to the divisions in force on the date, through chains', () => {
    expect(codes(successorsOn(divisions, '371202', '2019-12-31'))).toEqual(['370116']);
    expect(codes(successorsOn(divisions, '371200', '2018-12-31'))).toEqual(['370116', '370117']);
    expect(codes(successorsOn(chain, '370181', '2019-12-31'))).toEqual(['370183']);
    expect(codes(successorsOn(chain, '370181', '2018-12-31'))).toEqual(['370182']);
    expect(successorsOn(cycle, '370181', '2019-12-31')).toEqual([]);
  });

  it('never answers with the code itself, unlike resolveAt', () => {
    expect(successorsOn(divisions, '370102', '2019-12-31')).toEqual([]);
    expect(codes(resolveAt(divisions, '370102', 2019))).toEqual(['370102']);
  });

  it('takes any ISO date, not only a year-end: 长岛县 on the day 蓬莱区 started', () => {
    expect(codes(successorsOn(divisions, '370634', '2020-06-05'))).toEqual(['370614']);
    expect(successorsOn(divisions, '370634', '2020-06-04')).toEqual([]); // 蓬莱区 had not started
  });
});

describe('sameLevelPredecessorsOn: what the validator suggests for a row dated before its division existed', () => {
  it('keeps predecessors of the same level only, unlike predecessorsOf', () => {
    expect(codes(sameLevelPredecessorsOn(divisions, '370116', '2015-12-31'))).toEqual(['371202']);
    expect(codes(predecessorsOf(divisions, '370116'))).toEqual(['371200', '371202']);
  });

  it('lists every division that merged into the code, in force on the date', () => {
    expect(codes(sameLevelPredecessorsOn(divisions, '370614', '2019-12-31'))).toEqual(['370634', '370684']);
    expect(codes(sameLevelPredecessorsOn(divisions, '371681', '2017-12-31'))).toEqual(['371626']);
  });

  it('goes back through chains to the division in force on the date, and survives cycles', () => {
    expect(codes(sameLevelPredecessorsOn(chain, '370183', '2018-01-15'))).toEqual(['370181']);
    expect(codes(sameLevelPredecessorsOn(chain, '370183', '2018-06-01'))).toEqual(['370182']);
    expect(sameLevelPredecessorsOn(cycle, '370181', '2019-12-31')).toEqual([]);
  });

  it('is empty for a division that replaced nothing or an unknown code', () => {
    expect(sameLevelPredecessorsOn(divisions, '370102', '2015-12-31')).toEqual([]);
    expect(sameLevelPredecessorsOn(divisions, '999999', '2015-12-31')).toEqual([]);
  });
});

describe('sameLevelPredecessorsOf: what the pages name as "formerly"', () => {
  it('keeps the direct predecessors of the same level, on any date', () => {
    expect(codes(sameLevelPredecessorsOf(divisions, '370116'))).toEqual(['371202']);
    expect(codes(sameLevelPredecessorsOf(divisions, '370614'))).toEqual(['370634', '370684']);
    expect(codes(sameLevelPredecessorsOf(chain, '370183'))).toEqual(['370182']); // one step, unlike sameLevelPredecessorsOn
    expect(sameLevelPredecessorsOf(divisions, '370102')).toEqual([]);
  });
});
