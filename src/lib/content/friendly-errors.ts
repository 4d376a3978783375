import type { z } from 'zod';
import { closest } from '../data/suggest.ts';
import { explainZodIssue, type ZodExplanation } from '../data/zod-messages.ts';
import { contentProblem, type ContentProblem, type ContentProblemType } from './problem.ts';

/**
 * Schema errors in content/ as problems: the wording comes from the validator's zod translator
 * (src/lib/data/zod-messages.ts); this adds what only content needs — the line and column in the
 * YAML, the field as editors write it, and hints ("did you mean …", how to write a date).
 */
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

/** Parses `data` with `schema`; never throws. On failure returns one problem per zod issue (per unknown key). */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  options: ParseOptions = {},
): { ok: true; data: z.output<S>; problems: [] } | { ok: false; problems: ContentProblem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data, problems: [] };
  const known = knownKeys(schema);
  const problems = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => toProblem(explainZodIssue({ ...issue, keys: [key], path: [...issue.path, key] }, data), file, options, known))
      : [toProblem(explainZodIssue(issue, data), file, options, known)],
  );
  return { ok: false, problems };
}

function knownKeys(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function fieldName(path: readonly PathKey[], prefix = ''): string {
  const body = path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
  return `${prefix}${prefix && body && !body.startsWith('[') ? '.' : ''}${body}` || '（整个文件）';
}

/** At most one guess, and only a close one: about one edit per three characters, at least two. */
const guess = (word: string, options: readonly string[]): string | undefined =>
  closest(word, options, { maxDistance: Math.max(2, Math.floor(word.length / 3)), limit: 1 })[0];

function hintFor(e: ZodExplanation, field: string, options: ParseOptions, known: string[]): string | null {
  const unknownKey = e.keys[0];
  if (unknownKey !== undefined) {
    const near = guess(unknownKey, known);
    return near ? `是否想写 “${near}”？` : `可用的字段：${known.join('、')}`;
  }
  const last = [...e.path].reverse().find((k) => typeof k === 'string');
  const specific = typeof last === 'string' ? options.hints?.[last] : undefined;
  const value = e.value;
  if (e.allowed.length && typeof value === 'string') {
    const near = guess(value, e.allowed);
    if (near) return `是否想写 “${near}”？${specific ? ` ${specific}` : ''}`;
  }
  if (specific) return specific;
  if (e.missing) return `请补上字段 “${field}”。`;
  if (e.expected === '字符串' && typeof value !== 'string') return '加上引号，把它写成文本，例如 "…"。';
  if (e.expected === '数组') return '写成列表，例如 [a, b]，或每项一行以 “- ” 开头。';
  if (e.expected.startsWith('日期')) return '写成带引号的 ISO 日期，例如 "2024-05-01"。';
  return null;
}

function toProblem(e: ZodExplanation, file: string, options: ParseOptions, known: string[]): ContentProblem {
  const field = fieldName(e.path, options.fieldPrefix);
  return contentProblem({
    file,
    type: options.type ?? 'frontmatter-error',
    field,
    ...(options.locate?.(e.path) ?? {}),
    expected: e.expected,
    found: e.keys[0] ?? e.found,
    message: `字段 “${field}”：${e.message}`,
    hint: hintFor(e, field, options, known),
  });
}
