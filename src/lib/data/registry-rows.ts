import type { z } from 'zod';
import type { CellValue } from './cast.ts';
import type { TypedRow } from './check-rows.ts';
import { problem, type Problem } from './problem.ts';
import type { Package, PackageResource } from './read-package.ts';
import { friendlyZodIssues } from './zod-messages.ts';

/** How one registry table's typed rows become schema objects (the division registry, the indicator catalogue). */
export interface RegistryTable<T> {
  /** CSV column (snake_case) → schema property (camelCase). */
  columns: Readonly<Record<string, string>>;
  /** The key column: rows whose key is unreadable are left out (already reported). */
  key: string;
  /** The schema's input for one row. */
  toInput: (row: TypedRow) => Record<string, unknown>;
  /** Stand-ins for cells already reported as bad: blank where the schema allows it, else the key. */
  fallback: (input: Record<string, unknown>) => Record<string, unknown>;
  schema: z.ZodType<T>;
}

/** A blank or missing cell is null; anything else its text. */
export const cellText = (v: CellValue | undefined): string | null => (v === null || v === undefined || v === '' ? null : String(v));

/** The resource called `name`, else the package's first (a misnamed resource is reported elsewhere). */
export function resourceOf(pkg: Package | null, name: string): PackageResource | null {
  return pkg?.resources.find((r) => r.name === name) ?? pkg?.resources[0] ?? null;
}

/**
 * Parses each row with the table's zod schema; cells the schema refuses become `registry-error`
 * problems in `problems`. A row whose only problems are in cells already reported (type or
 * constraint errors) is kept with neutral stand-ins for those cells (`fallback`), so one typo in
 * the registry does not turn every dataset row that uses the division into an error too.
 */
export function readRegistryRows<T>(res: PackageResource, table: RegistryTable<T>, problems: Problem[]): T[] {
  const { columns, key, toInput, fallback, schema } = table;
  const back = Object.fromEntries(Object.entries(columns).map(([col, prop]) => [prop, col]));
  const out: T[] = [];
  for (const row of res.rows) {
    if (row.misaligned || row.invalid.includes(key) || typeof row.values[key] !== 'string') continue;
    const input = toInput(row);
    const parsed = schema.safeParse(input, { reportInput: true });
    if (parsed.success) {
      out.push(parsed.data);
      continue;
    }
    const fresh = friendlyZodIssues(parsed.error.issues)
      .map((issue) => ({ ...issue, column: back[String(issue.path[0])] ?? String(issue.path[0]) }))
      .filter((issue) => !row.invalid.includes(issue.column));
    if (fresh.length === 0) {
      const failed = new Set(parsed.error.issues.map((i) => String(i.path[0])));
      const stand = fallback(input);
      const patched = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, failed.has(k) ? stand[k] : v]));
      const again = schema.safeParse(patched);
      if (again.success) out.push(again.data);
    }
    for (const issue of fresh) {
      problems.push(
        problem({ file: res.file, line: row.line, column: res.columnOf.get(issue.column) ?? 1, field: issue.column, type: 'registry-error', message: `${issue.column}：${issue.message}` }),
      );
    }
  }
  return out;
}
