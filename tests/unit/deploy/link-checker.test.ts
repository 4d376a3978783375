import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LinkChecker } from '../../site/links.ts';

const ORIGIN = 'https://site.example';
const dist = mkdtempSync(join(tmpdir(), 'links-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function write(file: string, body: string): void {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), body);
}
write('index.html', '<main id="main"><a href="/a/#part">a</a></main>');
write('a/index.html', '<h2 id="part">A</h2><img src="map.svg#c1" alt="">');
write('a/map.svg', '<svg><symbol id="c1"/></svg>');
write('data.csv', 'x\n1\n');

const problemsOf = (html: string) => {
  write('page/index.html', html);
  return new LinkChecker(dist, ORIGIN).checkFile('page/index.html').map((p) => `${p.line}:${p.column} ${p.message}`);
};

describe('LinkChecker', () => {
  it('accepts pages, files, folders with their slash, relative links, ids in pages and in SVG sprites', () => {
    expect(
      problemsOf(
        '<a href="/">home</a> <a href="/a/#part">x</a> <a href="../data.csv?x=1&amp;y=2">csv</a>' +
          '<a href="#top" id="top">top</a> <use href="/a/map.svg#c1"/> <a href="https://site.example/a/">abs</a>' +
          '<a href="mailto:x@example.org">m</a> <img srcset="/a/map.svg 1x, /data.csv 2x" alt="">',
      ),
    ).toEqual([]);
  });

  it('reports a missing page, a missing id, a folder without its slash and an empty link, with line and column', () => {
    expect(
      problemsOf(
        '<a href="/b/">b</a>\n<a href="/a/#nope">n</a> <a href="/a">a</a>\n<a href="">e</a> <a href="#">h</a>',
      ),
    ).toEqual([
      '1:4 no page at this address',
      '2:4 no element with id="nope" in a/index.html',
      '2:29 a folder address without its final slash (the server answers with a redirect): add "/"',
      '3:4 an empty address',
      '3:21 an empty #fragment',
    ]);
  });

  it('lists external links without fetching them and rejects other schemes', () => {
    write('page/index.html', '<a href="https://other.example/x">o</a> <a href="ftp://f.example/">f</a>');
    const checker = new LinkChecker(dist, ORIGIN);
    expect(checker.checkFile('page/index.html').map((p) => p.message)).toEqual([
      'an external link must be http or https, not ftp:',
    ]);
    expect([...checker.external.keys()]).toEqual(['https://other.example/x']);
  });
});
