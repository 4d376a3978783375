import { describe, expect, it } from 'vitest';
import { countySeriesFacts, countySeriesSummary, summaryText } from '../../../src/lib/summary/index.ts';
import { dataset, obs, siteData } from '../site-data/fixture.ts';

const JUNAN = '371327';

describe('countySeriesSummary', () => {
  const data = siteData([
    dataset('county-example', 'example', [
      obs('county-example', JUNAN, 2018, { remaining_poor: 347, lifted_out: 4364 }),
      obs('county-example', JUNAN, 2019, { remaining_poor: 59, lifted_out: 'NP' }),
      obs('county-example', JUNAN, 2020, { remaining_poor: 0, lifted_out: 61 }),
    ]),
  ]);

  it('says where the remaining poor went over the plan’s years and lists each year’s flow, 未公布 included', () => {
    const zh = countySeriesSummary('zh-CN', countySeriesFacts(data, JUNAN)).sentences;
    expect(zh).toEqual([
      '莒南县年末未脱贫的建档立卡贫困人口从 2018 年底的 347 人变为 2020 年底的 0 人（示例数据）。',
      '莒南县“当年脱贫人口（省定标准）”各年数字：2018 年 4,364 人，2019 年 未公布，2020 年 61 人（示例数据）。',
    ]);
    const en = countySeriesSummary('en', countySeriesFacts(data, JUNAN)).sentences;
    expect(en[1]).toBe(
      'People lifted out of poverty in the year (provincial standard) in Junan County: 4,364 people in 2018, not published in 2019, 61 people in 2020 (example data).',
    );
  });

  it('follows the registry for a division formed in the period and says so', () => {
    const merged = siteData([
      dataset('county-example', 'official', [
        obs('county-example', '370684', 2019, { remaining_poor: 5 }),
        obs('county-example', '370634', 2019, { remaining_poor: 3 }),
        obs('county-example', '370684', 2018, { remaining_poor: 7 }),
        obs('county-example', '370634', 2018, { remaining_poor: 4 }),
        obs('county-example', '370614', 2020, { remaining_poor: 0 }),
      ]),
    ]);
    const summary = countySeriesSummary('zh-CN', countySeriesFacts(merged, '370614'));
    expect(summary.sentences[0]).toBe('蓬莱区年末未脱贫的建档立卡贫困人口从 2018 年底的 11 人变为 2020 年底的 0 人。');
    expect(summary.notes[0]).toBe('蓬莱区是由长岛县、蓬莱市调整设立的。');
  });
});

describe('summaryText', () => {
  it('puts a space between English sentences and none after a Chinese 。', () => {
    expect(summaryText({ sentences: ['一。', '二。'], notes: [] })).toBe('一。二。');
    expect(summaryText({ sentences: ['One.', 'Two.'], notes: [] })).toBe('One. Two.');
  });
});
