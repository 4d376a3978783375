import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { linkSpacingSlips, punctuationSlips, stopSpacingSlips } from '../../src/lib/i18n/punctuation.ts';
import { textRuns } from '../support/page-text.ts';

/**
 * Every built page, read as its readers read it: Chinese text with full-width punctuation and no
 * spaces around inline links, English text with ASCII. Text marked as another language
 * (`lang`) is checked as that language; quotations keep their source's punctuation. Reads dist/
 * from disk (no browser needed), after the build that the browser tests run on.
 */
function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return pages(path);
    return path.endsWith('.html') ? [path] : [];
  });
}

for (const [lang, root] of [
  ['zh-CN', 'dist'],
  ['en', join('dist', 'en')],
] as const) {
  test(`built pages use the punctuation of their language (${lang})`, () => {
    const files = pages(root).filter((f) => lang === 'en' || !f.startsWith(join('dist', 'en')));
    expect(files.length).toBeGreaterThan(100);
    const slips = new Map<string, string[]>();
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const found = textRuns(html, lang).flatMap((run) =>
        run.lang === 'en' || run.lang.startsWith('zh')
          ? punctuationSlips(run.text, run.lang === 'en' ? 'en' : 'zh-CN')
          : [],
      );
      if (lang === 'zh-CN') found.push(...linkSpacingSlips(html));
      for (const slip of found) {
        const key = `${slip.rule}: “${slip.excerpt}”`;
        slips.set(key, [...(slips.get(key) ?? []), file]);
      }
    }
    // One line per distinct slip, with the first page it is on and how many pages share it.
    const report = [...slips].map(
      ([key, files]) => `${key} (${files[0]}${files.length > 1 ? ` and ${files.length - 1} more` : ''})`,
    );
    expect(report).toEqual([]);
  });
}

// The places built from several sentences by the templates: captions, the footer, the lede of an
// indicator-year page, download notes and the targets table's notes.
const JOINED_SENTENCES = [
  /<figcaption\b[\s\S]*?<\/figcaption>/g,
  /<footer class="site-footer">[\s\S]*?<\/p>/g,
  /<p class="lede">[\s\S]*?<\/p>/g,
  /<section class="downloads"[\s\S]*?<\/section>/g,
  /<span class="fine">[\s\S]*?<\/span>/g,
];

test('Chinese captions, footers, ledes, download notes and target notes put no space between their sentences', () => {
  const files = pages('dist').filter((f) => !f.startsWith(join('dist', 'en')));
  const slips = new Set<string>();
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    for (const pattern of JOINED_SENTENCES)
      for (const part of html.matchAll(pattern))
        for (const slip of stopSpacingSlips(part[0])) slips.add(`${slip.excerpt} (${file})`);
  }
  expect([...slips]).toEqual([]);
});
