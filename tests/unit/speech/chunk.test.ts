import { describe, expect, it } from 'vitest';
import { chunkBlocks, chunkText, MAX_CHARS } from '../../../src/lib/speech/chunk.ts';

describe('cutting text into utterances Chrome speaks whole', () => {
  it('keeps a short block whole', () => {
    expect(chunkText('  累计脱贫135,136人。 ', 50)).toEqual(['累计脱贫135,136人。']);
  });

  it('cuts a long Chinese block at sentence ends, packing sentences that fit together', () => {
    const sentence = '全省建档立卡贫困人口全部脱贫。'; // 15 characters
    const pieces = chunkText(sentence.repeat(7), MAX_CHARS['zh-CN']);
    expect(pieces).toEqual([sentence.repeat(3), sentence.repeat(3), sentence]);
  });

  it('cuts a sentence longer than the limit at its commas, then anywhere', () => {
    const clause = '一二三四五六七八九十，';
    const long = clause.repeat(8) + '末。';
    const pieces = chunkText(long, 25);
    expect(pieces.every((p) => p.length <= 25)).toBe(true);
    expect(pieces.join('')).toBe(long);
    expect(pieces[0]).toBe(clause.repeat(2));
    expect(chunkText('字'.repeat(120), 50)).toEqual(['字'.repeat(50), '字'.repeat(50), '字'.repeat(20)]);
  });

  it('cuts English at sentence ends and spaces, never inside a number or a word', () => {
    const text =
      'The plan covers 2018 to 2020. It lifted 1.5 million people out of poverty in the province. ' +
      'Every county reported its figures: households, people and villages.';
    const pieces = chunkText(text, 60);
    expect(pieces.every((p) => p.length <= 60)).toBe(true);
    expect(pieces.join(' ')).toBe(text);
    expect(pieces).toContain('The plan covers 2018 to 2020.');
    const words = chunkText('word '.repeat(60), 50);
    expect(words.every((p) => p.length <= 50 && !/^\s|\s$/.test(p) && /^(word ?)+$/.test(p))).toBe(true);
  });

  it('never loses or reorders text, whatever the limit', () => {
    const blocks = ['第一段。第二句，很长的一句话，还有更多。', 'Short.', ''];
    for (const max of [5, 8, 13, 50]) {
      const pieces = chunkBlocks(blocks, max);
      expect(pieces.every((p) => p.length > 0 && p.length <= max)).toBe(true);
      expect(pieces.join('').replace(/\s/g, '')).toBe(blocks.join('').replace(/\s/g, ''));
    }
  });
});
