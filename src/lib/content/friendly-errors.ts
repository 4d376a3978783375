import type { z } from 'zod';
import { contentProblem, type ContentProblem, type ContentProblemType } from './problem.ts';

/**
 * The one helper that turns zod issues into lines a person can act on: which file and field,
 * what was expected, what was found, and a hint. Raw ZodError JSON never reaches an editor.
 */
type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;
export type Locate = (path: readonly PathKey[]) => { line: number; column: number } | null;

export interface ParseOptions {
  /** Finds the line and column of a field in the source file (see ./frontmatter.ts). */
  locate?: Locate;
  /** Field-specific hints (Chinese), keyed by the field name, e.g. `lastReviewed`. */
  hints?: Readonly<Record<string, string>>;
  /** Problem type to report, `frontmatter-error` by default. */
  type?: ContentProblemType;
  /** Prefix for field paths, e.g. `[3]` for the fourth item of a YAML list. */
  fieldPrefix?: string;
}

/** Parses `data` with `schema`; never throws. On failure returns one problem per zod issue. */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  options: ParseOptions = {},
): { ok: true; data: z.output<S>; problems: [] } | { ok: false; problems: ContentProblem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data, problems: [] };
  const known = knownKeys(schema);
  return { ok: false, problems: result.error.issues.flatMap((issue) => issueToProblems(issue, data, file, { ...options, known })) };
}

function knownKeys(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

const TYPE_NAMES: Record<string, string> = {
  string: '文本 (string)', number: '数字 (number)', int: '整数 (integer)', boolean: 'true 或 false (boolean)',
  array: '列表 (array)', object: '键值表 (object)', date: '日期 (date)', undefined: '缺少此字段 (missing)', null: '空值 (null)',
};

/** Short description of a value as found in the file. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '缺少此字段 (missing)';
  if (value === null) return '空值 (null)';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '无效日期' : `日期 ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return `列表，${value.length} 项`;
  if (typeof value === 'object') return '键值表 (object)';
  if (typeof value === 'string') return `“${value.length > 40 ? `${value.slice(0, 37)}…` : value}”`;
  return `${typeof value === 'number' ? '数字' : typeof value} ${String(value)}`;
}

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function fieldName(path: readonly PathKey[], prefix = ''): string {
  const body = path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
  return `${prefix}${prefix && body && !body.startsWith('[') ? '.' : ''}${body}` || '（整个文件）';
}

function expectedOf(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return `以下之一：${issue.values.map((v) => JSON.stringify(v)).join('、')}`;
    case 'invalid_format':
      if (issue.format === 'date') return 'ISO 日期，如 2024-05-01 (YYYY-MM-DD)';
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : `格式 ${issue.format}`;
    case 'too_small':
      return issue.origin === 'array' ? `至少 ${issue.minimum} 项` : issue.origin === 'string' ? `至少 ${issue.minimum} 个字符` : `不小于 ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `至多 ${issue.maximum} 项` : issue.origin === 'string' ? `至多 ${issue.maximum} 个字符` : `不大于 ${issue.maximum}`;
    case 'unrecognized_keys':
      return '没有这个字段';
    default:
      return issue.message;
  }
}

/** Levenshtein distance, for "did you mean" hints on misspelt keys and enum values. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

function nearest(word: string, options: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const option of options) {
    const d = distance(word, option);
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  return best;
}

function hintFor(issue: Issue, found: unknown, field: string, options: ParseOptions & { known: string[] }): string | null {
  const last = [...issue.path].reverse().find((k) => typeof k === 'string');
  const specific = typeof last === 'string' ? options.hints?.[last] : undefined;
  if (issue.code === 'invalid_value' && typeof found === 'string') {
    const guess = nearest(found, issue.values.map(String));
    if (guess) return `是否想写 “${guess}”？${specific ? ` ${specific}` : ''}`;
  }
  if (specific) return specific;
  if (issue.code === 'invalid_type' && found === undefined) return `请补上字段 “${field}”。`;
  if (issue.code === 'invalid_type' && issue.expected === 'string' && typeof found !== 'string') return '加上引号，把它写成文本，例如 "…"。';
  if (issue.code === 'invalid_type' && issue.expected === 'array') return '写成列表，例如 [a, b]，或每项一行以 “- ” 开头。';
  if (issue.code === 'invalid_format' && issue.format === 'date') return '写成带引号的 ISO 日期，例如 "2024-05-01"。';
  return null;
}

function issueToProblems(issue: Issue, data: unknown, file: string, options: ParseOptions & { known: string[] }): ContentProblem[] {
  const type = options.type ?? 'frontmatter-error';
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      const guess = nearest(key, options.known);
      const field = fieldName(path, options.fieldPrefix);
      return contentProblem({
        file, type, field, ...(options.locate?.(path) ?? {}),
        expected: expectedOf(issue), found: key,
        message: `字段 “${field}”：没有这个字段`,
        hint: guess ? `是否想写 “${guess}”？` : `可用的字段：${options.known.join('、')}`,
      });
    });
  }
  const found = valueAt(data, issue.path);
  const field = fieldName(issue.path, options.fieldPrefix);
  const expected = expectedOf(issue);
  const foundText = describeValue(found);
  return [contentProblem({
    file, type, field,
    ...(options.locate?.(issue.path) ?? {}),
    expected, found: foundText,
    message: `字段 “${field}”：应为 ${expected}，实际为 ${foundText}`,
    hint: hintFor(issue, found, field, options),
  })];
}
