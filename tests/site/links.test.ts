import { describe, expect, it } from 'vitest';
import { DIST, listFiles, siteOrigin } from './dist-files.ts';
import { LinkChecker, type LinkProblem } from './links.ts';

const format = (p: LinkProblem) => `${p.file}:${p.line}:${p.column} ${p.link}: ${p.message}`;

describe(`links in the built site (${DIST}/)`, () => {
  const checker = new LinkChecker(DIST, siteOrigin());
  const files = listFiles().filter((f) => /\.(html|svg)$/.test(f));
  const problems = files.flatMap((file) => checker.checkFile(file));

  it('checks every page of the build', () => {
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(1000);
  });

  it('every internal href, src and #fragment resolves to a file and an element id', () => {
    expect(problems.slice(0, 50).map(format), `${problems.length} broken links`).toEqual([]);
  });

  it('external links are valid http(s) URLs (listed, never fetched)', () => {
    const list = [...checker.external].map(([url, count]) => `${count}× ${url}`);
    console.log(`external links (${list.length}):\n  ${list.join('\n  ')}`);
    for (const url of checker.external.keys()) expect(() => new URL(url)).not.toThrow();
  });
});
