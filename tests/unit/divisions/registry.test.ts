import { describe, expect, it } from 'vitest';
import {
  PROVINCE_CODE,
  childrenOf,
  countiesInForce,
  divisionByCode,
  isInForce,
  loadDivisions,
  prefecturesInForce,
} from '../../../src/lib/divisions/index.ts';

const divisions = loadDivisions();
const YEARS = [2018, 2019, 2020] as const;

describe('division registry: what it holds', () => {
  it('has the province, 17 prefectures (incl. 莱芜市) and 143 county-level rows', () => {
    expect(divisions.filter((d) => d.level === 'province').map((d) => d.code)).toEqual(['370000']);
    expect(divisions.filter((d) => d.level === 'prefecture')).toHaveLength(17);
    expect(divisionByCode(divisions, '371200')?.nameZh).toBe('莱芜市');
    expect(divisions.filter((d) => d.level === 'county')).toHaveLength(143);
  });

  it('files the province under PROVINCE_CODE, the parent of every prefecture', () => {
    expect(divisionByCode(divisions, PROVINCE_CODE)?.level).toBe('province');
    const elsewhere = divisions
      .filter((d) => d.level === 'prefecture' && d.parent !== PROVINCE_CODE)
      .map((d) => d.code);
    expect(elsewhere).toEqual([]);
  });

  it('leaves out 市辖区 placeholders (xx01), NBS zones (37xx7x) and divisions ended before 2018', () => {
    const placeholders = divisions.filter((d) => /^37\d{2}(01|7\d)$/.test(d.code)).map((d) => d.code);
    expect(placeholders, `placeholder or zone codes: ${placeholders.join(', ')}`).toEqual([]);
    const endedBefore = divisions.filter((d) => d.validTo !== null && d.validTo <= '2018-01-01').map((d) => d.code);
    expect(endedBefore).toEqual([]);
    expect(divisionByCode(divisions, '370282')).toBeUndefined(); // 即墨市, ended 2017-07-18
  });

  it.each(YEARS)('has 16 prefectures in force at the end of %i', (year) => {
    expect(prefecturesInForce(divisions, year).map((d) => d.code)).not.toContain('371200');
    expect(prefecturesInForce(divisions, year)).toHaveLength(16);
  });

  it.each([
    // Year-end counts per kind, from the summary table of the MCA lists (docs/divisions.md).
    [2018, 137, { 市辖区: 56, 县级市: 27, 县: 54 }],
    [2019, 137, { 市辖区: 57, 县级市: 27, 县: 53 }],
    [2020, 136, { 市辖区: 58, 县级市: 26, 县: 52 }],
  ] as const)('has %i county-level divisions in force at the end of %i by kind', (year, total, byKind) => {
    const counties = countiesInForce(divisions, year);
    expect(counties).toHaveLength(total);
    const counted: Record<string, number> = {};
    for (const d of counties) counted[d.kind] = (counted[d.kind] ?? 0) + 1;
    expect(counted).toEqual(byKind);
  });

  it('puts every county in force at a year-end under a prefecture in force then', () => {
    for (const year of YEARS) {
      const perPrefecture = prefecturesInForce(divisions, year).map((p) => childrenOf(divisions, p.code, year).length);
      expect(perPrefecture.reduce((a, b) => a + b, 0)).toBe(countiesInForce(divisions, year).length);
    }
  });
});

describe('division registry: integrity', () => {
  it('has a parent for every row but the province, and it was in force whenever the child was', () => {
    const problems: string[] = [];
    for (const d of divisions) {
      if (d.level === 'province') {
        if (d.parent !== null) problems.push(`${d.code}: the province has parent ${d.parent}`);
        continue;
      }
      const parent = d.parent === null ? undefined : divisionByCode(divisions, d.parent);
      if (parent === undefined) {
        problems.push(`${d.code}: parent ${d.parent} is not in the registry`);
        continue;
      }
      const expectedLevel = d.level === 'county' ? 'prefecture' : 'province';
      if (parent.level !== expectedLevel) problems.push(`${d.code}: parent ${parent.code} is a ${parent.level}`);
      // Both ends of the child's validity lie inside the parent's.
      const startsInside = parent.validFrom === null || (d.validFrom !== null && parent.validFrom <= d.validFrom);
      const endsInside = parent.validTo === null || (d.validTo !== null && d.validTo <= parent.validTo);
      if (!startsInside || !endsInside) problems.push(`${d.code}: in force outside its parent ${parent.code}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has successors exactly for ended rows, each starting the day its predecessor ends', () => {
    const problems: string[] = [];
    for (const d of divisions) {
      if ((d.validTo === null) !== (d.successors.length === 0)) {
        problems.push(`${d.code}: valid_to ${d.validTo} but successors [${d.successors.join(';')}]`);
      }
      for (const code of d.successors) {
        const successor = divisionByCode(divisions, code);
        if (successor === undefined) problems.push(`${d.code}: successor ${code} is not in the registry`);
        else if (d.validTo === null || successor.validFrom !== d.validTo) {
          problems.push(`${d.code}: ends ${d.validTo} but successor ${code} starts ${successor.validFrom}`);
        } else if (!isInForce(successor, d.validTo)) problems.push(`${d.code}: successor ${code} not in force then`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('cites an approval document for every row that starts or ends in the period, and only for those', () => {
    const mismatched = divisions
      .filter((d) => (d.validFrom !== null || d.validTo !== null) !== (d.changeDocument !== null))
      .map((d) => d.code);
    expect(mismatched, `codes: ${mismatched.join(', ')}`).toEqual([]);
  });

  it('has validity dates in order and inside 2018–2020', () => {
    const bad = divisions
      .filter(
        (d) =>
          (d.validFrom !== null && d.validTo !== null && d.validFrom >= d.validTo) ||
          (d.validFrom !== null && (d.validFrom < '2018-01-01' || d.validFrom > '2020-12-31')) ||
          (d.validTo !== null && (d.validTo <= '2018-01-01' || d.validTo > '2021-01-01')),
      )
      .map((d) => d.code);
    expect(bad, `codes: ${bad.join(', ')}`).toEqual([]);
  });

  it('gives English names in pinyin with the type that matches the kind', () => {
    const suffix = { 省: 'Province', 地级市: 'City', 市辖区: 'District', 县级市: 'City', 县: 'County' } as const;
    const bad = divisions
      .filter((d) => !new RegExp(`^[A-Z][a-z']+ ${suffix[d.kind]}$`).test(d.nameEn))
      .map((d) => `${d.code} ${d.nameEn}`);
    expect(bad, bad.join('\n')).toEqual([]);
  });
});
