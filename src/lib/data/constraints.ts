import type { CellValue } from './cast.ts';
import { quote } from './problem.ts';
import type { Field } from './table-schema.ts';

/**
 * Table Schema field constraints on one typed cell (https://datapackage.org/standard/table-schema/#constraints).
 * `required` fails on a missing value and, for text, on an empty cell (a blank required cell is
 * never what staff meant). Other constraints apply to present values only. `unique` needs the
 * whole column and lives in check-keys.ts.
 */
export interface Violation {
  constraint: string;
  message: string;
  hint: string | null;
}

/** What a cell that breaks nothing returns: shared, never written to (most cells, every row). */
const NO_VIOLATIONS: readonly Violation[] = Object.freeze([]);

export function checkConstraints(value: CellValue, raw: string, field: Field): readonly Violation[] {
  const c = field.constraints;
  const name = field.name;
  if (value === null || value === '') {
    if (c.required !== true) return NO_VIOLATIONS;
    const what = value === null && raw !== '' ? `缺失值 ${quote(raw)}` : '空白';
    return [{ constraint: 'required', message: `${name} 是必填项，实际为${what}`, hint: `请填写 ${name}` }];
  }
  // The common case without allocating: a number or boolean within its bounds, with no enum.
  if (typeof value !== 'string' && !Array.isArray(c.enum) && withinBounds(value, c)) return NO_VIOLATIONS;
  const out: Violation[] = [];
  // Quoted only when a message needs it: most cells break no constraint (validation-throughput bench).
  const shown = (): string => quote(raw);
  const cmp = (bound: number | string): number | null => compare(value, bound);
  if (c.minimum !== undefined && (cmp(c.minimum) ?? 0) < 0)
    out.push({ constraint: 'minimum', message: `${name} 不能小于 ${c.minimum}，实际为 ${shown()}`, hint: null });
  if (c.exclusiveMinimum !== undefined && (cmp(c.exclusiveMinimum) ?? 1) <= 0)
    out.push({ constraint: 'exclusiveMinimum', message: `${name} 必须大于 ${c.exclusiveMinimum}，实际为 ${shown()}`, hint: null });
  if (c.maximum !== undefined && (cmp(c.maximum) ?? 0) > 0)
    out.push({ constraint: 'maximum', message: `${name} 不能大于 ${c.maximum}，实际为 ${shown()}`, hint: null });
  if (c.exclusiveMaximum !== undefined && (cmp(c.exclusiveMaximum) ?? -1) >= 0)
    out.push({ constraint: 'exclusiveMaximum', message: `${name} 必须小于 ${c.exclusiveMaximum}，实际为 ${shown()}`, hint: null });
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof c.minLength === 'number' && length < c.minLength)
      out.push({ constraint: 'minLength', message: `${name} 至少 ${c.minLength} 个字符，实际 ${length} 个`, hint: null });
    if (typeof c.maxLength === 'number' && length > c.maxLength)
      out.push({ constraint: 'maxLength', message: `${name} 最多 ${c.maxLength} 个字符，实际 ${length} 个`, hint: null });
  }
  if (typeof c.pattern === 'string' && typeof value === 'string') {
    const re = anchoredPattern(c.pattern);
    if (re && !re.test(value))
      out.push({ constraint: 'pattern', message: `${name} 应符合格式 ${c.pattern}，实际为 ${shown()}`, hint: patternHint(raw, re) });
  }
  if (Array.isArray(c.enum) && !c.enum.some((e) => e === value || String(e) === raw)) {
    const list = c.enum.map(String).join('、');
    const near = c.enum.map(String).find((e) => e.trim().toLowerCase() === raw.trim().toLowerCase());
    out.push({
      constraint: 'enum',
      message: `${name} 应为 ${list} 之一，实际为 ${shown()}`,
      hint: near !== undefined ? `请写成 ${near}` : null,
    });
  }
  return out;
}

/** True when no bound is broken, by the same comparisons as the messages above. */
function withinBounds(value: CellValue, c: Field['constraints']): boolean {
  return (
    (c.minimum === undefined || (compare(value, c.minimum) ?? 0) >= 0) &&
    (c.exclusiveMinimum === undefined || (compare(value, c.exclusiveMinimum) ?? 1) > 0) &&
    (c.maximum === undefined || (compare(value, c.maximum) ?? 0) <= 0) &&
    (c.exclusiveMaximum === undefined || (compare(value, c.exclusiveMaximum) ?? -1) < 0)
  );
}

/** Compares a typed value with a bound; numbers numerically, dates as ISO strings (which sort by date). */
function compare(value: CellValue, bound: number | string): number | null {
  if (typeof value === 'number') {
    const b = typeof bound === 'number' ? bound : Number(bound);
    return Number.isNaN(b) || Number.isNaN(value) ? null : value - b;
  }
  if (typeof value === 'string' && typeof bound === 'string') return value < bound ? -1 : value > bound ? 1 : 0;
  return null;
}

/** Table Schema patterns are XML Schema regular expressions, which match the whole value. */
function anchored(pattern: string): RegExp | null {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return null;
  }
}

/** Each pattern compiled once, not once per cell (a schema has a handful; a table, millions of cells). */
const compiled = new Map<string, RegExp | null>();
function anchoredPattern(pattern: string): RegExp | null {
  let re = compiled.get(pattern);
  if (re === undefined) compiled.set(pattern, (re = anchored(pattern)));
  return re;
}

/** When trimming spaces would fix a pattern mismatch, say so. */
function patternHint(raw: string, re: RegExp): string | null {
  return raw.trim() !== raw && re.test(raw.trim()) ? `去掉前后的空格：${raw.trim()}` : null;
}
