import { describe, expect, it } from 'vitest';
import { langAttr, langOf, textIn } from '../../../src/lib/i18n/bilingual.ts';

describe('bilingual data text', () => {
  const note = '人数为来源所载的整数。 / A round figure in the source.';
  it('picks the reader’s half of a `中文 / English` cell', () => {
    expect(textIn('zh-CN', note)).toEqual({ text: '人数为来源所载的整数。', lang: 'zh-CN' });
    expect(textIn('en', note)).toEqual({ text: 'A round figure in the source.', lang: 'en' });
  });
  it('splits at the first separator only, so the English half may contain one', () => {
    expect(textIn('zh-CN', '约数 / rounded, see A / B').text).toBe('约数');
    expect(textIn('en', '约数 / rounded, see A / B').text).toBe('rounded, see A / B');
  });
  it('returns one-language text whole, tagged with the language it is in (WCAG 3.1.2)', () => {
    expect(textIn('en', '来源表中有该市一行')).toEqual({ text: '来源表中有该市一行', lang: 'zh-CN' });
    expect(textIn('en', 'only one language')).toEqual({ text: 'only one language', lang: 'en' });
    expect(langOf('CC0 1.0')).toBe('en');
    expect(langOf('The division is a prefecture (地级市) or a county (县级: 市辖区, 县级市, 县).')).toBe('en');
    expect(langOf('山东省扶贫开发办公室 2018 年报告')).toBe('zh-CN');
  });
  it('asks for a lang attribute only where the text is not in the page’s language', () => {
    expect(langAttr('en', '山东省统计局')).toBe('zh-CN');
    expect(langAttr('zh-CN', '山东省统计局')).toBeUndefined();
    expect(langAttr('zh-CN', 'CC0 1.0')).toBe('en');
    expect(langAttr('en', 'CC0 1.0')).toBeUndefined();
  });
});
