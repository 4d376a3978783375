import { dateForm, numericForm, yearForm } from './input-forms.ts';
import { quote } from './problem.ts';
import type { Field, MissingValue } from './table-schema.ts';

/**
 * One cell → a typed value, a missing-value code, or the reason it is neither (with a hint).
 * Lexical forms follow Table Schema 2.0 (https://datapackage.org/standard/table-schema/#field-types):
 * integer `[+-]?digits`; number decimal or exponent, plus NaN/INF/-INF; date `YYYY-MM-DD`;
 * year four digits; boolean per `trueValues`/`falseValues`. A bad cell is a named reason,
 * never a silent NaN.
 */
export type CellValue = string | number | boolean | null;

export type CastResult =
  | { ok: true; value: CellValue; missing: string | null }
  | { ok: false; message: string; hint: string | null };

/** Labels of the contract's codes (data/README.md, "Missing values"), used when a schema gives none. */
const KNOWN_LABELS: Record<string, string> = { NP: '未公布', NA: '不适用', S: '已隐去' };

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  integer: '整数',
  number: '数字',
  date: '日期（YYYY-MM-DD）',
  year: '四位数字的年份',
  boolean: '布尔值',
};

/** The hint for a blank numeric cell: the declared codes with their reasons, e.g. `NP(未公布)/ NA(不适用)`. */
export function blankHint(missing: readonly MissingValue[]): string {
  const codes = missingList(missing);
  return codes ? `空白单元格请填写 ${codes}` : '请填写数值';
}

/** `NP(未公布)/ NA(不适用)/ S(已隐去)`, or null when the schema declares no codes. */
function missingList(missing: readonly MissingValue[]): string | null {
  const codes = missing.filter((m) => m.value !== '');
  if (codes.length === 0) return null;
  return codes.map((m) => `${m.value}(${m.label ?? KNOWN_LABELS[m.value] ?? '缺失'})`).join('/ ');
}

export function castCell(raw: string, field: Field): CastResult {
  for (const m of field.missingValues) if (m.value === raw) return { ok: true, value: null, missing: raw };
  // The common case first: a plain number needs none of the checks below (validation-throughput bench).
  const plain = plainNumber(raw, field);
  if (plain !== null) return { ok: true, value: plain, missing: null };
  // U+FFFD is what undecodable bytes became; the encoding-error for the file is the real cause.
  if (raw.includes('\uFFFD')) return failure(raw, field, '含无法识别的字节', '这个单元格里有不是 UTF-8 的字节（见本文件的 encoding-error）：另存为 UTF-8 后再检查');
  if (field.type !== 'string' && raw.trim() === '') {
    return { ok: false, message: `${field.name} 应为${typeName(field)}，实际为空白`, hint: blankHint(field.missingValues) };
  }
  switch (field.type) {
    case 'string':
      return { ok: true, value: raw, missing: null };
    case 'integer':
    case 'number': {
      const value = parseNumber(raw, field);
      if (value !== null) return { ok: true, value, missing: null };
      const form = numericForm(raw);
      if (form?.plain != null && parseNumber(form.plain, { ...field, groupChar: null, decimalChar: '.' }) !== null)
        return failure(raw, field, form.description, `请写成 ${form.plain}${form.note ? `（${form.note}）` : ''}`);
      if (form) return failure(raw, field, form.description, excelHint(raw, field));
      return failure(raw, field, null, null);
    }
    case 'date': {
      if (isIsoDate(raw)) return { ok: true, value: raw, missing: null };
      const form = dateForm(raw);
      return failure(raw, field, form?.description ?? null, form?.plain && isIsoDate(form.plain) ? `请写成 ${form.plain}` : null);
    }
    case 'year': {
      if (/^\d{4}$/.test(raw)) return { ok: true, value: Number(raw), missing: null };
      const form = yearForm(raw);
      return failure(raw, field, form?.description ?? null, form?.plain ? `请写成 ${form.plain}` : null);
    }
    case 'boolean': {
      if (field.trueValues.includes(raw)) return { ok: true, value: true, missing: null };
      if (field.falseValues.includes(raw)) return { ok: true, value: false, missing: null };
      return failure(raw, field, null, `请填写 ${[...field.trueValues, ...field.falseValues].join(' / ')} 之一`);
    }
  }
}

const typeName = (field: Field): string => TYPE_NAMES[field.type] ?? field.type;

function failure(raw: string, field: Field, detail: string | null, hint: string | null): CastResult {
  return { ok: false, message: `${field.name} 应为${typeName(field)}，实际为 ${quote(raw)}${detail ? `（${detail}）` : ''}`, hint };
}

/** A plain decimal, at most 15 digits each side so the value is exact. */
const PLAIN_DECIMAL = /^\d{1,15}(\.\d{1,15})?$/;

/**
 * A cell that is a plain unsigned integer or decimal in a field with no group character and a
 * point for decimals reads as itself; anything else, or any other field, goes the long way
 * through parseNumber. Most cells of every table take this path (validation-throughput bench).
 */
function plainNumber(raw: string, field: Field): number | null {
  if (field.groupChar || field.decimalChar !== '.') return null;
  if (field.type === 'integer') return digitsValue(raw);
  if (field.type === 'number') return digitsValue(raw) ?? (PLAIN_DECIMAL.test(raw) ? Number(raw) : null);
  return null;
}

/**
 * 1 to 15 ASCII digits and nothing else, as a number (exact: below 2^53), else null. A loop over
 * the characters rather than a regular expression and Number(): a third of the time per cell.
 */
function digitsValue(raw: string): number | null {
  const n = raw.length;
  if (n === 0 || n > 15) return null;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const d = raw.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    value = value * 10 + d;
  }
  return value;
}

/**
 * How a field's plain cells read without castCell: `digits` (an integer field: 1–15 digits),
 * `decimal` (a number field: those or a plain decimal), `year` (four digits), or null when every
 * cell takes castCell. Null too when a missing-value code is itself digits (a `99` for "not
 * reported"), so a plain read never has to rule a code out. Worked out once per column; the
 * validator tries readPlain on every cell first (validation-throughput bench).
 */
export type PlainForm = 'digits' | 'decimal' | 'year' | null;

export function plainForm(field: Field): PlainForm {
  if (field.missingValues.some((m) => /^[\d.]+$/.test(m.value))) return null;
  if (field.type === 'year') return 'year';
  if (field.groupChar || field.decimalChar !== '.') return null;
  return field.type === 'integer' ? 'digits' : field.type === 'number' ? 'decimal' : null;
}

/** What castCell would give a cell of that form, without building a result; undefined when the cell needs castCell. */
export function readPlain(raw: string, form: Exclude<PlainForm, null>): number | undefined {
  if (form === 'year') return raw.length === 4 ? (digitsValue(raw) ?? undefined) : undefined;
  const value = digitsValue(raw);
  if (value !== null) return value;
  return form === 'decimal' && PLAIN_DECIMAL.test(raw) ? Number(raw) : undefined;
}

function excelHint(raw: string, field: Field): string | null {
  if (!raw.trim().startsWith('#')) return null;
  const codes = missingList(field.missingValues);
  return `请在表格里修正公式${codes ? `，或按原因填写 ${codes}` : ''}`;
}

/** Parses an integer or number per the field's `groupChar`, `decimalChar` and `bareNumber`; null if it is not one. */
export function parseNumber(raw: string, field: Pick<Field, 'type' | 'groupChar' | 'decimalChar' | 'bareNumber'>): number | null {
  let s = raw;
  if (!field.bareNumber) s = s.replace(/^[^\d+\-.]+/, '').replace(/[^\d.]+$/, '');
  if (field.groupChar) s = s.split(field.groupChar).join('');
  if (field.type === 'integer') return /^[+-]?\d+$/.test(s) ? Number(s) : null;
  if (field.decimalChar !== '.') s = s.split(field.decimalChar).join('.');
  if (s === 'NaN') return Number.NaN;
  if (s === 'INF' || s === '-INF') return s === 'INF' ? Infinity : -Infinity;
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s) ? Number(s) : null;
}

/** A real calendar date in `YYYY-MM-DD` form (2019-02-29 is not one). */
export function isIsoDate(s: string): boolean {
  const m = s.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
