import { describe, expect, it } from 'vitest';
import { zh } from '../../../src/lib/i18n/zh.ts';
import { en } from '../../../src/lib/i18n/en.ts';
import { linkSpacingSlips, punctuationSlips, stopSpacingSlips } from '../../../src/lib/i18n/punctuation.ts';

/**
 * Chinese text takes full-width punctuation and English ASCII: every dictionary string is
 * scanned here; the built pages of both languages are scanned by tests/e2e/typography.spec.ts,
 * once the site is built.
 */
describe('the punctuation scan', () => {
  it('finds ASCII punctuation touching Chinese, and full-width punctuation in English', () => {
    expect(punctuationSlips('“三保障”:医疗', 'zh-CN')).toHaveLength(1);
    expect(punctuationSlips('示例数据,并非真实统计', 'zh-CN').length).toBeGreaterThan(0);
    expect(punctuationSlips('县级指标 (示例)', 'zh-CN').length).toBeGreaterThan(0);
    expect(punctuationSlips('分子 人口; 分母', 'zh-CN').length).toBeGreaterThan(0);
    expect(punctuationSlips('见 “目标” 。', 'zh-CN')).toHaveLength(1);
    expect(punctuationSlips('Key（darker means more）', 'en')).toHaveLength(2);
  });
  it('leaves numbers, codes and Latin words inside Chinese alone', () => {
    for (const ok of [
      '2019 年 12 月 31 日',
      'county-example v1.2.3，发布于 2026-01-02',
      '高于临沂市 50% 的其他县（市、区）',
      '时间 12:30',
      '1～3 人',
    ]) {
      expect(punctuationSlips(ok, 'zh-CN'), ok).toEqual([]);
    }
    expect(punctuationSlips('1–3 people (tied 2 of 137): see “example”', 'en')).toEqual([]);
  });
  it('finds spaces around an inline link in Chinese text', () => {
    expect(linkSpacingSlips('详见 <a href="/policy/targets/">三年要达到的目标</a> 一节')).toHaveLength(2);
    expect(linkSpacingSlips('详见<a href="/policy/targets/">三年要达到的目标</a>一节')).toEqual([]);
  });
  it('finds a space after a full-width stop before more Chinese, across inline markup', () => {
    expect(stopSpacingSlips('来源：示例数据。<strong> 示例数据，并非真实统计。</strong>')).toHaveLength(1);
    expect(stopSpacingSlips('来源：示例数据。 <a href="#t">查看排名表</a>')).toHaveLength(1);
    expect(stopSpacingSlips('来源：示例数据。<strong>示例数据，并非真实统计。</strong><a href="#t">查看</a>')).toEqual(
      [],
    );
    // Between paragraphs a space shows nothing; in English it is the sentence gap.
    expect(stopSpacingSlips('<p>第一段。</p> <p>第二段</p>')).toEqual([]);
  });
});

describe('dictionaries', () => {
  it.each([
    ['zh-CN', zh],
    ['en', en],
  ] as const)('use the punctuation of their language (%s)', (lang, dictionary) => {
    const slips = Object.entries(dictionary).flatMap(([key, text]) =>
      punctuationSlips(text, lang).map((s) => `${key}: ${s.rule}: ${s.excerpt}`),
    );
    expect(slips).toEqual([]);
  });
});
