import type { CellValue } from './cast.ts';
import { positionOf, type ScannedRow } from './check-rows.ts';
import { problem, type Problem } from './problem.ts';
import { RowSet } from './row-set.ts';
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

/**
 * Distinct rows remembered per repeated primary key, to tell a duplicate row from a key clash.
 * Past this, further copies of a row are still reported, as primary-key clashes.
 */
const MAX_ROWS_PER_KEY = 1000;

/** What is kept of a primary key: the first row with it, and every distinct row once the key repeats. */
interface KeyEntry {
  line: number;
  cells: string[];
  rows: RowSet | null;
}

/**
 * Primary keys as nested maps, one level per key field, each keyed by the typed value itself:
 * finding a key builds no string (validation-throughput bench). Values of one field share a type,
 * so equal values are equal keys.
 */
type KeyLevel = Map<CellValue, KeyLevel | KeyEntry>;

export class KeyTracker {
  private readonly file: string;
  private readonly columnOf: Map<string, number>;
  private readonly seenRows = new Map<string, number>();
  /** Names and column positions of the primary key; empty when the table has no usable one. */
  private readonly pk: string[];
  private readonly pkAt: number[];
  private readonly seenKeys: KeyLevel = new Map();
  private readonly unique: Array<{ name: string; column: number; seen: Map<CellValue, number> }>;

  constructor(schema: TableSchema, columnOf: Map<string, number>, file: string) {
    this.file = file;
    this.columnOf = columnOf;
    const pk = schema.primaryKey.filter((name) => columnOf.has(name));
    this.pk = pk.length > 0 && pk.length === schema.primaryKey.length ? pk : [];
    this.pkAt = this.pk.map((name) => positionOf(columnOf, name));
    this.unique = schema.fields
      .filter((f) => f.constraints.unique === true && columnOf.has(f.name) && !(this.pk.length === 1 && this.pk[0] === f.name))
      .map((f) => ({ name: f.name, column: columnOf.get(f.name)!, seen: new Map<CellValue, number>() }));
  }

  add(row: ScannedRow, report: (p: Problem) => void): void {
    const file = this.file;
    // With a primary key, an identical row is found among the rows with the same key, so only
    // one entry per distinct key is kept; other rows are remembered whole.
    if (this.keyed(row)) {
      if (this.addKeyed(row, report)) return;
    } else {
      const rowKey = JSON.stringify(row.cells);
      const first = this.seenRows.get(rowKey);
      if (first !== undefined) return report(duplicateRow(file, row.line, first));
      this.seenRows.set(rowKey, row.line);
      if (this.pkAt.length > 0 && !this.pkAt.some((i) => isInvalid(row, i))) this.emptyKey(row, report);
    }
    for (const u of this.unique) {
      const v = row.values[u.column - 1];
      if (v === null || v === undefined) continue;
      const seen = u.seen.get(v);
      if (seen === undefined) u.seen.set(v, row.line);
      else
        report(
          problem({ file, line: row.line, column: u.column, field: u.name, type: 'unique-error', message: `${u.name} 的值 ${String(v)} 与第 ${seen} 行重复（unique）`, hint: null }),
        );
    }
  }

  /** Every part of the primary key read and not empty. */
  private keyed(row: ScannedRow): boolean {
    if (this.pkAt.length === 0) return false;
    for (const i of this.pkAt) {
      const v = row.values[i];
      if (v === null || v === '' || isInvalid(row, i)) return false;
    }
    return true;
  }

  /**
   * A row whose key is complete: a duplicate of an earlier row (true: nothing more to say about
   * it) or a key seen before. The rows of a key are collected for comparison only once the key
   * repeats, so a table whose keys are all distinct never compares a row.
   */
  private addKeyed(row: ScannedRow, report: (p: Problem) => void): boolean {
    const entry = this.entryOf(row);
    if (entry === null) return false;
    // Each distinct row of a repeated key is remembered, so a later identical row is a duplicate-row.
    let rows = entry.rows;
    if (rows === null) {
      rows = entry.rows = new RowSet();
      rows.add(entry.cells, entry.line);
    }
    const same = rows.get(row.cells);
    if (same !== undefined) {
      report(duplicateRow(this.file, row.line, same));
      return true;
    }
    if (rows.size < MAX_ROWS_PER_KEY) rows.add(row.cells, row.line);
    const names = this.pk.join(', ');
    report(
      problem({
        file: this.file,
        line: row.line,
        column: this.columnOf.get(this.pk[0]!)!,
        field: names,
        type: 'primary-key',
        message: `主键（${names}）= ${shownKey(this.pkAt.map((i) => row.values[i]))} 与第 ${entry.line} 行重复`,
        hint: '主键每行必须不同：合并或删除其中一行',
      }),
    );
    return false;
  }

  /** The entry of the row's key when the key was seen before; else the key is recorded with this row, and null. */
  private entryOf(row: ScannedRow): KeyEntry | null {
    const last = this.pkAt.length - 1;
    let level = this.seenKeys;
    for (let k = 0; k < last; k++) {
      const v = row.values[this.pkAt[k]!]!;
      let next = level.get(v) as KeyLevel | undefined;
      if (next === undefined) level.set(v, (next = new Map()));
      level = next;
    }
    const v = row.values[this.pkAt[last]!]!;
    const entry = level.get(v) as KeyEntry | undefined;
    if (entry !== undefined) return entry;
    level.set(v, { line: row.line, cells: row.cells, rows: null });
    return null;
  }

  /** A key with an empty part (its cells were read, but hold nothing). */
  private emptyKey(row: ScannedRow, report: (p: Problem) => void): void {
    const values = this.pkAt.map((i) => row.values[i] ?? null);
    if (!values.some((v) => v === null || v === '')) return;
    const names = this.pk.join(', ');
    const column = this.columnOf.get(this.pk[0]!)!;
    report(problem({ file: this.file, line: row.line, column, field: names, type: 'primary-key', message: `主键（${names}）不能为空，实际为 ${shownKey(values)}`, hint: null }));
  }
}

const isInvalid = (row: ScannedRow, i: number): boolean => row.invalid !== null && row.invalid.includes(i);

const shownKey = (values: readonly unknown[]): string => values.map((v) => (v === null ? '（空）' : String(v))).join(', ');

function duplicateRow(file: string, line: number, first: number): Problem {
  return problem({ file, line, type: 'duplicate-row', message: `这一行与第 ${first} 行完全相同`, hint: '删除重复的行' });
}
