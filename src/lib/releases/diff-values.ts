import { readCsv } from '../data/read-csv.ts';

/**
 * The values that differ between two versions of one dataset table: the machine-readable list
 * of a release's changes (division, indicator, year, old → new), computed from the CSV text,
 * never written by hand (docs/releases.md). Pure: the caller reads the two texts (from a
 * release folder, the working tree or `git show <ref>:<path>`).
 *
 * Rows are matched by the table's primary key, so reordering rows changes nothing. Numeric
 * columns compare by value (`1.0` equals `1`); other columns compare as written. Missing-value
 * codes (NP, NA, S) are kept as written, so `NP → 1200` is a change with no numeric delta.
 */

/** What the diff needs to know of the table's schema (Table Schema `fields` and `primaryKey`). */
export interface DiffSchema {
  fields: ReadonlyArray<{ name: string; type: string }>;
  /** Columns that identify a row; when empty, every column does (so only added/removed rows show). */
  primaryKey: readonly string[];
}

/** Where a changed or added row sits: the division and year when the table has those columns. */
export interface RowPlace {
  /** `division_code` of the row, or null when the table has no such column. */
  division: string | null;
  /** `year` of the row, or null when the table has no such column or it is not a number. */
  year: number | null;
  /** The row's primary-key values, in primary-key order: a stable identity for the row. */
  key: string[];
  /** Line the row starts on in the newer text (in the older text for a removed row); the header is line 1. */
  line: number;
}

/** One cell whose value differs between the two versions. */
export interface ValueChange extends RowPlace {
  /**
   * The indicator the value belongs to: the column name in a wide table (one column per
   * indicator), the row's `indicator` cell in a figure table (one figure per row). Null for a
   * column that is no indicator (a note or a source name).
   */
  indicator: string | null;
  /** The column that changed. */
  field: string;
  /** Cell text before and after, as written in the CSV. */
  old: string;
  new: string;
  /** new − old when both are numbers in a numeric column, else null. */
  delta: number | null;
}

/** A row present in only one of the two versions, with every cell as written. */
export interface RowChange extends RowPlace {
  values: Record<string, string>;
}

export interface ValuesDiff {
  changed: ValueChange[];
  added: RowChange[];
  removed: RowChange[];
  /** Columns present in only one version (by name, in header order). */
  columnsAdded: string[];
  columnsRemoved: string[];
}

/** The smallest version bump a diff calls for (docs/releases.md, "When the version goes up"). */
export type ChangeKind = 'none' | 'patch' | 'minor' | 'major';

const NUMERIC = new Set(['integer', 'number']);
/** Table Schema number lexical forms this comparison accepts (cast.ts checks them fully). */
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Compares two CSV texts of the same table. Problems in the CSV itself are the validator's to report. */
export function diffCsvText(before: string, after: string, schema: DiffSchema): ValuesDiff {
  return diffRows(parseRows(before), parseRows(after), schema);
}

/** One data row: its cells by column name, and the line it starts on. */
export interface LinedRow {
  cells: Record<string, string>;
  line: number;
}

/** A CSV text as rows of named cells (the header names the cells); blank rows are skipped. */
export function parseRows(text: string): LinedRow[] {
  const table = readCsv(text.replace(/^\uFEFF/, ''), 'diff');
  const names = table.header?.cells ?? [];
  return table.records
    .filter((r) => !r.blank)
    .map((r) => ({ line: r.line, cells: Object.fromEntries(names.map((name, i) => [name, r.cells[i] ?? ''])) }));
}

/** Compares two tables already read into rows (parseRows). */
export function diffRows(before: readonly LinedRow[], after: readonly LinedRow[], schema: DiffSchema): ValuesDiff {
  const differ = new ValuesDiffer(before, columnsOf(after, schema), schema);
  for (const row of after) differ.add(row);
  return differ.finish();
}

/**
 * The same comparison with the newer table fed one row at a time, so a table being read as a
 * stream (the validator's single pass) is compared without being read twice. Memory grows with
 * the newer table's distinct keys: a repeated key keeps its last row, as the older table does.
 */
export class ValuesDiffer {
  private readonly oldRows: Map<string, LinedRow>;
  /** The newer table's rows as cells in header order, named only when the diff is finished. */
  private readonly newRows = new Map<string, { line: number; values: readonly string[] }>();
  private readonly keyIndexes: number[];
  private readonly beforeColumns: string[];
  private readonly afterColumns: string[];
  private readonly schema: DiffSchema;
  private readonly keyColumns: string[];

  /** `afterColumns`: the newer table's header (its field names when it has no rows). */
  constructor(before: readonly LinedRow[], afterColumns: string[], schema: DiffSchema) {
    this.schema = schema;
    this.beforeColumns = columnsOf(before, schema);
    this.afterColumns = afterColumns;
    this.keyColumns = this.key();
    this.keyIndexes = this.keyColumns.map((k) => afterColumns.indexOf(k));
    this.oldRows = indexRows(before, this.keyColumns);
  }

  add(row: LinedRow): void {
    this.addValues(
      row.line,
      this.afterColumns.map((c) => row.cells[c] ?? ''),
    );
  }

  /** A row of the newer table as its cells in header order (`afterColumns`). */
  addValues(line: number, values: readonly string[]): void {
    const id = JSON.stringify(this.keyIndexes.map((i) => values[i] ?? ''));
    this.newRows.set(id, { line, values });
  }

  finish(): ValuesDiff {
    const beforeColumns = this.beforeColumns;
    const afterColumns = this.afterColumns;
    const shared = afterColumns.filter((c) => beforeColumns.includes(c));
    const key = this.keyColumns;
    const types = new Map(this.schema.fields.map((f) => [f.name, f.type]));
    const figureTable = shared.includes('indicator') && shared.includes('value');
    const changed: ValueChange[] = [];
    const added: RowChange[] = [];
    for (const [id, stored] of this.newRows) {
      const row = Object.fromEntries(afterColumns.map((c, i) => [c, stored.values[i] ?? '']));
      const lined = { line: stored.line, cells: row };
      const old = this.oldRows.get(id)?.cells;
      if (!old) {
        added.push({ ...place(lined, key), values: { ...row } });
        continue;
      }
      for (const field of shared) {
        if (key.includes(field)) continue;
        const a = old[field] ?? '';
        const b = row[field] ?? '';
        const numeric = NUMERIC.has(types.get(field) ?? '');
        if (sameValue(a, b, numeric)) continue;
        changed.push({
          ...place(lined, key),
          indicator: figureTable ? (row.indicator ?? null) : numeric ? field : null,
          field,
          old: a,
          new: b,
          delta: numeric && isNumber(a) && isNumber(b) ? tidy(Number(b) - Number(a)) : null,
        });
      }
    }
    const removed: RowChange[] = [];
    for (const [id, lined] of this.oldRows)
      if (!this.newRows.has(id)) removed.push({ ...place(lined, key), values: { ...lined.cells } });
    return {
      changed,
      added,
      removed,
      columnsAdded: afterColumns.filter((c) => !beforeColumns.includes(c)),
      columnsRemoved: beforeColumns.filter((c) => !afterColumns.includes(c)),
    };
  }

  /** The primary key, or (without one) the columns both versions share. */
  private key(): string[] {
    if (this.schema.primaryKey.length > 0) return [...this.schema.primaryKey];
    return this.afterColumns.filter((c) => this.beforeColumns.includes(c));
  }
}

/**
 * The smallest bump a change calls for: a removed column (a changed definition) is major; new
 * rows or columns are minor; changed or withdrawn values are a patch (a correction).
 */
export function changeKind(diff: ValuesDiff): ChangeKind {
  if (diff.columnsRemoved.length > 0) return 'major';
  if (diff.added.length > 0 || diff.columnsAdded.length > 0) return 'minor';
  if (diff.changed.length > 0 || diff.removed.length > 0) return 'patch';
  return 'none';
}

/** True when the diff finds no difference at all. */
export function isEmptyDiff(diff: ValuesDiff): boolean {
  return changeKind(diff) === 'none';
}

function columnsOf(rows: readonly LinedRow[], schema: DiffSchema): string[] {
  return rows.length > 0 ? Object.keys(rows[0]!.cells) : schema.fields.map((f) => f.name);
}

/** Rows by their key; a repeated key keeps its last row (the validator reports the repeat). */
function indexRows(rows: readonly LinedRow[], key: readonly string[]) {
  const index = new Map<string, LinedRow>();
  for (const row of rows) index.set(rowId(row, key), row);
  return index;
}

const rowId = (row: LinedRow, key: readonly string[]): string => JSON.stringify(key.map((k) => row.cells[k] ?? ''));

function place({ cells, line }: LinedRow, key: readonly string[]): RowPlace {
  const year = cells.year !== undefined && /^\d{4}$/.test(cells.year) ? Number(cells.year) : null;
  return { division: cells.division_code ?? null, year, key: key.map((k) => cells[k] ?? ''), line };
}

function sameValue(a: string, b: string, numeric: boolean): boolean {
  if (a === b) return true;
  return numeric && isNumber(a) && isNumber(b) && Number(a) === Number(b);
}

const isNumber = (s: string): boolean => NUMBER_TEXT.test(s.trim());

/** Rounds away binary noise from subtracting decimals (0.3 − 0.1 = 0.19999999999999998). */
const tidy = (n: number): number => Number(n.toPrecision(12));
