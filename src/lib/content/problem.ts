import { problem, type Problem, type ProblemInput } from '../data/problem.ts';

/**
 * Problems found in content/ use the data validator's Problem shape (src/lib/data/problem.ts):
 * file, 1-based line and column, field, severity, Chinese message and hint, and for a value in
 * the wrong form what was expected and found. Content has its own problem types (English,
 * kebab-case), listed here.
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
  // the MDX syntax tree: only Markdown and the allowlisted components (./check-mdx.ts)
  'mdx-error',
  'mdx-expression',
  'node-not-allowed',
  'element-not-allowed',
  'attribute-not-allowed',
  'attribute-value',
  'spread-attribute',
  'expression-attribute',
  'form',
  'link-not-allowed',
  // files: content/ holds only regular files (./content-files.ts)
  'symlink',
  'dot-file',
  'not-a-file',
] as const;
export type ContentProblemType = (typeof CONTENT_PROBLEM_TYPES)[number];

/** A problem found in content/: the validator's Problem with the content check's own types. */
export type ContentProblem = Problem<ContentProblemType>;

/** A content problem with the validator's defaults (error, position 1:1, no field or hint). */
export function contentProblem(input: ProblemInput<ContentProblemType>): ContentProblem {
  return problem(input);
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

/** Content problems print exactly as the validator's do (src/lib/data/report-text.ts). */
export { formatProblem } from '../data/report-text.ts';
