import { isAbsolute, relative } from 'node:path';
import type { BaseStats, Problem, Report } from './problem.ts';

/**
 * The report for people and editors, for the data validator and the content check alike. Grouped by file (a header line per file), one line per
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
  /** What was checked, put before the summary counts, e.g. `content` → `✓ content: 29 files, …`. */
  subject?: string;
  /** More counts, in brackets after the file count, e.g. `26 explainers, 16 glossary terms`. */
  detail?: string;
}

/** Any report: the validator's (`Report`) or the content check's, which has other stats and problem types. */
type AnyReport = Report<BaseStats, string>;

export function displayPath(file: string, cwd?: string): string {
  if (!cwd || !isAbsolute(file)) return file;
  return relative(cwd, file) || '.';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const grouped = (n: number) => n.toLocaleString('en-US');

export function problemLine(p: Problem<string>, cwd?: string): string {
  const type = p.severity === 'warning' ? `warning[${p.type}]` : p.type;
  return `${displayPath(p.file, cwd)}:${p.line}:${p.column}: ${type}: ${p.message}`;
}

/** One problem as the report prints it: its line, then the hint indented on the next line. */
export function formatProblem(p: Problem<string>): string {
  return withHint(p, problemLine(p));
}

const withHint = (p: Problem<string>, line: string) => (p.hint ? `${line}\n  提示: ${p.hint}` : line);

export function formatText(report: AnyReport, options: FormatOptions = {}): string {
  const lines: string[] = [];
  const byFile = new Map<string, Problem<string>[]>();
  for (const p of report.problems) {
    const list = byFile.get(p.file);
    if (list) list.push(p);
    else byFile.set(p.file, [p]);
  }
  for (const [file, problems] of byFile) {
    // Counts include problems found but not listed (Report.omitted): the header tells the whole truth.
    const omitted = (report.omitted ?? []).filter((o) => o.file === file);
    const unlisted = (severity: string) => omitted.filter((o) => o.severity === severity).reduce((n, o) => n + o.total - o.listed, 0);
    const errors = problems.filter((p) => p.severity === 'error').length + unlisted('error');
    const warnings = problems.length + unlisted('error') + unlisted('warning') - errors;
    const counts = [errors > 0 ? plural(errors, 'error') : null, warnings > 0 ? plural(warnings, 'warning') : null];
    lines.push(`${displayPath(file, options.cwd)} (${counts.filter(Boolean).join(', ')})`);
    for (const p of problems) lines.push(withHint(p, problemLine(p, options.cwd)));
    for (const o of omitted) lines.push(`  …另有 ${grouped(o.total - o.listed)} 个 ${o.type} 未列出（共 ${grouped(o.total)} 个；每个文件每种问题只列出前 ${o.listed} 个）`);
    lines.push('');
  }
  lines.push(summaryLine(report, options));
  return `${lines.join('\n')}\n`;
}

/**
 * `✓ 9 files, 0 errors, 1 warning` or `✗ 2 of 9 files, 5 errors, 1 warning` (2 files have errors);
 * with a subject and detail: `✓ content: 29 files (26 explainers), 0 errors, 0 warnings`.
 */
export function summaryLine(report: AnyReport, options: Pick<FormatOptions, 'subject' | 'detail'> = {}): string {
  const { files, errors, warnings } = report.stats;
  const head = options.subject ? `${options.subject}: ` : '';
  const fileCount = `${plural(files, 'file')}${options.detail ? ` (${options.detail})` : ''}`;
  const tail = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  if (report.valid) return `✓ ${head}${fileCount}, ${tail}`;
  const failing = new Set(report.problems.filter((p) => p.severity === 'error').map((p) => p.file)).size;
  return `✗ ${head}${failing} of ${fileCount}, ${tail}`;
}
