import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatText, validateDataDir } from '../../../src/lib/data/index.ts';
import { mixedScripts } from '../../../src/lib/data/text-rules.ts';
import { isSafeLink } from '../../../src/lib/schemas/dataset.ts';
import { toCsv } from '../../../src/lib/site-data/export.ts';
import { descriptorHref } from '../../../src/lib/site-data/links.ts';
import { site } from '../../../src/lib/site.ts';
import { materialise, type Materialised } from './harness.ts';

/**
 * What a careless or hostile pull request to data/ must not get through: live links, files
 * outside the folder, and cells a spreadsheet would run. The fixtures in bad/ cover each attack
 * with its report; these tests check the parts a golden report cannot show.
 */
const made: Materialised[] = [];
afterAll(() => made.forEach((m) => m.cleanup()));
const fixture = (name: string | null) => {
  const m = materialise(name);
  made.push(m);
  return m;
};

describe('links in descriptors', () => {
  test.each([
    'https://www.dzwww.com/2016/jzfpsjb/',
    'http://english.sdchina.com/show/4601812.html',
    'docs/sources.md',
    'docs/sources.md#dzwww-2016',
    'data/README.md#sources-without-a-web-address',
    'docs/sources/',
  ])('accepts %s', (link) => expect(isSafeLink(link)).toBe(true));

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox',
    'mailto:someone@example.com',
    'https:example.com',
    '//evil.example/x',
    '/etc/passwd',
    '../../etc/passwd',
    'docs/../../etc/passwd',
    'docs\\sources.md',
    'docs//sources.md',
    'https://example.com/\u202Egpj.exe',
    '',
  ])('refuses %j', (link) => expect(isSafeLink(link)).toBe(false));

  test('the site makes a repository path absolute from its configuration and refuses anything unsafe', () => {
    expect(descriptorHref('docs/sources.md#x')).toBe(`${site.repositoryUrl}/blob/${site.branch}/docs/sources.md#x`);
    expect(descriptorHref('https://example.com/a')).toBe('https://example.com/a');
    expect(() => descriptorHref('javascript:alert(1)')).toThrow(/Refusing to publish/);
  });
});

describe('files, not links', () => {
  test('a symlink to a system file is refused without printing anything of it', () => {
    const m = fixture('symlink-system-file');
    const text = formatText(validateDataDir(m.data), { cwd: m.root });
    expect(text).toContain('source-error');
    expect(text).not.toMatch(/root:|nologin|\/bin\/(ba)?sh/);
  });

  test('a FIFO in place of a CSV is refused and does not block the validator', () => {
    const m = fixture(null);
    const csv = join(m.data, 'datasets/county-example/county-example.csv');
    rmSync(csv);
    if (spawnSync('mkfifo', [csv]).status !== 0) return; // no mkfifo on this system: nothing to test
    const report = validateDataDir(m.data);
    expect(report.problems.map((p) => [p.file, p.type])).toContainEqual([csv, 'source-error']);
  });
});

describe('text cells', () => {
  test('names may be one script, or Latin with Han (UTS #39 highly restrictive)', () => {
    expect(mixedScripts('Lixia District')).toBeNull();
    expect(mixedScripts('莱芜区')).toBeNull();
    expect(mixedScripts('Lüshun 旅顺')).toBeNull();
    expect(mixedScripts('Pingyin C\u043Eunty')).toMatchObject({ scripts: ['Latin', 'Cyrillic'], at: 10 });
    expect(mixedScripts('\u0391thens')).toMatchObject({ scripts: ['Greek', 'Latin'] });
  });

  test('a report shows invisible characters by code point, never raw', () => {
    const m = fixture('bidi-control');
    const text = formatText(validateDataDir(m.data), { cwd: m.root });
    expect(text).toContain('U+202E');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('CSV downloads neutralise formulas (second line of defence)', () => {
  test('text starting with = + - @ tab or CR gets a leading quote; numbers stay numbers', () => {
    const csv = toCsv([
      { a: '=HYPERLINK("http://x")', b: -1 },
      { a: '@SUM(1)', b: 2 },
      { a: '+1', b: 0 },
      { a: '-x', b: 0 },
      { a: '\t=1', b: 0 },
      { a: 'plain', b: 0 },
    ]);
    expect(csv.split('\r\n')).toEqual(['a,b', `"'=HYPERLINK(""http://x"")",-1`, `"'@SUM(1)",2`, `"'+1",0`, `"'-x",0`, `"'\t=1",0`, 'plain,0', '']);
  });
});
