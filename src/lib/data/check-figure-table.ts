import type { DatasetMeta, Source } from '../schemas/dataset.ts';
import { checkDivision, checkSource, COUNT_UNITS } from './check-domain.ts';
import type { CellValue } from './cast.ts';
import type { TableColumns } from './check-domain.ts';
import { positionOf, validAt, type ScannedRow } from './check-rows.ts';
import { shiftDecimal } from './input-forms.ts';
import { formatNumber, problem, quote, type Problem } from './problem.ts';
import type { PackageResource } from './read-package.ts';
import type { Registry } from './registry.ts';
import { closest } from './suggest.ts';

/**
 * Domain rules for a figure table: one published figure per row (long form), such as
 * `county-reported` (data/README.md, "Figure tables"). The row carries its own
 * `reference_date`, so the division must be in force on that day (not on `{year}-{referenceDay}`),
 * and `year` must be that day's year. The indicator is a catalogue id whose unit the row repeats;
 * the value must be one of the numbers printed in `as_worded` (万 and 亿 written out), so a
 * transcription slip cannot pass; the `source_*` columns must repeat the descriptor's `sources`
 * entry; and a figure may not exceed its `not_more_than` figure of the same division, date and source.
 */
export const FIGURE_COLUMNS = ['indicator', 'value', 'unit', 'as_worded'] as const;

export const isFigureTable = (res: Pick<PackageResource, 'columnOf'>): boolean =>
  res.columnOf.has('division_code') && FIGURE_COLUMNS.every((c) => res.columnOf.has(c));

/** Which `sources` property each repeated source column must equal. */
const SOURCE_COLUMNS: ReadonlyArray<[string, keyof Source]> = [
  ['source_title', 'title'],
  ['source_publisher', 'publisher'],
  ['source_date', 'published'],
  ['source_url', 'path'],
];

export function checkFigureTable(res: TableColumns, rows: readonly ScannedRow[], meta: DatasetMeta, registry: Registry): Problem[] {
  const problems: Problem[] = [];
  const at = (row: ScannedRow, field: string) => ({ file: res.file, line: row.line, column: res.columnOf.get(field) ?? 1, field });
  const positions = new Map([...res.columnOf.keys()].map((name) => [name, positionOf(res.columnOf, name)]));
  const validValue: Valid = (row, field) => validAt(row, positions.get(field) ?? -1);
  for (const row of rows) {
    if (row.misaligned) continue;
    const code = validValue(row, 'division_code');
    const date = validValue(row, 'reference_date');
    const year = validValue(row, 'year');
    if (typeof year === 'number' && !meta.referenceYears.includes(year))
      problems.push(problem({ ...at(row, 'year'), type: 'year-outside-dataset', message: `年份 ${year} 不在本数据集的 referenceYears（${meta.referenceYears.join('、')}）中`, hint: `在 datapackage.json 的 referenceYears 中加上 ${year}` }));
    if (typeof year === 'number' && typeof date === 'string' && !date.startsWith(`${year}-`))
      problems.push(problem({ ...at(row, 'year'), type: 'date-mismatch', message: `year 为 ${year}，但 reference_date 为 ${date}`, hint: `year 应为 reference_date 的年份 ${date.slice(0, 4)}` }));
    if (registry.divisions && typeof code === 'string' && code !== '' && typeof date === 'string')
      problems.push(...checkDivision(registry.divisions, code, date, at(row, 'division_code')));
    const cited = validValue(row, 'source');
    if (typeof cited === 'string') {
      const found = checkSource(cited, meta, at(row, 'source'));
      problems.push(...found);
      const source = meta.sources.find((s) => s.name === cited);
      if (found.length === 0 && source) problems.push(...sourceColumns(res, row, source, at, validValue));
    }
    problems.push(...indicatorRules(row, registry, at, validValue));
  }
  problems.push(...capsAcrossRows(rows, registry, at, validValue));
  return problems;
}

type At = (row: ScannedRow, field: string) => { file: string; line: number; column: number; field: string };
/** A field's value in a row, by name, for the few rows of a figure table (validAt by the field's position). */
type Valid = (row: ScannedRow, field: string) => CellValue;

function indicatorRules(row: ScannedRow, registry: Registry, at: At, validValue: Valid): Problem[] {
  const id = validValue(row, 'indicator');
  const indicators = registry.indicators;
  if (typeof id !== 'string' || !indicators) return [];
  const ind = indicators.get(id);
  if (!ind) {
    const near = closest(id, indicators.keys());
    return [problem({ ...at(row, 'indicator'), type: 'unknown-indicator', message: `指标 ${quote(id)} 不在指标目录 indicators.csv 中`, hint: near.length > 0 ? `是否应为 ${near.join(' 或 ')}？` : '先在 data/indicators/indicators.csv 中登记这个指标（写法与已有定义不完全相符的数字要用新指标）' })];
  }
  const problems: Problem[] = [];
  const unit = validValue(row, 'unit');
  if (typeof unit === 'string' && unit !== ind.unit)
    problems.push(problem({ ...at(row, 'unit'), type: 'unit-mismatch', message: `单位 ${quote(unit)} 与指标 ${id}（${ind.nameZh}）的单位 ${ind.unit} 不符`, hint: `写 ${ind.unit}；若来源的数字确实是另一种单位，它就不是这个指标` }));
  const value = validValue(row, 'value');
  const worded = validValue(row, 'as_worded');
  if (typeof value !== 'number') return problems;
  if (!Number.isFinite(value) || (ind.unit === 'percent' && value > 100) || (COUNT_UNITS.has(ind.unit) && value < 0))
    problems.push(problem({ ...at(row, 'value'), type: 'out-of-range', message: `${id}（${ind.nameZh}）的数值 ${formatNumber(value)} 超出范围`, hint: ind.unit === 'percent' ? '比率按 0—100 的百分数填写' : null }));
  if (typeof worded === 'string' && !numbersIn(worded).includes(value)) {
    const printed = numbersIn(worded);
    problems.push(
      problem({
        ...at(row, 'value'), type: 'wording-mismatch',
        message: `数值 ${formatNumber(value)} 不是原文写法 ${quote(worded)} 中的数字`,
        hint: printed.length > 0 ? `原文中的数字为 ${printed.map((n) => String(n)).join('、')}：核对 value 和 as_worded，二者应抄自同一处` : 'as_worded 应照录来源的指标名称和数字',
      }),
    );
  }
  return problems;
}

/** The numbers printed in a wording, with 万 and 亿 written out exactly: "3.9亿元" → 390000000. */
export function numbersIn(worded: string): number[] {
  const shifts: Record<string, number> = { 万: 4, 亿: 8 };
  return [...worded.matchAll(/(\d+(?:\.\d+)?)(万|亿)?/g)].map((m) => Number(m[2] ? shiftDecimal(m[1]!, shifts[m[2]]!) : m[1]));
}

function sourceColumns(res: TableColumns, row: ScannedRow, source: Source, at: At, validValue: Valid): Problem[] {
  const problems: Problem[] = [];
  for (const [column, property] of SOURCE_COLUMNS) {
    if (!res.columnOf.has(column)) continue;
    const written = validValue(row, column);
    const expected = source[property] ?? null;
    if (written === null || written === expected) continue;
    problems.push(
      problem({
        ...at(row, column), type: 'source-mismatch',
        message: `${column} 为 ${quote(String(written))}，与 datapackage.json 中来源 ${source.name} 的 ${property} ${expected === null ? '（未填写）' : quote(String(expected))} 不符`,
        hint: `两处应一致：改正其中抄错的一处`,
      }),
    );
  }
  return problems;
}

/** `not_more_than` between rows: "其中贫困户281人" may not exceed the 2034 it is part of. */
function capsAcrossRows(rows: readonly ScannedRow[], registry: Registry, at: At, validValue: Valid): Problem[] {
  const indicators = registry.indicators;
  if (!indicators) return [];
  const key = (row: ScannedRow, id: string) => [validValue(row, 'division_code'), validValue(row, 'reference_date'), validValue(row, 'source'), id].join('|');
  const byKey = new Map<string, ScannedRow>();
  for (const row of rows) {
    const id = validValue(row, 'indicator');
    if (typeof id === 'string' && !row.misaligned) byKey.set(key(row, id), row);
  }
  const problems: Problem[] = [];
  for (const row of rows) {
    const id = validValue(row, 'indicator');
    const value = validValue(row, 'value');
    const ind = typeof id === 'string' ? indicators.get(id) : undefined;
    if (!ind?.notMoreThan || typeof value !== 'number' || row.misaligned) continue;
    const capRow = byKey.get(key(row, ind.notMoreThan));
    const cap = capRow ? validValue(capRow, 'value') : null;
    if (typeof cap === 'number' && value > cap)
      problems.push(
        problem({
          ...at(row, 'value'), type: 'exceeds-parent',
          message: `${ind.id}（${ind.nameZh}）为 ${formatNumber(value)}，超过同一来源同一日期第 ${capRow!.line} 行的 ${ind.notMoreThan} ${formatNumber(cap)}`,
          hint: `${ind.id} 不能大于 ${ind.notMoreThan}：请核对这两个数字`,
        }),
      );
  }
  return problems;
}
