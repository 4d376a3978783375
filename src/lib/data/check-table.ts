import { checkHeader, type HeaderMap } from './check-header.ts';
import { KeyTracker } from './check-keys.ts';
import { checkRecord, type ScannedRow } from './check-rows.ts';
import { problem, type Problem } from './problem.ts';
import { CsvReader, type Dialect } from './read-csv.ts';
import { readTableInPieces } from './read-text.ts';
import { readTableSchema, type TableSchema } from './table-schema.ts';

export interface TableShape {
  schema: TableSchema;
  /** Header labels as written, and the line the header is on (1 unless blank lines precede it). */
  labels: string[];
  headerLine: number;
  /** 1-based column of each schema field present in the header. */
  columnOf: Map<string, number>;
  /** The field read from each column position (a row's `values` are in this order), or null for a column not read. */
  names: Array<string | null>;
  /** Data rows read (not counting the header and blank rows). */
  rowCount: number;
}

export interface TableHandlers {
  problem(p: Problem): void;
  /** Called once the header is read, before any row: what to do with each row, or null to skip rows. */
  start?(shape: TableShape): ((row: ScannedRow) => void) | null;
}

/**
 * One CSV resource against its inline Table Schema: bytes → text → records → header → typed
 * rows → keys. Every stage reports and carries on, so one run lists every problem in the file.
 * The file is read as a stream: each row is checked, handed to `row` and let go, so memory does
 * not grow with the file (only with its distinct keys, see check-keys.ts).
 */
export function scanTable(file: string, rawSchema: unknown, dialect: Dialect, on: TableHandlers): TableShape {
  const schema = readTableSchema(rawSchema);
  const shape: TableShape = { schema, labels: [], headerLine: 1, columnOf: new Map(), names: [], rowCount: 0 };
  let header: HeaderMap | null = null;
  let keys: KeyTracker | null = null;
  let use: ((row: ScannedRow) => void) | null = null;
  const reader = new CsvReader(file, dialect, {
    problem: on.problem,
    leadingBlank: (blank) =>
      on.problem(problem({ file, line: blank.line, type: 'blank-row', message: '表头之前有空行', hint: '删除这一行：第一行应为表头' })),
    header: (rec) => {
      header = checkHeader(rec, schema.fields, file);
      for (const p of header.problems) on.problem(p);
      Object.assign(shape, { labels: rec.cells, headerLine: rec.line, columnOf: header.columnOf, names: header.columns.map((f) => f?.name ?? null) });
      keys = new KeyTracker(schema, header.columnOf, file);
      use = on.start?.(shape) ?? null;
    },
    record: (rec) => {
      const row = checkRecord(rec, header!, file, on.problem);
      if (!row) return;
      shape.rowCount++;
      keys!.add(row, on.problem);
      use?.(row);
    },
  });
  readTableInPieces(file, { bytes: (chunk) => reader.writeBytes(chunk), text: (text) => reader.write(text) }, on.problem);
  reader.end();
  if (!header) {
    on.problem(problem({ file, type: 'source-error', message: '文件是空的，没有表头', hint: `第一行应为表头：${schema.fields.map((f) => f.name).join(',')}` }));
  }
  return shape;
}
