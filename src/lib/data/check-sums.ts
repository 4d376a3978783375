import { childrenOn, divisionByCode, isInForce, isIsoDate } from '../divisions/index.ts';
import type { DatasetMeta, ReportedSum } from '../schemas/dataset.ts';
import type { CellValue } from './cast.ts';
import { positionOf, validAt, type ScannedRow } from './check-rows.ts';
import type { TableColumns } from './check-domain.ts';
import { formatNumber, problem, type Problem, type Severity } from './problem.ts';
import type { Registry } from './registry.ts';

export interface SumCheck {
  problems: Problem[];
  unchecked: number;
}

/**
 * Most rows of one table kept for the sum check. Only rows whose code is in the registry can take
 * part in a sum, and Shandong has about 160 divisions a year, so a real table keeps a few
 * thousand; a table with more is refused rather than letting memory grow with the file.
 */
export const MAX_SUM_ROWS = 100_000;

/**
 * The rows of a streamed table that the sum check needs, kept as they go by: the first row of
 * each division and year (the one checkSums takes as a part), and every row of a division that
 * has parts (each is checked as a total). Other rows cannot change a sum and are let go.
 */
export class SumRows {
  readonly rows: ScannedRow[] = [];
  overflow = false;
  private readonly codes: ReadonlySet<string>;
  private readonly parents: ReadonlySet<string>;
  /** The years seen for each code: nested rather than a joined key, so a row builds no string. */
  private readonly seen = new Map<string, Set<CellValue>>();
  private readonly codeAt: number;
  private readonly yearAt: number;

  constructor(registry: Registry, columnOf: ReadonlyMap<string, number>) {
    const divisions = registry.divisions ?? [];
    this.codes = new Set(divisions.map((d) => d.code));
    this.parents = new Set(divisions.map((d) => d.parent).filter((p): p is string => p !== null));
    this.codeAt = positionOf(columnOf, 'division_code');
    this.yearAt = positionOf(columnOf, 'year');
  }

  add(row: ScannedRow): void {
    const code = validAt(row, this.codeAt);
    if (this.overflow || typeof code !== 'string' || !this.codes.has(code)) return;
    const year = validAt(row, this.yearAt);
    let years = this.seen.get(code);
    const first = years === undefined || !years.has(year);
    if (!first && !this.parents.has(code)) return;
    if (years === undefined) this.seen.set(code, (years = new Set()));
    years.add(year);
    if (this.rows.length < MAX_SUM_ROWS) this.rows.push(row);
    else this.overflow = true;
  }

  /** The problem to report instead of sums when the table had too many rows to keep. */
  overflowProblem(file: string): Problem {
    return problem({
      file,
      type: 'source-error',
      message: `表中超过 ${MAX_SUM_ROWS.toLocaleString('en-US')} 行带有登记表中的区划代码，太多，不核对合计`,
      hint: '全省约 160 个区划，每个区划每年一行即可：检查是否有重复或多余的行',
    });
  }
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * `sum-mismatch`: for `aggregation: sum` indicators, the children present in the same table
 * (per registry parent links, in force on the reference date) must add up to the parent row.
 *
 * Severity follows the dataset's status: an `example` dataset is generated, so a mismatch is a
 * generator bug (error); an `official` dataset is published as-is and we must not alter published
 * figures, so a mismatch is a warning that explains the gap (e.g. the 2015 baseline, whose 17
 * prefecture rows sum to 2,409,458 against a stated total of 2,423,821 — docs/sources.md).
 *
 * When some parts are missing, the descriptor's `reportedSums` entry says what the source's own
 * rows add up to; that is compared with the parent, and the known parts may not exceed it.
 * Without an entry nothing can be said, and the sum is counted as unchecked.
 */
export function checkSums(res: TableColumns, rows: readonly ScannedRow[], meta: DatasetMeta, registry: Registry): SumCheck {
  const out: SumCheck = { problems: [], unchecked: 0 };
  const { divisions, indicators } = registry;
  if (!divisions || !indicators) return out;
  const ids = [...res.columnOf.keys()].filter((id) => indicators.get(id)?.aggregation === 'sum');
  if (ids.length === 0) return out;
  const codeAt = positionOf(res.columnOf, 'division_code');
  const yearAt = positionOf(res.columnOf, 'year');
  const byKey = new Map<string, ScannedRow>();
  for (const row of rows) {
    const key = `${String(validAt(row, codeAt))}|${String(validAt(row, yearAt))}`;
    if (!byKey.has(key)) byKey.set(key, row);
  }
  const severity: Severity = meta.status === 'example' ? 'error' : 'warning';
  for (const parentRow of rows) {
    const code = validAt(parentRow, codeAt);
    const year = validAt(parentRow, yearAt);
    if (typeof code !== 'string' || typeof year !== 'number') continue;
    const parent = divisionByCode(divisions, code);
    const date = `${year}-${meta.referenceDay}`;
    if (!parent || !isIsoDate(date) || !isInForce(parent, date)) continue;
    const children = childrenOn(divisions, code, date);
    if (children.length === 0) continue;
    const childRows = children.map((c) => byKey.get(`${c.code}|${year}`));
    for (const id of ids) {
      const pos = positionOf(res.columnOf, id);
      const stated = validAt(parentRow, pos);
      if (typeof stated !== 'number') continue;
      const known = childRows.map((r) => (r ? validAt(r, pos) : null)).filter((v): v is number => typeof v === 'number');
      const knownSum = known.reduce((a, b) => a + b, 0);
      const at = { file: res.file, line: parentRow.line, column: res.columnOf.get(id)!, field: id, type: 'sum-mismatch' as const };
      const head = `${parent.level === 'province' ? '全省' : parent.nameZh} ${id} ${year} 年为 ${formatNumber(stated)}`;
      const partsWord = parent.level === 'province' ? '个地市' : '个区县';
      if (known.length === children.length) {
        if (!close(knownSum, stated))
          out.problems.push(problem({ ...at, severity, message: `${head}，但 ${known.length} ${partsWord}合计 ${formatNumber(knownSum)}，相差 ${formatNumber(Math.abs(stated - knownSum))}`, hint: hintFor(meta, null) }));
        continue;
      }
      const entry = meta.reportedSums?.find((e) => e.indicator === id && e.parent === code && e.year === year);
      if (!entry) {
        if (childRows.some((r) => r !== undefined)) out.unchecked += 1;
        continue;
      }
      if (knownSum > entry.sumOfParts && !close(knownSum, entry.sumOfParts))
        out.problems.push(
          problem({
            ...at,
            message: `${head}；表中已有的 ${known.length} ${partsWord}合计 ${formatNumber(knownSum)}，已超过 reportedSums 记录的 ${entry.parts} ${partsWord}合计 ${formatNumber(entry.sumOfParts)}`,
            hint: '核对表中各部分的数字和 reportedSums 条目，二者至少有一处抄录有误',
          }),
        );
      if (!close(entry.sumOfParts, stated))
        out.problems.push(problem({ ...at, severity, message: `${head}，但 ${entry.parts} ${partsWord}合计 ${formatNumber(entry.sumOfParts)}，相差 ${formatNumber(Math.abs(stated - entry.sumOfParts))}`, hint: hintFor(meta, entry) }));
    }
  }
  return out;
}

function hintFor(meta: DatasetMeta, entry: ReportedSum | null): string {
  if (meta.status === 'example') return '示例数据由生成器产生，各部分之和必须等于上级：请修正生成器（scripts/generate-example-data.ts）';
  const source = entry ? `来源 ${entry.source} 的各部分合计如此（见 reportedSums）。` : '';
  return `${source}已发布的数字按原样保留，不要修改；请在页面或 note 中说明差异`;
}
