/**
 * Page weight of the built site (dist/), gzip, as a static host serves it: every county-year
 * page on a first visit, a reader's first and second county-year page in the same browser (the
 * second re-uses the cached styles, scripts and map shapes), and a first search.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageWeight, type PageWeight } from '../../src/lib/bench/page-weight.ts';

/** Budgets per county-year page, gzip (issue: README "Performance"). */
export const BUDGET = { js: 20 * 1024, total: 80 * 1024, secondPage: 20 * 1024, firstSearch: 100 * 1024 };

const read = (path: string) => readFileSync(join('dist', path));
const gzipBytes = (path: string) => gzipSync(read(path), { level: 9 }).length;

function countyYearFiles(): string[] {
  return ['dist/counties', 'dist/en/counties']
    .flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => /^\d{6}\/\d{4}\/index\.html$/.test(f))
        .map((f) => join(dir, f)),
    )
    .sort();
}

export function measurePageWeight() {
  const files = countyYearFiles();
  const weights: PageWeight[] = files.map((file) => pageWeight(readFileSync(file, 'utf8'), read));
  const stat = (key: 'html' | 'css' | 'js' | 'svg' | 'total') => {
    const values = weights.map((w) => w[key]).sort((a, b) => a - b);
    return { median: values[Math.floor(values.length / 2)] ?? 0, max: values.at(-1) ?? 0 };
  };
  // A reader opens one county of 2019, then a neighbour of the same year: the second page costs its HTML.
  const ofYear = files.filter((f) => /^dist\/counties\/\d{6}\/2019\//.test(f));
  const [a, b] = [ofYear[0]!, ofYear[1]!];
  const first = pageWeight(readFileSync(a, 'utf8'), read);
  const second = pageWeight(readFileSync(b, 'utf8'), read, new Set(first.assets));
  const brief = (file: string, w: PageWeight) => ({
    page: file.replace(/^dist/, '').replace(/index\.html$/, ''),
    html: w.html,
    css: w.css,
    js: w.js,
    svg: w.svg,
    total: w.total,
  });
  const firstSearch = Object.fromEntries(
    (['zh-CN', 'en'] as const).map((lang) => {
      const js = pageWeight(
        readFileSync(join('dist', lang === 'en' ? 'en/search' : 'search', 'index.html'), 'utf8'),
        read,
      ).js;
      const index = gzipBytes(`search/index-${lang}.json`);
      return [lang, { js, index, total: js + index }];
    }),
  );
  return {
    countyYearPage: {
      count: weights.length,
      html: stat('html'),
      css: stat('css'),
      js: stat('js'),
      svg: stat('svg'),
      total: stat('total'),
    },
    pageWeight: { first: brief(a, first), second: brief(b, second) },
    firstSearch,
  };
}
