import type { Lang } from './index.ts';

/**
 * Mixed punctuation: the typography slips a reader notices first. Chinese text takes full-width
 * punctuation（，；：（）“”）and no space between a Chinese character and full-width
 * punctuation; English text takes ASCII punctuation only. Numbers, codes and Latin words inside
 * Chinese keep their ASCII (`2019 年`, `v1.2.3`, `12:30`): only punctuation touching a Chinese
 * character counts.
 */
export interface PunctuationSlip {
  /** What is wrong, in English, for test output. */
  rule: string;
  /** The text around the slip. */
  excerpt: string;
}

const HAN = String.raw`\p{Script=Han}`;
const RULES: Record<Lang, readonly { rule: string; pattern: RegExp }[]> = {
  'zh-CN': [
    {
      rule: 'ASCII punctuation after a Chinese character (use ，；：（）！？)',
      pattern: new RegExp(`${HAN} ?[,;:!?(]`, 'gu'),
    },
    {
      rule: 'ASCII punctuation before a Chinese character (use ，；：（）！？)',
      pattern: new RegExp(`[,;:!?)] ?${HAN}`, 'gu'),
    },
    { rule: 'ASCII bracket around Chinese text (use （）)', pattern: new RegExp(`\\( ?${HAN}|${HAN} ?\\)`, 'gu') },
    { rule: 'ASCII quotation mark next to Chinese text (use “”)', pattern: new RegExp(`"${HAN}|${HAN}"`, 'gu') },
    { rule: 'space before full-width punctuation', pattern: /[^\s]\s+[，。；：！？）」』”、]/gu },
    { rule: 'space after full-width opening punctuation', pattern: /[（「『“]\s+/gu },
  ],
  // Curly quotes are English typography too (they are not full-width forms), so only these count;
  // a Chinese name inside English keeps its own marks (the 《》 and （） touching its characters).
  en: [
    {
      rule: 'full-width punctuation in English text',
      pattern: new RegExp(`(?<!${HAN})[（）：；，。、！？～【】《》](?!${HAN})`, 'gu'),
    },
  ],
};

/** Every slip in `text`, read as `lang`. */
export function punctuationSlips(text: string, lang: Lang): PunctuationSlip[] {
  const slips: PunctuationSlip[] = [];
  for (const { rule, pattern } of RULES[lang]) {
    for (const match of text.matchAll(pattern)) {
      slips.push({ rule, excerpt: text.slice(Math.max(0, match.index - 12), match.index + match[0].length + 12) });
    }
  }
  return slips;
}

/**
 * Spaces around an inline link inside Chinese text: `见 <a>三年目标</a> 。` reads as a gap on the
 * page. Checked on the HTML, since a link is markup.
 */
export function linkSpacingSlips(html: string): PunctuationSlip[] {
  const patterns = [
    new RegExp(`${HAN}[ \\t]+<a\\b[^>]*>\\s*${HAN}`, 'gu'),
    new RegExp(`${HAN}\\s*</a>[ \\t]+[\\p{Script=Han}，。；：）]`, 'gu'),
  ];
  const slips: PunctuationSlip[] = [];
  for (const pattern of patterns) {
    for (const match of html.matchAll(pattern))
      slips.push({ rule: 'space around an inline link in Chinese text', excerpt: match[0].slice(0, 80) });
  }
  return slips;
}

/** Spaces after full-width punctuation before more Chinese in `html` (see AFTER_STOP). */
export function stopSpacingSlips(html: string): PunctuationSlip[] {
  return [...html.matchAll(AFTER_STOP)].map((match) => ({
    rule: 'space after full-width punctuation in Chinese text',
    excerpt: match[0].slice(0, 80),
  }));
}

/**
 * A space after a full-width stop or comma before more Chinese, across inline markup too
 * (`。<strong> 示例数据`): the full-width mark already holds its own space. Block elements are
 * not crossed, since a space between two paragraphs shows nothing.
 */
const INLINE_TAG = '(?:</?(?:a|strong|em|b|span|small|data|abbr)\\b[^>]*>)';
const AFTER_STOP = new RegExp(`[。，；：！？）]${INLINE_TAG}*[ \\t]+${INLINE_TAG}*${HAN}`, 'gu');

/**
 * The separators each language writes between parts of a line: full-width in Chinese, ASCII in
 * English. `sentence` goes between two sentences: a space in English, nothing after a full-width
 * 。, which already carries its own space.
 */
export function marks(lang: Lang): {
  comma: string;
  semicolon: string;
  open: string;
  close: string;
  colon: string;
  sentence: string;
} {
  return lang === 'en'
    ? { comma: ', ', semicolon: '; ', open: ' (', close: ')', colon: ': ', sentence: ' ' }
    : { comma: '，', semicolon: '；', open: '（', close: '）', colon: '：', sentence: '' };
}
