import { expect, it } from 'vitest';
import { escapeXml, textEms, wrapText } from '../../../src/lib/share/svg-text.ts';

it('escapes the characters XML reserves', () => {
  expect(escapeXml(`a<b & "c">`)).toBe('a&lt;b &amp; &quot;c&quot;&gt;');
});

it('counts Han characters and full-width punctuation as one em, Latin as about half', () => {
  expect(textEms('莒南县（')).toBe(4);
  expect(textEms('ab')).toBeCloseTo(1.1);
});

it('breaks Chinese between characters, never before closing punctuation', () => {
  const lines = wrapText('边界为示意图，非标准地图，依据开源数据。', 7 * 10, 10);
  expect(lines.join('')).toBe('边界为示意图，非标准地图，依据开源数据。');
  for (const line of lines) expect(line).not.toMatch(/^[，。]/);
  expect(lines.length).toBeGreaterThan(2);
});

it('breaks English after spaces and keeps words whole', () => {
  const text = 'Boundaries are illustrative, not an official standard map';
  const lines = wrapText(text, 150, 10);
  expect(lines.join(' ')).toBe(text);
  for (const line of lines) expect(text.split(' ')).toEqual(expect.arrayContaining(line.split(' ')));
});
