import type { BaseStats, Problem, Report } from './problem.ts';
import { displayPath, type FormatOptions } from './report-text.ts';

/**
 * The report for tools: `{ valid, errors, warnings, stats }`, each problem with file, line,
 * column, field, type, severity, message and hint (null when none). Paths as in the text report.
 */
export interface JsonProblem {
  file: string;
  line: number;
  column: number;
  field: string | null;
  type: string;
  severity: 'error' | 'warning';
  message: string;
  hint: string | null;
  /** Only on problems about a value in the wrong form (see Problem). */
  expected?: string;
  found?: string;
}

export interface JsonReport<S extends BaseStats = Report['stats']> {
  valid: boolean;
  errors: JsonProblem[];
  warnings: JsonProblem[];
  stats: S;
  /** Only when a file had more problems of one type than are listed: `{ file, type, severity, listed, total }`. */
  omitted?: Array<{ file: string; type: string; severity: 'error' | 'warning'; listed: number; total: number }>;
}

/** Works for the validator's report and the content check's alike (any problem types and stats). */
export function toJsonReport<S extends BaseStats>(report: Report<S, string>, options: FormatOptions = {}): JsonReport<S> {
  const toJson = (p: Problem<string>): JsonProblem => ({
    file: displayPath(p.file, options.cwd),
    line: p.line,
    column: p.column,
    field: p.field,
    type: p.type,
    severity: p.severity,
    message: p.message,
    hint: p.hint,
    ...(p.expected !== undefined && { expected: p.expected }),
    ...(p.found !== undefined && { found: p.found }),
  });
  return {
    valid: report.valid,
    errors: report.problems.filter((p) => p.severity === 'error').map(toJson),
    warnings: report.problems.filter((p) => p.severity === 'warning').map(toJson),
    stats: report.stats,
    ...(report.omitted && report.omitted.length > 0 && { omitted: report.omitted.map((o) => ({ ...o, file: displayPath(o.file, options.cwd) })) }),
  };
}

export function formatJson<S extends BaseStats>(report: Report<S, string>, options: FormatOptions = {}): string {
  return `${JSON.stringify(toJsonReport(report, options), null, 2)}\n`;
}
