import { describe, expect, it } from 'vitest';
import { numbersIn } from '../../../src/lib/data/check-figure-table.ts';
import { validateDataDir } from '../../../src/lib/data/index.ts';
import { readPackage } from '../../../src/lib/data/read-package.ts';

describe('numbersIn', () => {
  it('reads the numbers a source prints, with 万 and 亿 written out exactly', () => {
    expect(numbersIn('全县累计脱贫135136人')).toEqual([135136]);
    expect(numbersIn('已累计投入扶贫资金3.9亿元')).toEqual([390000000]);
    expect(numbersIn('涉及12万居民')).toEqual([120000]);
    expect(numbersIn('贫困发生率由15.89%降至1.16%')).toEqual([15.89, 1.16]);
    expect(numbersIn('产业扶贫受益贫困人口12.3万余人')).toEqual([123000]);
    expect(numbersIn('基本完成')).toEqual([]);
  });
});

describe('county-reported', () => {
  const pkg = readPackage('data/datasets/county-reported');
  const rows = pkg.resources[0]!.rows.map((r) => r.values);
  it('is accepted by the validator as an official dataset', () => {
    const report = validateDataDir('data');
    expect(report.problems.filter((p) => p.file.includes('county-reported'))).toEqual([]);
    expect(pkg.meta?.status).toBe('official');
  });
  it('holds every figure listed for 巨野县 2018, 成武县 2020 and 东明县 2020, as worded', () => {
    const byCounty = (code: string) => rows.filter((r) => r.division_code === code).map((r) => [r.year, r.as_worded, r.value]);
    expect(byCounty('371724')).toEqual([
      [2018, '全县累计脱贫135136人', 135136],
      [2018, '贫困发生率由15.89%降至1.16%', 1.16],
      [2018, '已累计投入扶贫资金3.9亿元', 390000000],
      [2018, '建设扶贫车间271个', 271],
      [2018, '产业扶贫受益贫困人口12.3万余人', null],
    ]);
    expect(byCounty('371723')).toEqual([
      [2020, '建设扶贫车间150个', 150],
      [2020, '吸纳就近就业2034人', 2034],
      [2020, '其中贫困户281人', 281],
    ]);
    expect(byCounty('371728')).toEqual([
      [2020, '全省新建28个村台，其中24个位于东明县', 24],
      [2020, '涉及12万居民', 120000],
    ]);
  });
  it('writes a bound as NP, never as a number', () => {
    const bound = pkg.resources[0]!.rows.find((r) => r.values.indicator === 'industry_beneficiaries_poor')!;
    expect(bound.missing.value).toBe('NP');
  });
});
