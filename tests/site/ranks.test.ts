import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, listFiles } from './dist-files.ts';

/**
 * "A tie as rank 1" reads wrongly: when every division has the same figure there is no order,
 * and a page that says each is "tied 1st" tells a reader they all came first. Whatever the data,
 * no built page may say so in a figure table, a rank table or a summary sentence.
 */
const pages = listFiles()
  .filter((f) => f.endsWith('.html'))
  .map((file) => ({ file, html: readFileSync(join(DIST, file), 'utf8') }));

/** The visible text of each rank cell (first cell of a row) of every rank table in `html`. */
function rankTables(html: string): string[][] {
  return [...html.matchAll(/<table class="rank-table[^"]*"[^>]*>([\s\S]*?)<\/table>/g)].map(([, table]) =>
    [...table!.matchAll(/<tr[^>]*>\s*<td[^>]*>([^<]*)<\/td>/g)].map(([, cell]) => cell!.trim()),
  );
}

describe(`ranks in the built site (${DIST}/)`, () => {
  it('reads every page', () => {
    expect(pages.length).toBeGreaterThan(1000);
  });

  it('never gives a figure "tied 1 of N" when all N share it', () => {
    const wrong = pages.flatMap(({ file, html }) =>
      [...html.matchAll(/data-tied="(\d+)"[^>]*>(?:并列 1 \/ (\d+)|tied 1 of (\d+))</g)]
        .filter(([, shared, zh, en]) => shared === (zh ?? en))
        .map(([match]) => `${file}: ${match}`),
    );
    expect(wrong.slice(0, 10), `${wrong.length} cells`).toEqual([]);
  });

  it('never ranks every row of a rank table "tied 1"', () => {
    const wrong = pages.flatMap(({ file, html }) =>
      rankTables(html)
        .filter((cells) => cells.length > 1 && cells.every((c) => c === '并列 1' || c === 'tied 1'))
        .map((cells) => `${file}: ${cells.length} rows`),
    );
    expect(wrong.slice(0, 10), `${wrong.length} tables`).toEqual([]);
  });

  it('explains a rank table without ranks: every county with a figure (or a change) has the same one', () => {
    const unexplained = pages
      .filter(({ html }) => rankTables(html).some((cells) => cells.length > 1 && cells.every((c) => c === '—')))
      .filter(
        ({ html }) =>
          !/data-all-tied>\s*(有数字的 \d+ 个县|All \d+ counties with a figure|可比较的 \d+ 个县|All \d+ counties that can be compared)/.test(
            html,
          ),
      )
      .map(({ file }) => file);
    expect(unexplained.slice(0, 10), `${unexplained.length} pages`).toEqual([]);
  });

  it('never says in a summary that all N are tied first', () => {
    const wrong = pages.flatMap(({ file, html }) =>
      [
        ...html.matchAll(/(\d+) 个[^，。<]*中从多到少并列第 1（(\d+) 个并列）/g),
        ...html.matchAll(/tied at rank 1 of the (\d+) [^<]*?\((\d+) share it/g),
      ]
        .filter(([, of, shared]) => of === shared)
        .map(([match]) => `${file}: ${match}`),
    );
    expect(wrong.slice(0, 10), `${wrong.length} sentences`).toEqual([]);
  });
});
