import { describe, expect, it } from 'vitest';
import { areaYearFacts, areaYearSummary } from '../../../src/lib/summary/index.ts';
import { loadSiteData } from '../../../src/lib/site-data/index.ts';
import { counties, dataset, obs, siteData } from '../site-data/fixture.ts';

const JUNAN = '371327';
const LINYI = '371300';
const linyiCounties = (year: number) => counties(year).filter((c) => c.startsWith('3713'));

/** Every 临沂市 county with `value` remaining poor, except the ones given. */
function linyi(year: number, value: number, own: Record<string, Record<string, number | 'NP'>> = {}) {
  return linyiCounties(year).map((c) =>
    obs('county-example', c, year, own[c] ?? { remaining_poor: value, lifted_out: value }),
  );
}

describe('areaYearSummary of a county-year', () => {
  it('says the figure, the fall on last year and the rank among the prefecture’s counties, in both languages', () => {
    const data = siteData([
      dataset('county-example', 'official', [
        ...linyi(2018, 100, { [JUNAN]: { remaining_poor: 347, lifted_out: 50 } }),
        ...linyi(2019, 10, { [JUNAN]: { remaining_poor: 59, lifted_out: 397 } }),
      ]),
    ]);
    const of = linyiCounties(2019).length;
    const facts = areaYearFacts(data, JUNAN, 2019);
    const zh = areaYearSummary('zh-CN', facts).sentences;
    expect(zh[0]).toBe(
      `2019 年底，莒南县还有 59 名建档立卡贫困人口未脱贫，比上年减少 288 人，在临沂市 ${of} 个县（市、区）中从多到少排第 1。`,
    );
    expect(zh[1]).toBe(
      `2019 年，莒南县脱贫 397 人，比上年增加 347 人，在临沂市 ${of} 个县（市、区）中从多到少排第 1。`,
    );
    const en = areaYearSummary('en', facts).sentences;
    expect(en[0]).toBe(
      `At the end of 2019, 59 registered poor people in Junan County were still in poverty, down 288 people on the year before, ranking 1 of the ${of} counties in Linyi City (1 = most).`,
    );
  });

  it('says 并列 / tied when the rank is shared, with how many share it', () => {
    const others = linyiCounties(2019).filter((c) => c !== JUNAN);
    const data = siteData([
      dataset('county-example', 'official', linyi(2019, 0, { [others[0]!]: { remaining_poor: 9, lifted_out: 9 } })),
    ]);
    const of = linyiCounties(2019).length;
    const facts = areaYearFacts(data, JUNAN, 2019);
    expect(facts.facts[0]!.rank).toEqual({ rank: 2, of, tiedWith: of - 2 });
    expect(areaYearSummary('zh-CN', facts).sentences[0]).toBe(
      `2019 年底，莒南县已没有未脱贫的建档立卡贫困人口，在临沂市 ${of} 个县（市、区）中从多到少并列第 2（${of - 1} 个并列）。`,
    );
    expect(areaYearSummary('en', facts).sentences[0]).toContain(
      `tied at rank 2 of the ${of} counties in Linyi City (${of - 1} share it; 1 = most)`,
    );
  });

  it('says "as in the other counties", never "tied 1st", when every county has the same figure', () => {
    const data = siteData([dataset('county-example', 'official', linyi(2019, 0))]);
    const of = linyiCounties(2019).length;
    const facts = areaYearFacts(data, JUNAN, 2019);
    expect(areaYearSummary('zh-CN', facts).sentences[0]).toBe(
      `2019 年底，莒南县已没有未脱贫的建档立卡贫困人口，与临沂市其他 ${of - 1} 个县（市、区）相同。`,
    );
    expect(areaYearSummary('en', facts).sentences[0]).toContain(`, as in the other ${of - 1} counties in Linyi City`);
    expect(areaYearSummary('en', facts).sentences[0]).not.toMatch(/rank/);
  });

  it('says 未公布 / not published for a missing figure, never a zero, and gives it no rank or change', () => {
    const data = siteData([
      dataset('county-example', 'official', [
        ...linyi(2018, 5),
        ...linyi(2019, 5, { [JUNAN]: { remaining_poor: 'NP', lifted_out: 3 } }),
      ]),
    ]);
    const facts = areaYearFacts(data, JUNAN, 2019);
    expect(facts.facts[0]).toMatchObject({ cell: { kind: 'missing', reason: 'NP' }, change: null, rank: null });
    expect(areaYearSummary('zh-CN', facts).sentences[0]).toBe('2019 年莒南县的“年末未脱贫人口（省定标准）”：未公布。');
    expect(areaYearSummary('en', facts).sentences[0]).toBe(
      'Poor population remaining at year end (provincial standard), Junan County, 2019: not published.',
    );
  });

  it('marks example figures in every sentence and explains them once; official figures carry no mark', () => {
    const example = areaYearSummary(
      'zh-CN',
      areaYearFacts(siteData([dataset('county-example', 'example', linyi(2019, 4))]), JUNAN, 2019),
    );
    expect(example.sentences.slice(0, 2).every((s) => s.endsWith('（示例数据）。'))).toBe(true);
    // No dataset has this figure, so there is nothing to mark: it says so instead.
    expect(example.sentences[2]).toBe('2019 年莒南县的“当年退出的省定扶贫工作重点村”：无数据。');
    expect(example.notes).toContain('标有“示例数据”的数字由脚本生成，不是真实统计。');
    const official = areaYearSummary(
      'en',
      areaYearFacts(siteData([dataset('county-example', 'official', linyi(2019, 4))]), JUNAN, 2019),
    );
    expect(official.sentences.join(' ')).not.toContain('example');
    expect(official.notes.join(' ')).not.toContain('example');
  });

  it('always says the plan’s numeric targets are province-wide, not per county', () => {
    const summary = areaYearSummary(
      'zh-CN',
      areaYearFacts(siteData([dataset('county-example', 'official', linyi(2019, 4))]), JUNAN, 2019),
    );
    expect(summary.notes.at(-1)).toBe('实施意见提出的数字目标是全省的总目标，没有分解到各市或各县（市、区）。');
    expect(areaYearSummary('en', areaYearFacts(siteData([]), JUNAN, 2019)).notes.at(-1)).toMatch(/province as a whole/);
  });

  it('follows a division change: 蓬莱区’s change on 2019 adds up 蓬莱市 and 长岛县, and it says what it was formed from', () => {
    const data = siteData([
      dataset('county-example', 'official', [
        obs('county-example', '370684', 2019, { remaining_poor: 5 }),
        obs('county-example', '370634', 2019, { remaining_poor: 3 }),
        obs('county-example', '370614', 2020, { remaining_poor: 2 }),
      ]),
    ]);
    const summary = areaYearSummary('zh-CN', areaYearFacts(data, '370614', 2020));
    expect(summary.sentences[0]).toBe(
      '2020 年底，蓬莱区还有 2 名建档立卡贫困人口未脱贫，比上年减少 6 人（上年按长岛县、蓬莱市合计）。',
    );
    expect(summary.notes[0]).toBe('蓬莱区是由长岛县、蓬莱市调整设立的。');
    expect(areaYearSummary('en', areaYearFacts(data, '370614', 2020)).notes[0]).toBe(
      'Penglai District was formed from Changdao County, Penglai City.',
    );
  });

  it('ranks a prefecture among the province’s prefectures and prefers a published figure to an example one', () => {
    const data = siteData([
      dataset('county-example', 'example', [
        obs('county-example', '370000', 2020, { remaining_poor: 9 }),
        obs('county-example', LINYI, 2020, { remaining_poor: 4 }),
      ]),
      dataset('province-reported', 'official', [obs('province-reported', '370000', 2020, { remaining_poor: 0 })]),
    ]);
    const province = areaYearSummary('zh-CN', areaYearFacts(data, '370000', 2020));
    expect(province.sentences[0]).toBe('2020 年底，山东省已没有未脱贫的建档立卡贫困人口。');
    const prefecture = areaYearSummary('zh-CN', areaYearFacts(data, LINYI, 2020));
    expect(prefecture.sentences[0]).toBe('2020 年底，临沂市还有 4 名建档立卡贫困人口未脱贫（示例数据）。');
  });

  it('says which figures are real when the county published its own (county-reported)', () => {
    const summary = areaYearSummary('zh-CN', areaYearFacts(loadSiteData(), '371724', 2018));
    expect(summary.notes).toContain('巨野县当地来源自己公布的 5 项数字是真实数据，见“已公布的县级数字”一节。');
    expect(areaYearSummary('en', areaYearFacts(loadSiteData(), '371724', 2018)).notes).toContain(
      'The 5 figures that Juye County’s own local sources published are real; see “Figures published for this county”.',
    );
  });

  it('writes Chinese with full-width punctuation only', () => {
    const data = siteData([
      dataset('county-example', 'example', [
        ...linyi(2018, 3),
        ...linyi(2019, 0, { [JUNAN]: { remaining_poor: 'NP', lifted_out: 2 } }),
      ]),
    ]);
    const text = Object.values(areaYearSummary('zh-CN', areaYearFacts(data, JUNAN, 2019)))
      .flat()
      .join('');
    expect(text).not.toMatch(/[(),;:!?"]/);
  });
});
