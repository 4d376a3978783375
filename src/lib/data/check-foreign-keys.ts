import type { CellValue } from './cast.ts';
import type { TypedRow } from './check-rows.ts';
import { problem, type Problem } from './problem.ts';
import type { TableSchema } from './table-schema.ts';

export interface KeyedTable {
  name: string;
  file: string;
  schema: TableSchema;
  rows: TypedRow[];
  columnOf: Map<string, number>;
}

export interface Position {
  line: number;
  column: number;
}

/**
 * Foreign keys within one package (Table Schema `foreignKeys`), including self-references such as
 * the registry's `parent` → `code`. A row whose key cells are all missing refers to nothing and
 * passes, as in frictionless-py.
 */
export function checkForeignKeys(
  tables: readonly KeyedTable[],
  descriptorFile: string,
  locate: (path: Array<string | number>) => Position,
): Problem[] {
  const problems: Problem[] = [];
  const byName = new Map(tables.map((t) => [t.name, t]));
  tables.forEach((table, ti) => {
    table.schema.foreignKeys.forEach((fk, fi) => {
      const target = fk.resource === null ? table : byName.get(fk.resource);
      const at = locate(['resources', ti, 'schema', 'foreignKeys', fi]);
      const refName = fk.resource ?? table.name;
      if (!target) {
        problems.push(
          problem({ file: descriptorFile, ...at, type: 'schema-error', message: `外键引用的资源 ${refName} 不存在`, hint: null }),
        );
        return;
      }
      const missingField = [...fk.fields.filter((f) => !table.columnOf.has(f)), ...fk.referenceFields.filter((f) => !target.columnOf.has(f))];
      if (fk.fields.length !== fk.referenceFields.length || missingField.length > 0) {
        // Columns absent from the CSV are already missing-label problems; a malformed key is a schema problem.
        if (fk.fields.length !== fk.referenceFields.length)
          problems.push(
            problem({ file: descriptorFile, ...at, type: 'schema-error', message: '外键的 fields 与 reference.fields 数量不同', hint: null }),
          );
        return;
      }
      const keyOf = (row: TypedRow, names: string[]): CellValue[] => names.map((n) => row.values[n] ?? null);
      const known = new Set(target.rows.map((r) => JSON.stringify(keyOf(r, fk.referenceFields))));
      const column = table.columnOf.get(fk.fields[0]!)!;
      for (const row of table.rows) {
        if (fk.fields.some((f) => row.invalid.includes(f))) continue;
        const key = keyOf(row, fk.fields);
        if (key.every((v) => v === null)) continue;
        if (known.has(JSON.stringify(key))) continue;
        const shown = key.map((v) => String(v)).join(', ');
        problems.push(
          problem({
            file: table.file,
            line: row.line,
            column,
            field: fk.fields.join(', '),
            type: 'foreign-key',
            message: `${fk.fields.join(', ')} = ${shown} 在 ${refName} 的 ${fk.referenceFields.join(', ')} 中找不到`,
            hint: `检查是否写错；引用的值必须是 ${refName} 中已有的 ${fk.referenceFields.join(', ')}`,
          }),
        );
      }
    });
  });
  return problems;
}
