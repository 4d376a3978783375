import type { SourceId } from './fields.ts';

/**
 * The documents content cites, under the same names as the datasets' `sources`
 * (each datapackage.json under data/datasets), where their web addresses are recorded. Only what was read
 * is written here: the copy of the interpretation that was read has no recorded address.
 */
export interface Citation {
  title: { zh: string; en: string };
  /** Who wrote or issued it. */
  publisher: { zh: string; en: string };
  /** Who republished the copy that was read, if not the publisher. */
  republishedBy?: { zh: string; en: string };
  /** Year (or ISO date) of publication, as far as known. */
  published?: string;
}

export const SOURCES: Record<SourceId, Citation> = {
  'interpretation-2018': {
    title: {
      zh: '解读|中共山东省委 山东省人民政府《关于打赢脱贫攻坚战三年行动的实施意见》',
      en: 'Interpretation of the Implementing Opinions of the CPC Shandong Provincial Committee and the Shandong Provincial People’s Government on Winning the Three-Year Battle Against Poverty',
    },
    publisher: { zh: '山东省扶贫开发办公室', en: 'Shandong Provincial Poverty Alleviation and Development Office' },
    republishedBy: { zh: '莒南县人民政府网站（栏目来源：县扶贫开发办公室）', en: 'the website of the Junan County People’s Government (credited to the county poverty alleviation office)' },
    published: '2018',
  },
  'dzrb-2018-02-11': {
    title: { zh: '大众日报关于 2017 年山东脱贫攻坚进展的报道', en: 'Dazhong Daily report on Shandong’s poverty alleviation in 2017' },
    publisher: { zh: '大众日报', en: 'Dazhong Daily' },
    published: '2018-02-11',
  },
  'cpad-shandong': {
    title: { zh: '山东篇（截至 2018 年底的脱贫攻坚进展）', en: 'Shandong chapter (poverty alleviation progress to the end of 2018)' },
    publisher: { zh: '国务院扶贫开发领导小组办公室网站', en: 'website of the State Council Leading Group Office of Poverty Alleviation and Development' },
  },
  'sdchina-2021-03-10': {
    title: { zh: '中国山东网英文版关于 2021 年 3 月 8 日山东省政府新闻发布会的报道', en: 'english.sdchina.com report on the Shandong provincial government press conference of 8 March 2021' },
    publisher: { zh: '中国山东网', en: 'sdchina.com' },
    published: '2021-03-10',
  },
};
