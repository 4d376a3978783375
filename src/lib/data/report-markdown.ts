/**
 * The report as Markdown for a pull-request comment (`npm run validate -- --format markdown`):
 * problems grouped by file in a table each, in Chinese with the English problem type; then, when
 * compared with a base (src/lib/data/compare-base.ts), the values that change with links to the
 * pages that show them, and the changes worth a second look. Pure: names and links come from the caller.
 */
import type { TableChanges } from './compare-base.ts';
import type { BaseStats, Problem, Report } from './problem.ts';
import { displayPath, summaryLine } from './report-text.ts';

type AnyReport = Report<BaseStats, string>;

/** What the comparison section needs besides the changes: how to name things and link pages. */
export interface MarkdownComparison {
  /** What was compared with, e.g. `origin/main (3f2c1ab)`; null when there was nothing to compare with. */
  base: string | null;
  tables: readonly TableChanges[];
  divisionName(code: string): string;
  indicatorName(id: string): string;
  /** Absolute addresses of the pages that show a value. */
  pages(change: { division: string | null; indicator: string | null; year: number | null }): string[];
}

export interface MarkdownOptions {
  cwd?: string;
  comparison?: MarkdownComparison;
}

/** Most values listed per table: a pull-request comment holds at most 65,536 characters (GitHub). */
export const MAX_LISTED = 100;

export function formatMarkdown(report: AnyReport, options: MarkdownOptions = {}): string {
  const out = ['### 数据校验 · Data validation', '', `\`${summaryLine(report)}\``, ''];
  const byFile = new Map<string, Problem<string>[]>();
  for (const p of report.problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  for (const [file, problems] of byFile) {
    const errors = problems.filter((p) => p.severity === 'error').length;
    const counts = [errors && `${errors} 个错误`, problems.length - errors && `${problems.length - errors} 个警告`];
    out.push(`#### \`${displayPath(file, options.cwd)}\`（${counts.filter(Boolean).join('，')}）`, '');
    out.push('| 位置 | 类型 type | 问题 | 怎么改 |', '|---|---|---|---|');
    for (const p of problems)
      out.push(
        row([`${p.line}:${p.column}`, `${p.severity === 'error' ? '错误' : '警告'} \`${p.type}\``, p.message, p.hint ?? '']),
      );
    for (const o of (report.omitted ?? []).filter((o) => o.file === file))
      out.push('', `另有 ${o.total - o.listed} 个 \`${o.type}\` 未列出（共 ${o.total} 个）。`);
    out.push('');
  }
  if (options.comparison) out.push(...comparisonSection(options.comparison, options.cwd));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function comparisonSection(c: MarkdownComparison, cwd?: string): string[] {
  if (c.base === null) return ['### 改变的数值 · Values changed', '', '没有可比较的基准（找不到基准版本，也没有已发布的版本）。', ''];
  const out = [`### 与 ${c.base} 相比改变的数值 · Values changed against ${c.base}`, ''];
  if (c.tables.length === 0) out.push('数据表中没有数值改变。', '');
  const division = (code: string | null) => (code ? c.divisionName(code) : '');
  const links = (change: Parameters<MarkdownComparison['pages']>[0]) =>
    c.pages(change).map((url) => `[${new URL(url).pathname}](${url})`).join(' ');
  for (const t of c.tables) {
    const { changed, added, removed } = t.diff;
    out.push(`#### ${t.dataset}：\`${displayPath(t.file, cwd)}\`${t.isNew ? '（新表）' : ''}`, '');
    if (!t.isNew && changed.length > 0) {
      out.push(`${changed.length} 个数值改变：`, '', '| 区划 | 指标 | 年份 | 原值 → 新值 | 页面 |', '|---|---|---|---|---|');
      for (const v of changed.slice(0, MAX_LISTED)) {
        const indicator = v.indicator ? c.indicatorName(v.indicator) : `\`${v.field}\``;
        const field = v.indicator && v.indicator !== v.field ? `${indicator}（\`${v.field}\`）` : indicator;
        out.push(row([division(v.division), field, String(v.year ?? ''), `${v.old || '（空）'} → ${v.new || '（空）'}`, links(v)], true));
      }
      if (changed.length > MAX_LISTED) out.push('', `……另有 ${changed.length - MAX_LISTED} 个未列出。`);
      out.push('');
    }
    for (const [rows, gone] of [[added, false], [removed, true]] as const) {
      if (rows.length === 0) continue;
      out.push(`${gone ? '删去' : t.isNew ? '共' : '新增'} ${rows.length} 行：`, '', '| 区划 | 年份 | 行 | 页面 |', '|---|---|---|---|');
      for (const r of rows.slice(0, MAX_LISTED))
        out.push(row([division(r.division), String(r.year ?? ''), String(r.line), gone ? '' : links({ ...r, indicator: null })], true));
      if (rows.length > MAX_LISTED) out.push('', `……另有 ${rows.length - MAX_LISTED} 行未列出。`);
      out.push('');
    }
  }
  const checks = c.tables.flatMap((t) => [
    ...t.jumps.map((j) => {
      const what = `${division(j.division)} · ${c.indicatorName(j.indicator)} · ${j.year}：${j.previous}（${j.year - 1} 年）→ ${j.value}`;
      return j.kind === 'points'
        ? `- ⚠️ ${what}，变化 ${j.amount > 0 ? '+' : ''}${j.amount} 个百分点 (rate jump)`
        : `- ⚠️ ${what}，是上一年的 ${j.amount} 倍 (count jump)`;
    }),
    ...t.sums.map((p) => `- ⚠️ ${cell(p.message)}（\`${displayPath(p.file, cwd)}:${p.line}\`，\`${p.type}\`）`),
  ]);
  if (checks.length > 0) out.push('### 需要核对的变化 · Changes to double-check', '', ...checks, '');
  return out;
}

/** A table cell: one line, with Markdown's table and HTML characters escaped. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\s*\r?\n\s*/g, ' ');
}
/** A table row; the last cell is left as written when `links` (it holds Markdown links). */
const row = (cells: string[], links = false) =>
  `| ${cells.map((c, i) => (links && i === cells.length - 1 ? c : cell(c))).join(' | ')} |`;
