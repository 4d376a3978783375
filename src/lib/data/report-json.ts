import type { Problem, Report } from './problem.ts';
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
}

export interface JsonReport {
  valid: boolean;
  errors: JsonProblem[];
  warnings: JsonProblem[];
  stats: Report['stats'];
}

export function toJsonReport(report: Report, options: FormatOptions = {}): JsonReport {
  const toJson = (p: Problem): JsonProblem => ({
    file: displayPath(p.file, options.cwd),
    line: p.line,
    column: p.column,
    field: p.field,
    type: p.type,
    severity: p.severity,
    message: p.message,
    hint: p.hint,
  });
  return {
    valid: report.valid,
    errors: report.problems.filter((p) => p.severity === 'error').map(toJson),
    warnings: report.problems.filter((p) => p.severity === 'warning').map(toJson),
    stats: report.stats,
  };
}

export function formatJson(report: Report, options: FormatOptions = {}): string {
  return `${JSON.stringify(toJsonReport(report, options), null, 2)}\n`;
}
