import type { TypedRow } from '../data/check-rows.ts';
import { problem, type Problem } from '../data/problem.ts';
import type { Package, PackageResource } from '../data/read-package.ts';
import { cellText, readRegistryRows, resourceOf, type RegistryTable } from '../data/registry-rows.ts';
import { DivisionSchema, type Division } from '../schemas/division.ts';
import { divisionByCode } from './lookup.ts';

/** Columns of `data/divisions/divisions.csv` (snake_case) and the `Division` property each fills. */
const DIVISION_COLUMNS = {
  code: 'code',
  level: 'level',
  kind: 'kind',
  name_zh: 'nameZh',
  name_en: 'nameEn',
  parent: 'parent',
  valid_from: 'validFrom',
  valid_to: 'validTo',
  successors: 'successors',
  change_document: 'changeDocument',
} as const satisfies Record<string, keyof Division>;

const DIVISION_TABLE: RegistryTable<Division> = {
  columns: DIVISION_COLUMNS,
  key: 'code',
  toInput: (row: TypedRow) => ({
    ...Object.fromEntries(Object.entries(DIVISION_COLUMNS).map(([column, key]) => [key, cellText(row.values[column])])),
    // `;`-separated codes; blank when the division did not end.
    successors: (cellText(row.values.successors) ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean),
  }),
  fallback: (d) => ({
    level: 'county',
    kind: '县',
    nameZh: d.code,
    nameEn: d.code,
    parent: null,
    validFrom: null,
    validTo: null,
    successors: [],
    changeDocument: null,
  }),
  schema: DivisionSchema,
};

export interface DivisionsRead {
  /** The registry, frozen and in file order; null when the package has no table to read. */
  divisions: readonly Division[] | null;
  /** `registry-error`s: cells the schema refuses, and links the table schema cannot express. */
  problems: Problem[];
}

/**
 * The division registry from the `divisions` package as `readPackage` typed it, the one place
 * CSV columns become `Division`s. Rows that fail are reported and left out (see
 * `readRegistryRows`), so the validator's domain checks run on whatever is sound; the site
 * refuses to build from a registry with any problem (`loadDivisions`). A code that repeats
 * (already a `primary-key` problem) keeps its first place and its last row's values.
 */
export function readDivisions(pkg: Package | null): DivisionsRead {
  const res = resourceOf(pkg, 'divisions');
  if (res === null) return { divisions: null, problems: [] };
  const problems: Problem[] = [];
  const byCode = new Map(readRegistryRows(res, DIVISION_TABLE, problems).map((d) => [d.code, d]));
  const divisions = freezeRegistry([...byCode.values()]);
  problems.push(...checkDivisionLinks(res, divisions));
  return { divisions, problems };
}

/**
 * Freezes the rows and the array: every caller shares one registry, and `divisionByCode` indexes
 * frozen registries once. Copy before sorting (`[...divisions].sort(…)`).
 */
function freezeRegistry(divisions: Division[]): readonly Division[] {
  for (const division of divisions) {
    Object.freeze(division.successors);
    Object.freeze(division);
  }
  return Object.freeze(divisions);
}

/** Links the table schema cannot express: successor lists, parent levels, date order. */
function checkDivisionLinks(res: PackageResource, divisions: readonly Division[]): Problem[] {
  const problems: Problem[] = [];
  const lineOf = new Map(res.rows.map((r) => [String(r.values.code), r.line]));
  const at = (d: Division, column: string) => ({
    file: res.file,
    line: lineOf.get(d.code) ?? 1,
    column: res.columnOf.get(column) ?? 1,
    field: column,
    type: 'registry-error' as const,
  });
  const parentLevel = { province: null, prefecture: 'province', county: 'prefecture' } as const;
  for (const d of divisions) {
    for (const s of d.successors)
      if (!divisionByCode(divisions, s))
        problems.push(problem({ ...at(d, 'successors'), message: `后继代码 ${s} 不在登记表中` }));
    const parent = d.parent === null ? null : divisionByCode(divisions, d.parent);
    const want = parentLevel[d.level];
    if (d.parent !== null && parent && parent.level !== want)
      problems.push(
        problem({ ...at(d, 'parent'), message: `${d.level} 的上级应为 ${want}，而 ${d.parent} 是 ${parent.level}` }),
      );
    if (d.validFrom !== null && d.validTo !== null && d.validFrom >= d.validTo)
      problems.push(problem({ ...at(d, 'valid_to'), message: `失效日期 ${d.validTo} 应晚于生效日期 ${d.validFrom}` }));
  }
  return problems;
}
