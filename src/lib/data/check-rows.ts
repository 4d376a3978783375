import { castCell, plainForm, readPlain, type CellValue, type PlainForm } from './cast.ts';
import type { HeaderMap } from './check-header.ts';
import { checkConstraints } from './constraints.ts';
import { problem, type Problem } from './problem.ts';
import { checkText } from './text-rules.ts';
import type { CsvRecord } from './read-csv.ts';
import type { Field } from './table-schema.ts';

/**
 * A row as the validator reads it: typed values by column position, in the header's order. The
 * checks find a column's position once per table (`columnOf`) and index arrays with it, so no
 * row builds or reads an object keyed by field name (validation-throughput bench).
 */
export interface ScannedRow {
  /** Physical line of the row in the file. */
  line: number;
  /** Typed value per column position; null when missing, absent, invalid, or the column is not read. */
  values: CellValue[];
  /** Missing-value code per column position whose cell held one (e.g. `NP`); null when no cell did. */
  missing: Array<string | undefined> | null;
  /** Positions whose cell could not be read or broke a constraint (already reported), in column order; null when none. */
  invalid: number[] | null;
  /** The raw cells, for duplicate detection, the release diff and messages. */
  cells: string[];
  /** More cells than labels: values may have shifted columns (e.g. an unquoted 1,234), so later checks skip the row's values. */
  misaligned: boolean;
}

/**
 * The same row keyed by field name, as the site and the registry read kept rows
 * (PackageResource.rows).
 */
export interface TypedRow {
  line: number;
  /** Typed value per field name; null when missing, absent or invalid. */
  values: Record<string, CellValue>;
  /** Missing-value code per field whose cell held one (e.g. `NP`), so readers can say why. */
  missing: Record<string, string>;
  /** Fields whose cell could not be read or broke a constraint (already reported); later checks skip them. */
  invalid: string[];
  cells: string[];
  misaligned: boolean;
}

/** 0-based position of a field in a table's header (`columnOf` is 1-based), or -1 when it has no column. */
export const positionOf = (columnOf: ReadonlyMap<string, number>, field: string): number => (columnOf.get(field) ?? 0) - 1;

/** A cell's value for later checks: null when the column is absent, or its cell is missing or was already reported as bad. */
export function validAt(row: ScannedRow, position: number): CellValue {
  if (position < 0 || (row.invalid !== null && row.invalid.includes(position))) return null;
  return row.values[position] ?? null;
}

/** A scanned row keyed by field name; `names` holds the field read from each column position, or null. */
export function namedRow(row: ScannedRow, names: ReadonlyArray<string | null>): TypedRow {
  const values: Record<string, CellValue> = {};
  const missing: Record<string, string> = {};
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (!name) continue;
    values[name] = row.values[i] ?? null;
    const code = row.missing?.[i];
    if (code !== undefined) missing[name] = code;
  }
  const invalid = (row.invalid ?? []).map((i) => names[i]!);
  return { line: row.line, values, missing, invalid, cells: row.cells, misaligned: row.misaligned };
}

/** What every row of a table needs of its header, worked out once per header rather than once per cell. */
interface RowPlan {
  /** Every column a null value, copied for each row. */
  nulls: CellValue[];
  /** How each column's plain cells read (cast.ts), null for a column not read or with no plain form. */
  forms: PlainForm[];
}
const plans = new WeakMap<HeaderMap, RowPlan>();
function planOf(header: HeaderMap): RowPlan {
  let plan = plans.get(header);
  if (!plan) plans.set(header, (plan = { nulls: header.columns.map(() => null), forms: header.columns.map((f) => (f ? plainForm(f) : null)) }));
  return plan;
}

const cellAt = (file: string, rec: CsvRecord, i: number, field: string) => ({ file, line: rec.cellLines[i] ?? rec.line, column: i + 1, field });

/** One record: its problems go to `report` as found; the typed row is returned (null for a blank row). */
export function checkRecord(rec: CsvRecord, header: HeaderMap, file: string, report: (p: Problem) => void): ScannedRow | null {
  const width = header.columns.length;
  if (rec.blank) {
    report(problem({ file, line: rec.line, type: 'blank-row', message: '空行：这一行所有单元格都是空的', hint: '删除这一行（文件末尾的空行可以保留）' }));
    return null;
  }
  if (rec.cells.length !== width) reportWidth(rec, header, file, report);
  const misaligned = rec.cells.length > width;
  // Plain loops, values copied from a template, nothing allocated for a cell that is fine, and a
  // problem's position built only when there is a problem: this runs for every cell of every row
  // (validation-throughput bench).
  const plan = planOf(header);
  const row: ScannedRow = { line: rec.line, values: plan.nulls.slice(), missing: null, invalid: null, cells: rec.cells, misaligned };
  const columns = header.columns;
  const forms = plan.forms;
  for (let i = 0; i < width; i++) {
    const field = columns[i];
    if (!field) continue;
    const raw = rec.cells[i];
    // A row with too many cells may have shifted: its cells are still read (and reported) but not used.
    if (misaligned || raw === undefined) markInvalid(row, i);
    if (raw === undefined) continue;
    const form = forms[i];
    const plain = form ? readPlain(raw, form) : undefined;
    if (plain !== undefined) {
      row.values[i] = plain;
      if (checkConstraints(plain, raw, field).length !== 0) reportCell(rec, row, i, field, raw, plain, file, report);
      continue;
    }
    const cast = castCell(raw, field);
    if (!cast.ok) {
      markInvalid(row, i);
      report(problem({ ...cellAt(file, rec, i, field.name), type: 'type-error', message: cast.message, hint: cast.hint }));
      continue;
    }
    row.values[i] = cast.value;
    if (cast.missing !== null) (row.missing ??= [])[i] = cast.missing;
    const text = field.type === 'string' && typeof cast.value === 'string' && checkText(cast.value, field).length !== 0;
    if (text || checkConstraints(cast.value, raw, field).length !== 0) reportCell(rec, row, i, field, raw, cast.value, file, report);
  }
  return row;
}

function markInvalid(row: ScannedRow, i: number): void {
  const invalid = (row.invalid ??= []);
  if (!invalid.includes(i)) invalid.push(i);
}

/** A typed cell that breaks a constraint or a text rule: each broken rule is a problem, and the cell is invalid. */
function reportCell(rec: CsvRecord, row: ScannedRow, i: number, field: Field, raw: string, value: CellValue, file: string, report: (p: Problem) => void): void {
  markInvalid(row, i);
  for (const v of checkConstraints(value, raw, field))
    report(problem({ ...cellAt(file, rec, i, field.name), type: 'constraint-error', message: `${v.message}（${v.constraint}）`, hint: v.hint }));
  if (field.type === 'string' && typeof value === 'string')
    for (const v of checkText(value, field)) report(problem({ ...cellAt(file, rec, i, field.name), type: 'text-error', message: v.message, hint: v.hint }));
}

/** A short or long row is one problem naming all the cells concerned, not one per cell, so a row pasted one column off does not bury the report. */
function reportWidth(rec: CsvRecord, header: HeaderMap, file: string, report: (p: Problem) => void): void {
  const width = header.columns.length;
  if (rec.cells.length > width) {
    const extra = rec.cells.length - width;
    report(
      problem({
        file,
        line: rec.cellLines[width] ?? rec.line,
        column: width + 1,
        type: 'extra-cell',
        message: `这一行有 ${rec.cells.length} 个单元格，比表头多 ${extra} 个`,
        hint: '删除多余的单元格；含逗号的单元格（如 1,234）会被拆成两格，数字请写成 1234',
      }),
    );
    return;
  }
  const absent = header.columns.slice(rec.cells.length).map((f, i) => f?.name ?? `第 ${rec.cells.length + i + 1} 列`);
  report(
    problem({
      file,
      line: rec.line,
      column: rec.cells.length + 1,
      field: header.columns[rec.cells.length]?.name ?? null,
      type: 'missing-cell',
      message: `这一行只有 ${rec.cells.length} 个单元格，缺少 ${absent.length} 个（${absent.join('、')}）`,
      hint: '补齐缺少的单元格；没有数值时填写缺失值代码',
    }),
  );
}
