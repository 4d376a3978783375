import type { Field } from './table-schema.ts';

/**
 * Text cells are plain text: what staff see in a spreadsheet is what readers see on the page.
 * Refused, each with the character's code point and a hint:
 * - control characters (Unicode category Cc: C0 including NUL, DEL, C1), except a line break
 *   inside a quoted note; a NUL would otherwise be written raw into the HTML;
 * - bidirectional controls U+202A–U+202E and U+2066–U+2069 (Unicode TR9 explicit formatting),
 *   which reorder what follows them: U+202E in `name_en` turns "Lixia District, 2019" into
 *   "Lixia 9102 ,District";
 * - zero-width and other invisible format characters (U+200B–U+200F, U+2060–U+2064, U+FEFF,
 *   U+00AD, U+180E), which make two codes or names that look identical compare different;
 * - names that mix scripts (a Cyrillic "а" inside `name_en`): UTS #39 "highly restrictive"
 *   allows one script, or Latin with Han (https://www.unicode.org/reports/tr39/#Restriction_Level_Detection);
 * - cells a spreadsheet would run as a formula, starting with `=`, `+`, `-` or `@` (OWASP, "CSV
 *   Injection", https://owasp.org/www-community/attacks/CSV_Injection);
 * - over-long cells: names at most 100 characters, any other text at most 2,000 (a 50 MB note
 *   once made a 52 MB page).
 * Only `string` fields are checked: a number such as -1 is a number, never a formula.
 */
export interface TextViolation {
  message: string;
  hint: string;
}

/** Longest name (`name_zh`, `name_en`, …) and longest other text cell, in characters. */
export const MAX_NAME_LENGTH = 100;
export const MAX_TEXT_LENGTH = 2000;

const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/u;
/** Cc (U+0000–U+001F, U+007F–U+009F) except LF: a quoted note may span lines (read-csv.ts makes CR and CRLF LF). */
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u;
/** OWASP's list, with LF for the CR that read-csv.ts turned into one; TAB is already a control character. */
const FORMULA_START = /^[=+\-@\t\n]/;

/** Scripts a name's letters are told apart by; a letter in none of them counts as its own script. */
const SCRIPTS: Array<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Han', /\p{Script=Han}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
];
const SCRIPT_NAMES: Record<string, string> = { Latin: '拉丁字母', Han: '汉字', Cyrillic: '西里尔字母', Greek: '希腊字母' };

/** `name`, `name_zh`, `name_en`, `division_name`, …: a name shown as a heading or link. */
export const isNameField = (name: string): boolean => /(^|_)name($|_)/.test(name);

export const codePoint = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What a cell that breaks no rule returns: shared, never written to. */
const NO_TEXT_VIOLATIONS: readonly TextViolation[] = Object.freeze([]);

export function checkText(value: string, field: Field): readonly TextViolation[] {
  if (isPlainText(value)) return NO_TEXT_VIOLATIONS;
  const name = field.name;
  const out: TextViolation[] = [];
  const found = (re: RegExp): { ch: string; at: number } | null => {
    const m = re.exec(value);
    return m ? { ch: m[0], at: [...value.slice(0, m.index)].length + 1 } : null;
  };
  // A name is one line: a line break in it is refused like any other control character.
  const control = found(isNameField(name) ? /[\u0000-\u001F\u007F-\u009F]/u : CONTROL);
  if (control)
    out.push({
      message: `${name} 的第 ${control.at} 个字符是控制字符 ${codePoint(control.ch)}，文本里不能有控制字符`,
      hint: '删除这个看不见的字符：它通常是从别的程序复制粘贴带进来的',
    });
  const bidi = found(BIDI);
  if (bidi)
    out.push({
      message: `${name} 的第 ${bidi.at} 个字符是双向文本控制符 ${codePoint(bidi.ch)}，它会颠倒后面文字的显示顺序`,
      hint: '删除这个看不见的字符，重新输入这个单元格',
    });
  const invisible = found(INVISIBLE);
  if (invisible)
    out.push({
      message: `${name} 的第 ${invisible.at} 个字符是零宽或不可见字符 ${codePoint(invisible.ch)}`,
      hint: '删除这个看不见的字符：看起来相同的两个名称或代码会因为它而不相同',
    });
  // A leading tab is already reported as a control character: one cause, one problem.
  if (FORMULA_START.test(value) && control?.at !== 1)
    out.push({
      message: `${name} 以${/[=+\-@]/.test(value[0]!) ? `“${value[0]}”` : ` ${codePoint(value[0]!)} `}开头，电子表格软件打开时会把它当作公式执行`,
      hint: '改写成不以 = + - @ 开头的文字（例如把“-”换成“—”或“无”，或在前面加上说明文字）',
    });
  const limit = isNameField(name) ? MAX_NAME_LENGTH : MAX_TEXT_LENGTH;
  const length = [...value].length;
  if (length > limit)
    out.push({
      message: `${name} 有 ${length.toLocaleString('en-US')} 个字符，${isNameField(name) ? '名称' : '文本单元格'}最多 ${limit.toLocaleString('en-US')} 个`,
      hint: isNameField(name) ? '名称写正式名称即可' : '长的说明放到文档里（docs/ 或 datapackage.json 的 description），单元格里写要点',
    });
  if (isNameField(name)) {
    const mixed = mixedScripts(value);
    if (mixed)
      out.push({
        message: `${name} 混用了${mixed.scripts.map((s) => SCRIPT_NAMES[s] ?? s).join('和')}：第 ${mixed.at} 个字符 “${mixed.ch}”（${codePoint(mixed.ch)}）与前面的文字不是同一种文字`,
        hint: '用同一种文字重新输入这个名称：有些字母看起来一样（如拉丁字母 a 和西里尔字母 а），但不是同一个字符',
      });
  }
  return out;
}

/**
 * Printable ASCII (U+0020–U+007E) that does not start like a formula and is short enough for a
 * name: none of the rules above can fail (no control, bidirectional or invisible character, one
 * script at most, and as many characters as UTF-16 units), so most text cells (codes, dates,
 * source names) are passed by one loop over their characters (validation-throughput bench).
 */
function isPlainText(value: string): boolean {
  if (value.length > MAX_NAME_LENGTH || FORMULA_START.test(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** The first letter whose script breaks "one script, or Latin with Han", or null. */
export function mixedScripts(value: string): { scripts: string[]; ch: string; at: number } | null {
  const seen: string[] = [];
  let at = 0;
  for (const ch of value) {
    at++;
    if (!/\p{L}/u.test(ch)) continue;
    const script = SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? codePoint(ch);
    if (seen.includes(script)) continue;
    const next = [...seen, script];
    if (next.length > 1 && !next.every((s) => s === 'Latin' || s === 'Han')) return { scripts: next, ch, at };
    seen.push(script);
  }
  return null;
}
