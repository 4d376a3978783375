import { expect, it } from 'vitest';
import { jsImports, pageWeight } from '../../../src/lib/bench/page-weight.ts';

const files: Record<string, string> = {
  '/_astro/a.css': 'body{color:red}'.repeat(50),
  '/_astro/map.js': 'import{x}from"./shared.js";console.log(x)'.repeat(20),
  '/_astro/shared.js': 'export const x=1;'.repeat(20),
  '/_astro/map-2019.abc.svg': '<svg><path id="c1" d="M0,0L1,1Z"/></svg>'.repeat(20),
};
const read = (path: string) => {
  const text = files[path];
  if (text === undefined) throw new Error(`not built: ${path}`);
  return new TextEncoder().encode(text);
};

it('follows static imports of module scripts and counts each asset once', () => {
  const html =
    '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/map.js"></script><script type="module" src="/_astro/map.js"></script>';
  const weight = pageWeight(html, read);
  expect(weight.assets.sort()).toEqual(['/_astro/a.css', '/_astro/map.js', '/_astro/shared.js']);
  expect(weight.js).toBeGreaterThan(0);
  expect(weight.total).toBe(weight.html + weight.css + weight.js);
});

it('resolves relative imports against the importing module', () => {
  expect(jsImports('import"./b.js";export{y}from"../c.js"', '/_astro/sub/a.js')).toEqual([
    '/_astro/sub/b.js',
    '/_astro/c.js',
  ]);
});

it('follows the dynamic import() of a lazily loaded module too', () => {
  expect(jsImports('const m=()=>import(`./run.abc.js`);import("../d.js")', '/_astro/sub/a.js')).toEqual([
    '/_astro/sub/run.abc.js',
    '/_astro/d.js',
  ]);
});

it('counts no script for a page without one', () => {
  expect(pageWeight('<p>hi</p>', read).js).toBe(0);
});

it('counts the map shapes a page draws by <use> once, and nothing of them on a second page', () => {
  const page = (code: string) =>
    `<link rel="stylesheet" href="/_astro/a.css"><svg><a href="/${code}/"><use href="/_astro/map-2019.abc.svg#c${code}"/></a>` +
    `<a href="/2/"><use href="/_astro/map-2019.abc.svg#c2"/></a></svg>`;
  const first = pageWeight(page('1'), read);
  expect(first.assets.sort()).toEqual(['/_astro/a.css', '/_astro/map-2019.abc.svg']);
  expect(first.svg).toBeGreaterThan(0);
  expect(first.total).toBe(first.html + first.css + first.svg);
  const second = pageWeight(page('3'), read, new Set(first.assets));
  expect([second.css, second.js, second.svg]).toEqual([0, 0, 0]);
  expect(second.total).toBe(second.html);
});
