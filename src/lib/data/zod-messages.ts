import type { z } from 'zod';
import type { JsonPath } from './json-locate.ts';

/**
 * One zod issue → "expected X, found Y" in Chinese, with the path kept for positioning. Raw
 * ZodError JSON never reaches a person (docs/conventions.md §2).
 */
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

const show = (v: unknown): string => (v === undefined ? '（无）' : JSON.stringify(v));

export function friendlyZodIssues(issues: readonly z.core.$ZodIssue[]): FriendlyIssue[] {
  return issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: describe(issue),
  }));
}

function describe(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `缺少必填属性（应为${KIND[issue.expected] ?? issue.expected}）`;
      return `应为${KIND[issue.expected] ?? issue.expected}，实际为 ${show(input)}`;
    case 'invalid_value':
      return `应为 ${issue.values.map((v) => JSON.stringify(v)).join('、')} 之一，实际为 ${show(input)}`;
    case 'invalid_format': {
      const pattern = issue.format === 'regex' && 'pattern' in issue ? ` ${String(issue.pattern)}` : '';
      return `应为${FORMATS[issue.format] ?? issue.format}${pattern}，实际为 ${show(input)}`;
    }
    case 'too_small': {
      const what = issue.origin === 'array' ? '项数' : issue.origin === 'string' ? '长度' : '值';
      return `${what}应${issue.inclusive ? '不小于' : '大于'} ${String(issue.minimum)}，实际为 ${show(input)}`;
    }
    case 'too_big': {
      const what = issue.origin === 'array' ? '项数' : issue.origin === 'string' ? '长度' : '值';
      return `${what}应${issue.inclusive ? '不大于' : '小于'} ${String(issue.maximum)}，实际为 ${show(input)}`;
    }
    case 'unrecognized_keys':
      return `不允许的属性 ${issue.keys.join('、')}`;
    default:
      return `${issue.message}，实际为 ${show(input)}`;
  }
}
