/**
 * What a pull request changes in data/: every dataset table compared with the same table at a
 * base (a git ref or the last release, read by the caller), as the values that change (division,
 * indicator, year, old → new), the pages that show them, and the changes worth a second look
 * (src/lib/data/jumps.ts; sums that no longer add up). Pure apart from reading data/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { divisionByCode } from '../divisions/index.ts';
import { diffCsvText, parseRows, type DiffSchema, type ValuesDiff } from '../releases/diff-values.ts';
import type { Division } from '../schemas/division.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { countyYearPath, indicatorYearPath, prefectureYearPath, yearPath } from '../routes.ts';
import { findJumps, type Checked, type Jump } from './jumps.ts';
import type { Problem } from './problem.ts';

/** The version of a file to compare with: its text at the base, or null when it did not exist there. */
export type ReadBase = (file: string) => string | null;

export interface TableChanges {
  dataset: string;
  /** The table's path as the validator shows it. */
  file: string;
  /** True when the table did not exist at the base. */
  isNew: boolean;
  diff: ValuesDiff;
  jumps: Jump[];
  /** Sum problems of the new table at an indicator and year that changed: parts that no longer add up. */
  sums: Problem[];
}

export interface Comparison {
  /** What was compared with, e.g. `origin/main (3f2c1ab)` or `the last release of each dataset`. */
  base: string;
  tables: TableChanges[];
}

interface Catalogue {
  divisions: readonly Division[] | null;
  indicators: ReadonlyMap<string, Indicator> | null;
}

const SUM_TYPES = new Set(['sum-mismatch', 'exceeds-parent']);

/** Compares every table of `datasets/*` in `dataDir` with its base; tables without changes are left out. */
export function compareWithBase(dataDir: string, readBase: ReadBase, catalogue: Catalogue, problems: readonly Problem[]): TableChanges[] {
  const out: TableChanges[] = [];
  const datasetsDir = join(dataDir, 'datasets');
  if (!existsSync(datasetsDir)) return out;
  for (const name of readdirSync(datasetsDir).sort()) {
    for (const table of tablesOf(join(datasetsDir, name))) {
      if (!existsSync(table.file)) continue;
      const after = readFileSync(table.file, 'utf8');
      const before = readBase(table.file);
      const diff = diffCsvText(before ?? '', after, table.schema);
      if (before !== null && diff.changed.length + diff.added.length + diff.removed.length === 0) continue;
      const rows = parseRows(after);
      const checked: Checked[] = [
        ...diff.changed.flatMap((c) => (c.division && c.year !== null && c.indicator === c.field ? [{ division: c.division, indicator: c.field, year: c.year, line: c.line }] : [])),
        ...diff.added.flatMap((r) =>
          r.division && r.year !== null && !('indicator' in r.values)
            ? Object.keys(r.values).map((indicator) => ({ division: r.division!, indicator, year: r.year!, line: r.line }))
            : [],
        ),
      ];
      const unitOf = (id: string) => catalogue.indicators?.get(id)?.unit;
      const yearAtLine = new Map(rows.map((r) => [r.line, r.cells.year]));
      const touched = new Set(checked.map((c) => `${c.indicator}|${c.year}`));
      const sums = problems.filter(
        (p) => p.file === table.file && SUM_TYPES.has(p.type) && touched.has(`${p.field}|${yearAtLine.get(p.line)}`),
      );
      out.push({ dataset: name, file: table.file, isNew: before === null, diff, jumps: findJumps(rows, checked, unitOf), sums });
    }
  }
  return out;
}

/** The CSV tables a dataset's descriptor names, with what the diff needs of their schema. */
function tablesOf(dir: string): Array<{ file: string; schema: DiffSchema }> {
  try {
    const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as {
      resources?: Array<{ path?: unknown; schema?: { fields?: Array<{ name: string; type: string }>; primaryKey?: unknown } }>;
    };
    return (descriptor.resources ?? []).flatMap((r) =>
      typeof r.path === 'string' && Array.isArray(r.schema?.fields)
        ? [{ file: join(dir, r.path), schema: { fields: r.schema.fields, primaryKey: keyOf(r.schema.primaryKey) } }]
        : [],
    );
  } catch {
    // An unreadable descriptor is the validator's to report; there is nothing to compare.
    return [];
  }
}

const keyOf = (key: unknown): string[] => (typeof key === 'string' ? [key] : Array.isArray(key) ? key.filter((k) => typeof k === 'string') : []);

/**
 * The pages that show a division's value of an indicator in a year (Chinese addresses): the
 * division's page for the year and the indicator's map for the year, those of them that exist.
 */
export function pagesFor(
  divisions: readonly Division[] | null,
  change: { division: string | null; indicator: string | null; year: number | null },
  exists: (path: string) => boolean,
): string[] {
  const { indicator, year } = change;
  if (year === null) return [];
  const division = change.division && divisions ? divisionByCode(divisions, change.division) : undefined;
  const paths = {
    county: () => countyYearPath(division!.code, year, 'zh-CN'),
    prefecture: () => prefectureYearPath(division!.code, year, 'zh-CN'),
    province: () => yearPath(year, 'zh-CN'),
  };
  const own = division ? paths[division.level]() : null;
  return [own, indicator ? indicatorYearPath(indicator, year, 'zh-CN') : null].filter(
    (p): p is string => p !== null && exists(p),
  );
}
