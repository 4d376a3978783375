import type { z } from 'zod';
import { DivisionSchema, type Division } from '../schemas/division.ts';
import { IndicatorSchema, type Indicator } from '../schemas/indicator.ts';
import type { CellValue } from './cast.ts';
import type { TypedRow } from './check-rows.ts';
import { problem, type Problem } from './problem.ts';
import type { Package, PackageResource } from './read-package.ts';
import { friendlyZodIssues } from './zod-messages.ts';

/**
 * The division registry and the indicator catalogue, read from their typed packages and checked
 * against src/lib/schemas (division.ts, indicator.ts). Rows that fail are reported as
 * `registry-error` and left out, so the domain checks run on whatever is sound.
 */
export interface Registry {
  /** Null when the registry could not be read at all: checks that need it are skipped. */
  divisions: Map<string, Division> | null;
  indicators: Map<string, Indicator> | null;
  problems: Problem[];
}

/** CSV column (snake_case) → schema property (camelCase), for both tables. */
const DIVISION_COLUMNS: Record<string, keyof Division> = {
  code: 'code', level: 'level', kind: 'kind', name_zh: 'nameZh', name_en: 'nameEn', parent: 'parent',
  valid_from: 'validFrom', valid_to: 'validTo', successors: 'successors', change_document: 'changeDocument',
};
const INDICATOR_COLUMNS: Record<string, keyof Indicator> = {
  id: 'id', name_zh: 'nameZh', name_en: 'nameEn', unit: 'unit', definition_zh: 'definitionZh',
  definition_en: 'definitionEn', aggregation: 'aggregation', numerator: 'numerator', denominator: 'denominator',
  better: 'better', section: 'section', not_more_than: 'notMoreThan',
};

/** Stand-ins for cells already reported as bad: blank where the schema allows it, else the code or id. */
const DIVISION_FALLBACK = (d: Record<string, unknown>) => ({
  level: 'county', kind: '县', nameZh: d.code, nameEn: d.code, parent: null, validFrom: null, validTo: null, successors: [], changeDocument: null,
});
const INDICATOR_FALLBACK = (i: Record<string, unknown>) => ({
  nameZh: i.id, nameEn: i.id, unit: 'person', definitionZh: i.id, definitionEn: i.id, aggregation: 'none',
  numerator: null, denominator: null, better: 'neutral', section: 'unknown', notMoreThan: null,
});

/** A blank or missing cell is null; anything else its text. */
const text = (v: CellValue | undefined): string | null => (v === null || v === undefined || v === '' ? null : String(v));

function resourceOf(pkg: Package | null, name: string): PackageResource | null {
  return pkg?.resources.find((r) => r.name === name) ?? pkg?.resources[0] ?? null;
}

/**
 * Parses each row with the zod schema. A row whose only problems are in cells already reported
 * (type or constraint errors) is kept with neutral stand-ins for those cells (`fallback`), so one
 * typo in the registry does not turn every dataset row that uses the division into an error too.
 */
function readRows<T>(
  res: PackageResource,
  columns: Record<string, string>,
  key: string,
  toInput: (row: TypedRow) => Record<string, unknown>,
  fallback: (input: Record<string, unknown>) => Record<string, unknown>,
  schema: z.ZodType<T>,
  problems: Problem[],
): T[] {
  const back = Object.fromEntries(Object.entries(columns).map(([col, prop]) => [prop, col]));
  const out: T[] = [];
  for (const row of res.rows) {
    if (row.misaligned || row.invalid.includes(key) || typeof row.values[key] !== 'string') continue;
    const input = toInput(row);
    const parsed = schema.safeParse(input, { reportInput: true });
    if (parsed.success) {
      out.push(parsed.data);
      continue;
    }
    const fresh = friendlyZodIssues(parsed.error.issues)
      .map((issue) => ({ ...issue, column: back[String(issue.path[0])] ?? String(issue.path[0]) }))
      .filter((issue) => !row.invalid.includes(issue.column));
    if (fresh.length === 0) {
      const failed = new Set(parsed.error.issues.map((i) => String(i.path[0])));
      const stand = fallback(input);
      const patched = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, failed.has(k) ? stand[k] : v]));
      const again = schema.safeParse(patched);
      if (again.success) out.push(again.data);
    }
    for (const issue of fresh) {
      problems.push(
        problem({ file: res.file, line: row.line, column: res.columnOf.get(issue.column) ?? 1, field: issue.column, type: 'registry-error', message: `${issue.column}：${issue.message}` }),
      );
    }
  }
  return out;
}

export function buildRegistry(divisionsPkg: Package | null, indicatorsPkg: Package | null): Registry {
  const problems: Problem[] = [];
  const divRes = resourceOf(divisionsPkg, 'divisions');
  const indRes = resourceOf(indicatorsPkg, 'indicators');
  const divisions = divRes
    ? readRows<Division>(divRes, DIVISION_COLUMNS, 'code', (row) => {
        const v = row.values;
        return {
          ...Object.fromEntries(Object.entries(DIVISION_COLUMNS).map(([col, prop]) => [prop, text(v[col])])),
          successors: (text(v.successors) ?? '').split(';').map((s) => s.trim()).filter(Boolean),
        };
      }, DIVISION_FALLBACK, DivisionSchema, problems)
    : null;
  const indicators = indRes
    ? readRows<Indicator>(indRes, INDICATOR_COLUMNS, 'id', (row) =>
        Object.fromEntries(Object.entries(INDICATOR_COLUMNS).map(([col, prop]) => [prop, text(row.values[col])])),
      INDICATOR_FALLBACK, IndicatorSchema, problems)
    : null;
  const divisionMap = divisions ? new Map(divisions.map((d) => [d.code, d])) : null;
  const indicatorMap = indicators ? new Map(indicators.map((i) => [i.id, i])) : null;
  if (divRes && divisionMap) problems.push(...checkDivisionLinks(divRes, divisionMap));
  if (indRes && indicatorMap) problems.push(...checkIndicatorLinks(indRes, indicatorMap));
  return { divisions: divisionMap, indicators: indicatorMap, problems };
}

/** Links the table schema cannot express: successor lists, parent levels, date order. */
function checkDivisionLinks(res: PackageResource, map: Map<string, Division>): Problem[] {
  const problems: Problem[] = [];
  const lineOf = new Map(res.rows.map((r) => [String(r.values.code), r.line]));
  const at = (d: Division, column: string) => ({ file: res.file, line: lineOf.get(d.code) ?? 1, column: res.columnOf.get(column) ?? 1, field: column, type: 'registry-error' as const });
  const parentLevel = { province: null, prefecture: 'province', county: 'prefecture' } as const;
  for (const d of map.values()) {
    for (const s of d.successors)
      if (!map.has(s)) problems.push(problem({ ...at(d, 'successors'), message: `后继代码 ${s} 不在登记表中` }));
    const parent = d.parent === null ? null : map.get(d.parent);
    const want = parentLevel[d.level];
    if (d.parent !== null && parent && parent.level !== want)
      problems.push(problem({ ...at(d, 'parent'), message: `${d.level} 的上级应为 ${want}，而 ${d.parent} 是 ${parent.level}` }));
    if (d.validFrom !== null && d.validTo !== null && d.validFrom >= d.validTo)
      problems.push(problem({ ...at(d, 'valid_to'), message: `失效日期 ${d.validTo} 应晚于生效日期 ${d.validFrom}` }));
  }
  return problems;
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
