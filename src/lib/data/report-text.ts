import { isAbsolute, relative } from 'node:path';
import type { Problem, Report } from './problem.ts';

/**
 * The report for people and editors. Grouped by file (a header line per file), one line per
 * problem in the `path:line:column: type: message` form that editors and CI annotate, then an
 * indented hint line where a fix is known, then one summary line.
 *
 * Severity scheme: an error shows its bare type (`type-error`); a warning shows
 * `warning[type]` (`warning[sum-mismatch]`), so `grep ': warning\['` finds warnings and
 * anything else on a problem line is an error.
 */
export interface FormatOptions {
  /** Paths are shown relative to this directory (the CLI passes process.cwd()). */
  cwd?: string;
}

export function displayPath(file: string, cwd?: string): string {
  if (!cwd || !isAbsolute(file)) return file;
  return relative(cwd, file) || '.';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function problemLine(p: Problem, cwd?: string): string {
  const type = p.severity === 'warning' ? `warning[${p.type}]` : p.type;
  return `${displayPath(p.file, cwd)}:${p.line}:${p.column}: ${type}: ${p.message}`;
}

export function formatText(report: Report, options: FormatOptions = {}): string {
  const lines: string[] = [];
  const byFile = new Map<string, Problem[]>();
  for (const p of report.problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  for (const [file, problems] of byFile) {
    const errors = problems.filter((p) => p.severity === 'error').length;
    const counts = [errors > 0 ? plural(errors, 'error') : null, problems.length > errors ? plural(problems.length - errors, 'warning') : null];
    lines.push(`${displayPath(file, options.cwd)} (${counts.filter(Boolean).join(', ')})`);
    for (const p of problems) {
      lines.push(problemLine(p, options.cwd));
      if (p.hint) lines.push(`  提示: ${p.hint}`);
    }
    lines.push('');
  }
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}

/** `✓ 9 files, 0 errors, 1 warning` or `✗ 2 of 9 files, 5 errors, 1 warning` (2 files have errors). */
export function summaryLine(report: Report): string {
  const { files, errors, warnings } = report.stats;
  const tail = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  if (report.valid) return `✓ ${plural(files, 'file')}, ${tail}`;
  const failing = new Set(report.problems.filter((p) => p.severity === 'error').map((p) => p.file)).size;
  return `✗ ${failing} of ${plural(files, 'file')}, ${tail}`;
}
