import type { TypedRow } from './check-rows.ts';
import { problem, type Problem } from './problem.ts';
import type { Field, TableSchema } from './table-schema.ts';

/**
 * Whole-table checks: `duplicate-row` (a row identical to an earlier one), `primary-key` (the key
 * repeats or is missing) and `unique-error` (a `unique` column repeats). An identical row is
 * reported only as a duplicate row, not again as a key clash: one cause, one problem.
 */
export function checkKeys(rows: readonly TypedRow[], schema: TableSchema, columnOf: Map<string, number>, file: string): Problem[] {
  const problems: Problem[] = [];
  const seenRows = new Map<string, number>();
  const duplicates = new Set<TypedRow>();
  for (const row of rows) {
    const key = JSON.stringify(row.cells);
    const first = seenRows.get(key);
    if (first === undefined) seenRows.set(key, row.line);
    else {
      duplicates.add(row);
      problems.push(
        problem({ file, line: row.line, type: 'duplicate-row', message: `这一行与第 ${first} 行完全相同`, hint: '删除重复的行' }),
      );
    }
  }
  const pk = schema.primaryKey.filter((name) => columnOf.has(name));
  if (pk.length > 0 && pk.length === schema.primaryKey.length) problems.push(...checkPrimaryKey(rows, pk, columnOf, duplicates, file));
  for (const field of schema.fields) {
    if (field.constraints.unique === true && columnOf.has(field.name) && !(pk.length === 1 && pk[0] === field.name))
      problems.push(...checkUnique(rows, field, columnOf.get(field.name)!, duplicates, file));
  }
  return problems;
}

function checkPrimaryKey(rows: readonly TypedRow[], pk: string[], columnOf: Map<string, number>, skip: Set<TypedRow>, file: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const column = columnOf.get(pk[0]!)!;
  const names = pk.join(', ');
  for (const row of rows) {
    if (skip.has(row) || pk.some((f) => row.invalid.includes(f))) continue;
    const values = pk.map((f) => row.values[f]);
    const shown = values.map((v) => (v === null ? '（空）' : String(v))).join(', ');
    if (values.some((v) => v === null || v === '')) {
      problems.push(
        problem({ file, line: row.line, column, field: names, type: 'primary-key', message: `主键（${names}）不能为空，实际为 ${shown}`, hint: null }),
      );
      continue;
    }
    const key = JSON.stringify(values);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.line);
    else
      problems.push(
        problem({
          file,
          line: row.line,
          column,
          field: names,
          type: 'primary-key',
          message: `主键（${names}）= ${shown} 与第 ${first} 行重复`,
          hint: '主键每行必须不同：合并或删除其中一行',
        }),
      );
  }
  return problems;
}

function checkUnique(rows: readonly TypedRow[], field: Field, column: number, skip: Set<TypedRow>, file: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const v = row.values[field.name];
    if (skip.has(row) || v === null || v === undefined) continue;
    const key = JSON.stringify(v);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.line);
    else
      problems.push(
        problem({ file, line: row.line, column, field: field.name, type: 'unique-error', message: `${field.name} 的值 ${String(v)} 与第 ${first} 行重复（unique）`, hint: null }),
      );
  }
  return problems;
}
