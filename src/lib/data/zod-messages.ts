import type { z } from 'zod';
import type { JsonPath } from './json-locate.ts';

/**
 * The one translator from zod issues to Chinese, used by the data validator (descriptors, the
 * registry) and the content check (front matter, YAML lists) alike: what was expected, what was
 * found, and "应为 X，实际为 Y". Callers add where it is (file, line, field) and a hint. Raw
 * ZodError JSON never reaches a person (docs/conventions.md §2).
 */
export interface ZodExplanation {
  /** Where in the parsed value the issue is, without symbols. */
  path: JsonPath;
  /** What the field should hold, e.g. `数字`, `日期（YYYY-MM-DD）`, `"official"、"example" 之一`. */
  expected: string;
  /** The value found, as JSON text (`"first"`), or `（无）` when the field is missing. */
  found: string;
  /** The value found itself (undefined when missing). */
  value: unknown;
  /** The field is missing altogether. */
  missing: boolean;
  /** For unknown keys: their names; for a value outside a list: the allowed values. */
  keys: string[];
  allowed: string[];
  /** The whole sentence, e.g. `应为数字，实际为 "first"` or `缺少必填属性（应为字符串）`. */
  message: string;
}

/** Only the path and the sentence, the form the validator's descriptor and registry checks print. */
export interface FriendlyIssue {
  path: JsonPath;
  message: string;
}

const KIND: Record<string, string> = {
  string: '字符串',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
};
const FORMATS: Record<string, string> = { date: '日期（YYYY-MM-DD）', url: '网址（URL）', regex: '规定的格式' };

const show = (v: unknown): string => (v === undefined ? '（无）' : (JSON.stringify(v) ?? String(v)));

export function friendlyZodIssues(issues: readonly z.core.$ZodIssue[]): FriendlyIssue[] {
  return issues.map((issue) => {
    const { path, message } = explainZodIssue(issue);
    return { path, message };
  });
}

/**
 * Explains one issue. The value found is the issue's `input` (parse with `reportInput: true`) or,
 * failing that, the value at the issue's path in `data`.
 */
export function explainZodIssue(issue: z.core.$ZodIssue, data?: unknown): ZodExplanation {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const input = 'input' in issue ? (issue as { input?: unknown }).input : valueAt(data, path);
  const expected = expectedOf(issue);
  const missing = issue.code === 'invalid_type' && input === undefined;
  const keys = issue.code === 'unrecognized_keys' ? [...issue.keys] : [];
  const allowed = issue.code === 'invalid_value' ? issue.values.map(String) : [];
  let message: string;
  if (missing) message = `缺少必填属性（应为${expected}）`;
  else if (issue.code === 'unrecognized_keys') message = `不允许的属性 ${keys.join('、')}`;
  else if (issue.code === 'invalid_value') message = `应为 ${expected}，实际为 ${show(input)}`;
  else message = `${issue.code === 'invalid_type' || issue.code === 'invalid_format' ? '应为' : ''}${expected}，实际为 ${show(input)}`;
  return { path, expected, found: show(input), value: input, missing, keys, allowed, message };
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return KIND[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return `${issue.values.map((v) => JSON.stringify(v)).join('、')} 之一`;
    case 'invalid_format': {
      // A schema may describe its format in words (`.regex(re, '第N部分 …')`); zod's own default
      // messages start with "Invalid" and are not shown.
      if (issue.message && !issue.message.startsWith('Invalid')) return issue.message;
      const pattern = issue.format === 'regex' && 'pattern' in issue ? ` ${String(issue.pattern)}` : '';
      return `${FORMATS[issue.format] ?? issue.format}${pattern}`;
    }
    case 'too_small': {
      const what = issue.origin === 'array' ? '项数' : issue.origin === 'string' ? '长度' : '值';
      return `${what}应${issue.inclusive ? '不小于' : '大于'} ${String(issue.minimum)}`;
    }
    case 'too_big': {
      const what = issue.origin === 'array' ? '项数' : issue.origin === 'string' ? '长度' : '值';
      return `${what}应${issue.inclusive ? '不大于' : '小于'} ${String(issue.maximum)}`;
    }
    case 'unrecognized_keys':
      return '没有这个属性';
    default:
      return issue.message;
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
