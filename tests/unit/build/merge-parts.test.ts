import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { mergePartInto, mergeProblem } from '../../../scripts/build-parts.ts';

let root = '';
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A folder holding `files` (relative path → content). */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

it('moves each part’s own pages into the build and keeps one copy of what both wrote alike', () => {
  root = mkdtempSync(join(tmpdir(), 'merge-parts-'));
  const into = folder('a', { 'index.html': 'zh', 'counties/1/index.html': 'c1', '_astro/x.css': 'css' });
  const from = folder('b', { 'en/index.html': 'en', 'counties/2/index.html': 'c2', '_astro/x.css': 'css' });
  expect(mergePartInto(into, from)).toEqual([]);
  const files = readdirSync(into, { recursive: true, encoding: 'utf8' }).filter(
    (p) => p.endsWith('.html') || p.endsWith('.css'),
  );
  expect(files.sort()).toEqual([
    '_astro/x.css',
    'counties/1/index.html',
    'counties/2/index.html',
    'en/index.html',
    'index.html',
  ]);
  expect(readFileSync(join(into, 'counties/2/index.html'), 'utf8')).toBe('c2');
});

it('names every shared file the parts wrote differently, and a file where the other part has a folder', () => {
  root = mkdtempSync(join(tmpdir(), 'merge-parts-'));
  const into = folder('a', { '404.html': 'one', '_astro/a.js': 'same', 'robots.txt': 'x', 'api/index.json': '{}' });
  const from = folder('b', { '404.html': 'two', '_astro/a.js': 'same', 'robots.txt': 'x', api: 'file' });
  const differing = mergePartInto(into, from);
  expect(differing.sort()).toEqual(['404.html', 'api']);
  expect(readFileSync(join(into, '404.html'), 'utf8')).toBe('one');
  expect(mergeProblem(differing)).toMatch(/different files under the same name \(2\): (404\.html api|api 404\.html)/);
});
