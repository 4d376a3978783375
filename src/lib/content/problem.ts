import { problem, type Problem } from '../data/problem.ts';

/**
 * Problems found in content/ use the data validator's Problem shape (src/lib/data/problem.ts):
 * file, 1-based line and column, field, severity, Chinese message and hint. Content has its own
 * problem types (English, kebab-case) and, for front-matter errors, what was expected and found.
 */
export const CONTENT_PROBLEM_TYPES = [
  // reading and front matter
  'read-error',
  'yaml-error',
  'frontmatter-missing',
  'frontmatter-error',
  'data-error',
  'lang-mismatch',
  'duplicate-id',
  'missing-twin',
  'unknown-reference',
  // glossary markup
  'unwrapped-term',
  'unknown-term',
  // safety: nothing in content may run code in a reader's browser
  'raw-script',
  'event-handler',
  'javascript-url',
  'dynamic-url',
  'raw-html',
  'embedded-content',
  'page-tag',
  'external-src',
  'esm-import',
  'esm-export',
] as const;
export type ContentProblemType = (typeof CONTENT_PROBLEM_TYPES)[number];

export interface ContentProblem extends Omit<Problem, 'type'> {
  type: ContentProblemType;
  /** For schema errors: what the field should hold, and what it holds (null when not applicable). */
  expected: string | null;
  found: string | null;
}

type Input = Pick<ContentProblem, 'file' | 'type' | 'message'> & Partial<Omit<ContentProblem, 'file' | 'type' | 'message'>>;

/** A content problem with the validator's defaults (error, position 1:1, no field or hint), no expected or found. */
export function contentProblem(input: Input): ContentProblem {
  const { expected = null, found = null, ...rest } = input;
  return { ...problem(rest), expected, found };
}

/** 1-based line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** `path:line:column: type: message`, then the hint indented — the format scripts print. */
export function formatProblem(p: ContentProblem): string {
  const head = `${p.file}:${p.line}:${p.column}: ${p.type}: ${p.message}`;
  return p.hint ? `${head}\n    提示：${p.hint}` : head;
}
