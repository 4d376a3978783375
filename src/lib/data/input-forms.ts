/**
 * Recognises the ways staff write numbers and dates in spreadsheets that are not the plain form
 * the contract asks for (data/README.md, "Accepted input forms"), and computes the plain form for
 * the hint. Policy: these are rejected, never silently converted — a converted "1.2万" or "45%"
 * could be off by a factor nobody sees — but the hint says exactly what to write instead.
 */
export interface InputForm {
  /** What the cell looks like, for the message, e.g. `带单位“万”`. */
  description: string;
  /** The plain form, or null when none can be computed. */
  plain: string | null;
  /** Why the plain form is right, added to the hint when it is not obvious. */
  note?: string;
}

/** Excel's error values (Microsoft Support, "How to correct a #… error"). */
const EXCEL_ERRORS = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

/** Full-width forms (U+FF01–U+FF5E) of digits and number punctuation → ASCII. */
function halfWidth(s: string): string {
  return s.replace(/[\uFF0B-\uFF0E\uFF10-\uFF19\uFF05]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Multiplies a plain decimal string by 10^n exactly (no floating point: 1.2万 is 12000, not 11999.999…). */
export function shiftDecimal(s: string, n: number): string {
  const neg = s.startsWith('-');
  const [int = '', frac = ''] = s.replace(/^[+-]/, '').split('.');
  const padded = frac.padEnd(n, '0');
  const whole = (int + padded.slice(0, n)).replace(/^0+(?=\d)/, '') || '0';
  const rest = padded.slice(n).replace(/0+$/, '');
  return `${neg ? '-' : ''}${whole}${rest ? `.${rest}` : ''}`;
}

const UNITS: Record<string, number> = { 万: 4, 亿: 8, 千: 3, 百万: 6, 千万: 7 };
/** Counting words a cell may end in, e.g. `1234人`; they belong in the indicator's unit, not the cell. */
const COUNT_WORDS = /(人|户|个|村|元|万元|乡镇|县|名|家)$/;

/** Describes a numeric cell that is not plain, or returns null when nothing is recognised. */
export function numericForm(raw: string): InputForm | null {
  const notes: string[] = [];
  let s = raw;
  if (EXCEL_ERRORS.test(s.trim())) return { description: 'Excel 公式的错误值', plain: null };
  if (s.trim() !== s) {
    notes.push('前后有空格');
    s = s.trim();
  }
  const hw = halfWidth(s);
  if (hw !== s) {
    notes.push('使用了全角数字或符号');
    s = hw;
  }
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?/.test(s)) {
    notes.push('含千位分隔符“,”');
    s = s.replace(/,/g, '');
  }
  let shift = 0;
  const word = s.match(COUNT_WORDS);
  if (word && /\d/.test(s.slice(0, -word[0].length))) {
    notes.push(`带单位“${word[0]}”`);
    s = s.slice(0, -word[0].length);
    if (word[0] === '万元') shift = 4;
  }
  const unit = s.match(/(百万|千万|万|亿|千)$/);
  if (unit && /\d$/.test(s.slice(0, -unit[0].length))) {
    notes.push(`带单位“${unit[0]}”`);
    s = s.slice(0, -unit[0].length);
    shift += UNITS[unit[0]]!;
  }
  let note: string | undefined;
  if (s.endsWith('%') && /\d$/.test(s.slice(0, -1))) {
    notes.push('带百分号“%”');
    note = '比率按 0—100 的数字填写，单位“%”已在指标目录中定义';
    s = s.slice(0, -1);
  }
  if (notes.length === 0) return null;
  const plain = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s) ? shiftDecimal(s, shift) : null;
  return { description: notes.join('，'), plain, ...(note ? { note } : {}) };
}

/** Describes a date cell written as 2019/12/31, 2019.12.31 or 2019年12月31日, with the ISO form. */
export function dateForm(raw: string): InputForm | null {
  const m = halfWidth(raw.trim()).match(/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return iso === raw ? null : { description: '不是 YYYY-MM-DD 格式', plain: iso };
}

/** Describes a year written as 2019年 or in full-width digits. */
export function yearForm(raw: string): InputForm | null {
  const m = halfWidth(raw.trim()).match(/^(\d{4})\s*年?$/);
  return m && m[1] !== raw ? { description: '不是四位数字的年份', plain: m[1]! } : null;
}
