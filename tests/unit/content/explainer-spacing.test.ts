import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { stopSpacingSlips } from '../../../src/lib/i18n/punctuation.ts';

/**
 * The Chinese explainers' bodies put no space after a full-width stop or comma: the mark holds
 * its own space, and a space after it shows as a gap in the middle of the text. The usual slip
 * is a bold lead-in closed after its stop (`**低保。** 完善…`), which needs the space only
 * because Markdown does not close `**` between a stop and a Han character; writing the stop
 * after the bold (`**低保**。完善…`) needs none. Checked on the source, where the line is known.
 */
const DIR = 'content/policy/zh';

it('Chinese explainer bodies put no space after full-width punctuation', () => {
  const slips: string[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.mdx'))) {
    const text = readFileSync(join(DIR, file), 'utf8');
    const bodyStart = text.indexOf('\n---', 3) + 4;
    text
      .slice(bodyStart)
      .split('\n')
      .forEach((line, i) => {
        // Emphasis marks and components (<Term>, <PageLink>) are inline: read through them.
        const plain = line.replace(/\*\*|<\/?[A-Z][A-Za-z]*\b[^>]*>/g, '');
        const line1 = text.slice(0, bodyStart).split('\n').length + i;
        for (const slip of stopSpacingSlips(plain)) slips.push(`${file}:${line1}: ${slip.excerpt}`);
      });
  }
  expect(slips).toEqual([]);
});
