import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { catalogueFiles } from '../../../src/lib/site-data/catalogue.ts';

/**
 * Every CSV endpoint under src/pages (found on disk, so a new one cannot slip past) must start
 * with a UTF-8 byte-order mark, or Excel on Chinese Windows garbles the names. The canonical
 * files of data/ are the one exception: they stay byte-identical, and their twins carry the mark.
 */
const PAGES = 'src/pages';
const BOM = [0xef, 0xbb, 0xbf];

function csvRoutes(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? csvRoutes(join(dir, e.name)) : /\.csv\.ts$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

type Route = {
  getStaticPaths: () => Array<{ params: Record<string, string>; props?: Record<string, unknown> }>;
  GET: (context: { params: Record<string, string>; props: Record<string, unknown> }) => Response | Promise<Response>;
};

async function bodyOf(route: Route, entry: ReturnType<Route['getStaticPaths']>[number]): Promise<Uint8Array> {
  const response = await route.GET({ params: entry.params, props: entry.props ?? {} });
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  return new Uint8Array(await response.arrayBuffer());
}

const routes = csvRoutes(PAGES);

describe('every CSV the site serves', () => {
  it('finds the CSV endpoints (county-year, county all years, prefecture, ranking, Excel twins)', () => {
    expect(routes.map((r) => relative(PAGES, r)).sort()).toEqual(
      expect.arrayContaining([
        'api/counties/[code]/[year].csv.ts',
        'api/counties/[code]/all-years.csv.ts',
        'api/indicators/[id]/[year].csv.ts',
        'api/prefectures/[code]/[year].csv.ts',
        'data/[...file].excel.csv.ts',
      ]),
    );
  });

  it.each(routes.map((r) => [relative(PAGES, r), r]))(
    '%s starts with a byte-order mark and parses with one header row',
    async (_, file) => {
      const route = (await import(pathToFileURL(join(process.cwd(), file)).href)) as Route;
      const entries = route.getStaticPaths();
      expect(entries.length).toBeGreaterThan(0);
      // The first, a middle and the last file: enough to catch a route that forgets the mark.
      for (const entry of [entries[0]!, entries[Math.floor(entries.length / 2)]!, entries.at(-1)!]) {
        const bytes = await bodyOf(route, entry);
        expect([...bytes.slice(0, 3)], JSON.stringify(entry.params)).toEqual(BOM);
        const rows = parse(Buffer.from(bytes), { bom: true, columns: true }) as Record<string, string>[];
        expect(rows.length, JSON.stringify(entry.params)).toBeGreaterThan(0);
        expect(Object.keys(rows[0]!)[0]).not.toMatch(/^\uFEFF/);
      }
    },
  );
});

describe('the canonical data/ CSVs and their Excel twins', () => {
  it('serves each canonical file byte for byte, and its twin as the same bytes behind a BOM', async () => {
    const raw = (await import(pathToFileURL(join(process.cwd(), PAGES, 'data/[...file].ts')).href)) as Route;
    const twin = (await import(pathToFileURL(join(process.cwd(), PAGES, 'data/[...file].excel.csv.ts')).href)) as Route;
    const twins = new Map(twin.getStaticPaths().map((e) => [e.params.file, e]));
    const tables = catalogueFiles().filter((f) => f.file.endsWith('.csv'));
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const f of tables) {
      const disk = new Uint8Array(readFileSync(f.absolute));
      const entry = raw.getStaticPaths().find((e) => e.params.file === f.file)!;
      const served = new Uint8Array(await (await raw.GET({ params: entry.params, props: entry.props! })).arrayBuffer());
      expect(Buffer.from(served).equals(Buffer.from(disk)), f.file).toBe(true);
      expect([...served.slice(0, 3)], f.file).not.toEqual(BOM);
      const twinEntry = twins.get(f.file.replace(/\.csv$/, ''));
      expect(twinEntry, f.file).toBeDefined();
      const excel = await bodyOf(twin, twinEntry!);
      expect(Buffer.from(excel).equals(Buffer.concat([Buffer.from(BOM), Buffer.from(disk)])), f.file).toBe(true);
    }
  });
});
