import { problem, quote, type Problem } from './problem.ts';
import type { CsvRecord } from './read-csv.ts';
import { closest } from './suggest.ts';
import type { Field } from './table-schema.ts';

export interface HeaderMap {
  /** For each header position, the field it holds, or null when the column is not read. */
  columns: Array<Field | null>;
  /** 1-based column of each field present. */
  columnOf: Map<string, number>;
  problems: Problem[];
}

/**
 * Matches header labels to schema fields by name, not by position: staff reorder spreadsheet
 * columns, and a column in the wrong place is not wrong data. (Frictionless matches by position
 * unless `schema_sync` is set; this is that mode.) Columns not in the schema are `extra-label`,
 * schema fields with no column are `missing-label`, a second column with the same label is
 * `duplicate-label`; their cells are not read.
 */
export function checkHeader(header: CsvRecord, fields: readonly Field[], file: string): HeaderMap {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const columnOf = new Map<string, number>();
  const problems: Problem[] = [];
  const line = header.line;
  const columns = header.cells.map((label, i): Field | null => {
    const column = i + 1;
    if (label.trim() === '') {
      problems.push(
        problem({ file, line, column, type: 'blank-label', message: `第 ${column} 列没有表头`, hint: '请填写列名，或删除这一列' }),
      );
      return null;
    }
    const field = byName.get(label);
    if (field && columnOf.has(label)) {
      problems.push(
        problem({
          file,
          line,
          column,
          field: label,
          type: 'duplicate-label',
          message: `列名 ${quote(label)} 与第 ${columnOf.get(label)} 列重复，这一列不会被读取`,
          hint: '删除重复的列，或改成正确的列名',
        }),
      );
      return null;
    }
    if (field) {
      columnOf.set(label, column);
      return field;
    }
    problems.push(
      problem({ file, line, column, field: label, type: 'extra-label', message: `列名 ${quote(label)} 不在表结构（schema）中`, hint: labelHint(label, fields) }),
    );
    return null;
  });
  fields.forEach((f, i) => {
    if (columnOf.has(f.name)) return;
    problems.push(
      problem({
        file,
        line,
        column: i + 1,
        field: f.name,
        type: 'missing-label',
        message: `缺少列 ${quote(f.name)}（表结构中的第 ${i + 1} 个字段）`,
        hint: `请添加表头为 ${f.name} 的列`,
      }),
    );
  });
  return { columns, columnOf, problems };
}

function labelHint(label: string, fields: readonly Field[]): string {
  const names = fields.map((f) => f.name);
  if (names.includes(label.trim())) return `去掉列名前后的空格：${label.trim()}`;
  const near = closest(label, names);
  if (near.length > 0) return `是否应为 ${near.join(' 或 ')}？`;
  return '删除这一列，或把它添加到 datapackage.json 的 schema.fields 中';
}
