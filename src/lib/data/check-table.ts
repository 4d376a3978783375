import { checkHeader } from './check-header.ts';
import { checkKeys } from './check-keys.ts';
import { checkRows, type TypedRow } from './check-rows.ts';
import { decodeBytes } from './decode.ts';
import { problem, type Problem } from './problem.ts';
import { readCsv, type Dialect } from './read-csv.ts';
import { readTableSchema, type TableSchema } from './table-schema.ts';

export interface TableRead {
  schema: TableSchema;
  /** Header labels as written, and the line the header is on (1 unless blank lines precede it). */
  labels: string[];
  headerLine: number;
  /** 1-based column of each schema field present in the header. */
  columnOf: Map<string, number>;
  rows: TypedRow[];
  problems: Problem[];
}

/**
 * One CSV resource against its inline Table Schema: bytes → text → records → header → typed
 * rows → keys. Every stage reports and carries on, so one run lists every problem in the file.
 */
export function checkTable(bytes: Uint8Array, file: string, rawSchema: unknown, dialect: Dialect = {}): TableRead {
  const schema = readTableSchema(rawSchema);
  const decoded = decodeBytes(bytes, file, 'field');
  const csv = readCsv(decoded.text, file, dialect);
  const problems: Problem[] = [...decoded.problems, ...csv.problems];
  for (const blank of csv.leadingBlank) {
    problems.push(
      problem({ file, line: blank.line, type: 'blank-row', message: '表头之前有空行', hint: '删除这一行：第一行应为表头' }),
    );
  }
  if (!csv.header) {
    problems.push(problem({ file, type: 'source-error', message: '文件是空的，没有表头', hint: `第一行应为表头：${schema.fields.map((f) => f.name).join(',')}` }));
    return { schema, labels: [], headerLine: 1, columnOf: new Map(), rows: [], problems };
  }
  const header = checkHeader(csv.header, schema.fields, file);
  const body = checkRows(csv.records, header, file);
  problems.push(...header.problems, ...body.problems, ...checkKeys(body.rows, schema, header.columnOf, file));
  return { schema, labels: csv.header.cells, headerLine: csv.header.line, columnOf: header.columnOf, rows: body.rows, problems };
}
