import type { TypedRow } from './check-rows.ts';
import { problem, type Problem } from './problem.ts';
import type { TableSchema } from './table-schema.ts';

/**
 * Whole-table checks: `duplicate-row` (a row identical to an earlier one), `primary-key` (the key
 * repeats or is missing) and `unique-error` (a `unique` column repeats). An identical row is
 * reported only as a duplicate row, not again as a key clash: one cause, one problem.
 *
 * Rows are checked one at a time against what earlier rows left behind, so a table can be read as
 * a stream: the rows are not kept, only each distinct key and unique value with the line it was
 * first seen on (and, without a usable primary key, each distinct row). Memory grows with the
 * distinct keys, not with the size of the file.
 */
export function checkKeys(rows: readonly TypedRow[], schema: TableSchema, columnOf: Map<string, number>, file: string): Problem[] {
  const problems: Problem[] = [];
  const keys = new KeyTracker(schema, columnOf, file);
  for (const row of rows) keys.add(row, (p) => problems.push(p));
  return problems;
}

/**
 * Distinct rows remembered per repeated primary key, to tell a duplicate row from a key clash.
 * Past this, further copies of a row are still reported, as primary-key clashes.
 */
const MAX_ROWS_PER_KEY = 1000;

export class KeyTracker {
  private readonly file: string;
  private readonly columnOf: Map<string, number>;
  private readonly seenRows = new Map<string, number>();
  private readonly pk: string[];
  /** Per distinct key: the first row with it, and every distinct row once the key repeats. */
  private readonly seenKeys = new Map<string, { line: number; cells: string[]; rows: Map<string, number> | null }>();
  private readonly unique: Array<{ name: string; column: number; seen: Map<string, number> }>;

  constructor(schema: TableSchema, columnOf: Map<string, number>, file: string) {
    this.file = file;
    this.columnOf = columnOf;
    const pk = schema.primaryKey.filter((name) => columnOf.has(name));
    this.pk = pk.length > 0 && pk.length === schema.primaryKey.length ? pk : [];
    this.unique = schema.fields
      .filter((f) => f.constraints.unique === true && columnOf.has(f.name) && !(this.pk.length === 1 && this.pk[0] === f.name))
      .map((f) => ({ name: f.name, column: columnOf.get(f.name)!, seen: new Map<string, number>() }));
  }

  add(row: TypedRow, report: (p: Problem) => void): void {
    const file = this.file;
    // With a primary key, an identical row is found among the rows with the same key, so only
    // one entry per distinct key is kept; other rows are remembered whole.
    const keyed = this.pk.length > 0 && this.pk.every((f) => !row.invalid.includes(f) && row.values[f] !== null && row.values[f] !== '');
    if (keyed) {
      if (this.addKeyed(row, report)) return;
    } else {
      const rowKey = JSON.stringify(row.cells);
      const first = this.seenRows.get(rowKey);
      if (first !== undefined) return report(duplicateRow(file, row.line, first));
      this.seenRows.set(rowKey, row.line);
      if (this.pk.length > 0 && !this.pk.some((f) => row.invalid.includes(f))) this.emptyKey(row, report);
    }
    for (const u of this.unique) {
      const v = row.values[u.name];
      if (v === null || v === undefined) continue;
      const key = JSON.stringify(v);
      const seen = u.seen.get(key);
      if (seen === undefined) u.seen.set(key, row.line);
      else
        report(
          problem({ file, line: row.line, column: u.column, field: u.name, type: 'unique-error', message: `${u.name} 的值 ${String(v)} 与第 ${seen} 行重复（unique）`, hint: null }),
        );
    }
  }

  /**
   * A row whose key is complete: a duplicate of an earlier row (true: nothing more to say about
   * it) or a key seen before. The rows of a key are written out for comparison only once the
   * key repeats, so a table whose keys are all distinct never serialises a row.
   */
  private addKeyed(row: TypedRow, report: (p: Problem) => void): boolean {
    const values = this.pk.map((f) => row.values[f]);
    const key = JSON.stringify(values);
    const entry = this.seenKeys.get(key);
    if (entry === undefined) {
      this.seenKeys.set(key, { line: row.line, cells: row.cells, rows: null });
      return false;
    }
    // Each distinct row of a repeated key is remembered, so a later identical row is a duplicate-row.
    const rows = (entry.rows ??= new Map([[JSON.stringify(entry.cells), entry.line]]));
    const rowKey = JSON.stringify(row.cells);
    const same = rows.get(rowKey);
    if (same !== undefined) {
      report(duplicateRow(this.file, row.line, same));
      return true;
    }
    if (rows.size < MAX_ROWS_PER_KEY) rows.set(rowKey, row.line);
    const names = this.pk.join(', ');
    report(
      problem({
        file: this.file,
        line: row.line,
        column: this.columnOf.get(this.pk[0]!)!,
        field: names,
        type: 'primary-key',
        message: `主键（${names}）= ${shownKey(values)} 与第 ${entry.line} 行重复`,
        hint: '主键每行必须不同：合并或删除其中一行',
      }),
    );
    return false;
  }

  /** A key with an empty part (its cells were read, but hold nothing). */
  private emptyKey(row: TypedRow, report: (p: Problem) => void): void {
    const values = this.pk.map((f) => row.values[f]);
    if (!values.some((v) => v === null || v === '')) return;
    const names = this.pk.join(', ');
    const column = this.columnOf.get(this.pk[0]!)!;
    report(problem({ file: this.file, line: row.line, column, field: names, type: 'primary-key', message: `主键（${names}）不能为空，实际为 ${shownKey(values)}`, hint: null }));
  }
}

const shownKey = (values: readonly unknown[]): string => values.map((v) => (v === null ? '（空）' : String(v))).join(', ');

function duplicateRow(file: string, line: number, first: number): Problem {
  return problem({ file, line, type: 'duplicate-row', message: `这一行与第 ${first} 行完全相同`, hint: '删除重复的行' });
}
