import { describe, expect, it } from 'vitest';
import { childrenOf } from '../../../src/lib/divisions/index.ts';
import {
  choropleth,
  countyAllYearsRows,
  countyYear,
  countyYearRows,
  divisionYearRows,
  excelCsv,
  excelTwin,
  loadSiteData,
  prefectureYearRows,
  rankingRows,
} from '../../../src/lib/site-data/index.ts';
import { counties, dataset, obs, siteData } from '../site-data/fixture.ts';

const JUNAN = '371327'; // 莒南县, in 临沂市 (371300)
const LINYI = '371300';
const codes = counties(2019);

describe('the ranking CSV of an indicator-year', () => {
  // Three counties share the largest figure, one has none (not published), the rest count down.
  const rows = codes.map((c, i) => obs('ex', c, 2019, { remaining_poor: c === JUNAN ? 'NP' : i < 3 ? 900 : 500 - i }));
  const data = siteData([dataset('ex', 'example', rows)]);
  const ranking = rankingRows(data, choropleth(data, 'remaining_poor', 2019)!);

  it('lists every county in force once, largest first, ties sharing a rank, the missing figure last', () => {
    expect(ranking.map((r) => r.division_code).sort()).toEqual([...codes].sort());
    expect(ranking.slice(0, 4).map((r) => [r.rank, r.tied])).toEqual([
      [1, 'yes'],
      [1, 'yes'],
      [1, 'yes'],
      [4, ''],
    ]);
    const last = ranking.at(-1)!;
    expect([last.division_code, last.rank, last.value, last.missing_reason]).toEqual([JUNAN, null, null, 'NP']);
    const values = ranking.slice(0, -1).map((r) => r.value!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('names the prefecture, the dataset and its status on every line', () => {
    const junan = ranking.find((r) => r.division_code === JUNAN)!;
    expect([junan.prefecture_code, junan.prefecture_zh, junan.name_zh]).toEqual([LINYI, '临沂市', '莒南县']);
    expect(ranking.every((r) => r.dataset === 'ex' && r.status === 'example' && r.dataset_version === '1.2.3')).toBe(
      true,
    );
  });

  it('writes a CSV that starts with a BOM and keeps a missing value empty, never 0', () => {
    const csv = excelCsv(ranking);
    expect(csv.startsWith('\uFEFFrank,tied,division_code,name_zh,name_en,prefecture_code')).toBe(true);
    expect(csv).toContain(`,${JUNAN},莒南县,`);
    expect(csv.trimEnd().split('\r\n').at(-1)).toMatch(
      /^,,371327,.*,remaining_poor,[^,]*,[^,]*,person,,NP,ex,1\.2\.3,example$/,
    );
  });
});

describe('division CSVs', () => {
  const rows = [
    obs('ex', JUNAN, 2018, { remaining_poor: 347, centralised_care_rate: 39.9 }),
    obs('ex', JUNAN, 2019, { remaining_poor: 59, centralised_care_rate: 48.6 }),
    obs('ex', LINYI, 2018, { remaining_poor: 4000, centralised_care_rate: 40 }),
    obs('ex', LINYI, 2019, { remaining_poor: 1000, centralised_care_rate: 'NP' }),
  ];
  const data = siteData([dataset('ex', 'example', rows)]);

  it('gives a county the same rows as its county-year download', () => {
    expect(divisionYearRows(data, JUNAN, 2019)).toEqual(countyYearRows(countyYear(data, JUNAN, 2019)));
  });

  it('puts a prefecture first with its change from last year, then each county in force that year', () => {
    const exported = prefectureYearRows(data, LINYI, 2019);
    const own = exported.filter((r) => r.division_code === LINYI);
    expect(own.map((r) => [r.indicator, r.value, r.missing_reason, r.change_from_previous_year])).toEqual([
      ['remaining_poor', 1000, '', -3000],
      ['centralised_care_rate', null, 'NP', null],
    ]);
    expect(exported.slice(0, own.length)).toEqual(own);
    const countyCodes = [...new Set(exported.slice(own.length).map((r) => r.division_code))];
    expect(countyCodes).toEqual(
      childrenOf(data.divisions, LINYI, 2019)
        .map((d) => d.code)
        .filter((c) => c === JUNAN),
    );
  });

  it('stacks a county’s years oldest first', () => {
    const all = countyAllYearsRows(data, JUNAN);
    expect([...new Set(all.map((r) => r.year))]).toEqual([2018, 2019]);
    expect(all.find((r) => r.year === 2019 && r.indicator === 'centralised_care_rate')!.change_percentage_points).toBe(
      8.7,
    );
  });

  it('over data/: every county of a prefecture appears in its CSV', () => {
    const real = loadSiteData();
    const codesIn = new Set(prefectureYearRows(real, LINYI, 2020).map((r) => r.division_code));
    for (const county of childrenOf(real.divisions, LINYI, 2020)) expect(codesIn, county.code).toContain(county.code);
  });
});

describe('excelTwin', () => {
  it('puts one byte-order mark in front, never two', () => {
    const bytes = new TextEncoder().encode('division_code,name\n371327,莒南县\n');
    const twin = excelTwin(bytes);
    expect([...twin.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...twin.slice(3)]).toEqual([...bytes]);
    expect([...excelTwin(twin)]).toEqual([...twin]);
  });
});
