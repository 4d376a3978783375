import { readDivisions } from '../divisions/read.ts';
import type { Division } from '../schemas/division.ts';
import { IndicatorSchema, type Indicator } from '../schemas/indicator.ts';
import { problem, type Problem } from './problem.ts';
import type { Package, PackageResource } from './read-package.ts';
import { cellText, readRegistryRows, resourceOf, type RegistryTable } from './registry-rows.ts';

/** What the domain checks look things up in: the division registry and the indicator catalogue. */
export interface Registry {
  /** Null when the registry could not be read at all: checks that need it are skipped. Query it with src/lib/divisions. */
  divisions: readonly Division[] | null;
  indicators: Map<string, Indicator> | null;
  problems: Problem[];
}

const INDICATOR_COLUMNS = {
  id: 'id', name_zh: 'nameZh', name_en: 'nameEn', unit: 'unit', definition_zh: 'definitionZh',
  definition_en: 'definitionEn', aggregation: 'aggregation', numerator: 'numerator', denominator: 'denominator',
  better: 'better', section: 'section', not_more_than: 'notMoreThan',
} as const satisfies Record<string, keyof Indicator>;

const INDICATOR_TABLE: RegistryTable<Indicator> = {
  columns: INDICATOR_COLUMNS,
  key: 'id',
  toInput: (row) => Object.fromEntries(Object.entries(INDICATOR_COLUMNS).map(([column, key]) => [key, cellText(row.values[column])])),
  fallback: (i) => ({
    nameZh: i.id, nameEn: i.id, unit: 'person', definitionZh: i.id, definitionEn: i.id, aggregation: 'none',
    numerator: null, denominator: null, better: 'neutral', section: 'unknown', notMoreThan: null,
  }),
  schema: IndicatorSchema,
};

/**
 * The division registry and the indicator catalogue, read from their typed packages and checked
 * against src/lib/schemas (division.ts, indicator.ts). Rows that fail are reported as
 * `registry-error` and left out, so the domain checks run on whatever is sound.
 */
export function buildRegistry(divisionsPkg: Package | null, indicatorsPkg: Package | null): Registry {
  const divisions = readDivisions(divisionsPkg);
  const indicators = readIndicators(indicatorsPkg);
  return { divisions: divisions.divisions, indicators: indicators.indicators, problems: [...divisions.problems, ...indicators.problems] };
}

/**
 * The indicator catalogue from the `indicators` package as `readPackage` typed it, by id in file
 * order, the one place its CSV columns become `Indicator`s; null when there is no table to read.
 * `problems` holds the `registry-error`s: cells the schema refuses and references to unknown ids.
 */
export function readIndicators(pkg: Package | null): { indicators: Map<string, Indicator> | null; problems: Problem[] } {
  const res = resourceOf(pkg, 'indicators');
  if (res === null) return { indicators: null, problems: [] };
  const problems: Problem[] = [];
  const indicators = new Map(readRegistryRows(res, INDICATOR_TABLE, problems).map((i) => [i.id, i]));
  problems.push(...checkIndicatorLinks(res, indicators));
  return { indicators, problems };
}

function checkIndicatorLinks(res: PackageResource, map: Map<string, Indicator>): Problem[] {
  const problems: Problem[] = [];
  const lineOf = new Map(res.rows.map((r) => [String(r.values.id), r.line]));
  for (const ind of map.values()) {
    for (const [column, ref] of [['not_more_than', ind.notMoreThan], ['numerator', ind.numerator], ['denominator', ind.denominator]] as const) {
      if (ref !== null && !map.has(ref))
        problems.push(
          problem({ file: res.file, line: lineOf.get(ind.id) ?? 1, column: res.columnOf.get(column) ?? 1, field: column, type: 'registry-error', message: `${column} 引用的指标 ${ref} 不在指标目录中` }),
        );
    }
  }
  return problems;
}
