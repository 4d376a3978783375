import type { DatasetMeta } from '../schemas/dataset.ts';
import { codeAndName as label, divisionByCode, isInForce, isIsoDate, sameLevelPredecessorsOn, successorsOn, suggestDivisions, type Division } from '../divisions/index.ts';
import type { Indicator, Unit } from '../schemas/indicator.ts';
import { formatNumber, problem, quote, type Problem } from './problem.ts';
import { positionOf, validAt, type ScannedRow } from './check-rows.ts';
import type { PackageResource } from './read-package.ts';
import type { Registry } from './registry.ts';
import { closest } from './suggest.ts';

/**
 * Domain rules for a dataset table with `division_code` and `year` (data/README.md, "Table
 * conventions"): every code in the registry and in force on the row's reference date
 * `{year}-{referenceDay}`, the year among `referenceYears`, every other column a catalogue
 * indicator, `note` or `source`, values in range, and no value above its `not_more_than` indicator.
 * `source` cites the row's source by its `name` in the descriptor's `sources` (several separated
 * by spaces or `;`), so each official figure is traced to where it was published.
 */
export const KEY_COLUMNS = ['division_code', 'year', 'note', 'source'];

/** Units that count things and so cannot be negative. */
export const COUNT_UNITS: ReadonlySet<Unit> = new Set(['person', 'household', 'village', 'township', 'county', 'workshop', 'platform']);

/** What the row checks need of a table: its file, header line and the column of each field. */
export type TableColumns = Pick<PackageResource, 'file' | 'headerLine' | 'columnOf'>;

export const isDivisionTable = (res: Pick<PackageResource, 'columnOf'>): boolean => res.columnOf.has('division_code') && res.columnOf.has('year');

/**
 * The domain rules of one table, set up once from its header and then given each row as it is
 * read: positions are found once, and no row is kept, so a table of any size is checked in one
 * pass in constant memory. The header's own problems (unknown indicator columns) are reported
 * when the check is made.
 */
export class DomainCheck {
  private readonly file: string;
  private readonly meta: DatasetMeta;
  private readonly registry: Registry;
  private readonly report: (p: Problem) => void;
  /** Each indicator column: the indicator, its column, and the positions of its value and of its `not_more_than` cap (-1 if none). */
  private readonly present: Array<{ ind: Indicator; column: number; at: number; capAt: number }> = [];
  private readonly codeColumn: number;
  private readonly yearColumn: number;
  private readonly sourceAt: number;
  /** Codes found in force, with the years: most rows repeat a code and year, looked up once. */
  private readonly inForce = new Map<string, Set<number>>();

  constructor(res: TableColumns, meta: DatasetMeta, registry: Registry, report: (p: Problem) => void) {
    this.file = res.file;
    this.meta = meta;
    this.registry = registry;
    this.report = report;
    const indicators = registry.indicators;
    for (const [name, column] of res.columnOf) {
      if (KEY_COLUMNS.includes(name) || !indicators) continue;
      const ind = indicators.get(name);
      if (ind) this.present.push({ ind, column, at: column - 1, capAt: ind.notMoreThan === null ? -1 : positionOf(res.columnOf, ind.notMoreThan) });
      else {
        const near = closest(name, indicators.keys());
        report(
          problem({
            file: res.file, line: res.headerLine, column, field: name, type: 'unknown-indicator',
            message: `列 ${quote(name)} 既不是键列（division_code、year）、note、source，也不在指标目录 indicators.csv 中`,
            hint: near.length > 0 ? `是否应为 ${near.join(' 或 ')}？` : '先在 data/indicators/indicators.csv 中登记这个指标',
          }),
        );
      }
    }
    this.codeColumn = res.columnOf.get('division_code')!;
    this.yearColumn = res.columnOf.get('year')!;
    this.sourceAt = positionOf(res.columnOf, 'source');
  }

  row(row: ScannedRow): void {
    const { file, meta, registry, report } = this;
    // A code that breaks the schema's pattern is still looked up, so the hint can name the
    // division meant (a name typed in the code column); a blank one is only a required problem.
    const code = row.misaligned ? null : row.values[this.codeColumn - 1];
    const year = validAt(row, this.yearColumn - 1);
    if (typeof year === 'number' && !meta.referenceYears.includes(year)) {
      report(
        problem({
          file, line: row.line, column: this.yearColumn, field: 'year', type: 'year-outside-dataset',
          message: `年份 ${year} 不在本数据集的 referenceYears（${meta.referenceYears.join('、')}）中`,
          hint: `删除这一行，或在 datapackage.json 的 referenceYears 中加上 ${year}`,
        }),
      );
    }
    const cited = validAt(row, this.sourceAt);
    if (typeof cited === 'string') for (const p of checkSource(cited, meta, { file, line: row.line, column: this.sourceAt + 1, field: 'source' })) report(p);
    if (registry.divisions && typeof code === 'string' && code.trim() !== '' && typeof year === 'number') {
      const years = this.inForce.get(code);
      if (!years?.has(year)) {
        const at = { file, line: row.line, column: this.codeColumn, field: 'division_code' };
        const found = checkDivision(registry.divisions, code, `${year}-${meta.referenceDay}`, at);
        if (found.length === 0) this.inForce.set(code, (years ?? new Set<number>()).add(year));
        for (const p of found) report(p);
      }
    }
    // An indexed loop over objects: this runs for every indicator cell of every row.
    const present = this.present;
    for (let k = 0; k < present.length; k++) {
      const { ind, column, at: pos, capAt } = present[k]!;
      const value = validAt(row, pos);
      if (typeof value !== 'number') continue;
      const range = outOfRange(ind, value);
      const cap = validAt(row, capAt);
      if (!range && !(typeof cap === 'number' && value > cap)) continue;
      const at = { file, line: row.line, column, field: ind.id };
      if (range) report(problem({ ...at, type: 'out-of-range', ...range }));
      if (typeof cap === 'number' && value > cap) {
        const capName = registry.indicators?.get(ind.notMoreThan!)?.nameZh ?? ind.notMoreThan;
        report(
          problem({
            ...at, type: 'exceeds-parent',
            message: `${ind.id}（${ind.nameZh}）为 ${formatNumber(value)}，超过同一行的 ${ind.notMoreThan}（${capName}）${formatNumber(cap)}`,
            hint: `${ind.id} 不能大于 ${ind.notMoreThan}：请核对这两个数字`,
          }),
        );
      }
    }
  }
}

type At = { file: string; line: number; column: number; field: string };

export function checkSource(cited: string, meta: DatasetMeta, at: At): Problem[] {
  const names = meta.sources.map((s) => s.name);
  return cited
    .split(/[\s;]+/)
    .filter((n) => n !== '' && !names.includes(n))
    .map((n) =>
      problem({
        ...at, type: 'unknown-source',
        message: `来源 ${quote(n)} 不在 datapackage.json 的 sources 中`,
        hint: names.length > 0 ? `可用的来源：${names.join('、')}` : '先在 datapackage.json 的 sources 中登记这个来源',
      }),
    );
}

export function checkDivision(divisions: readonly Division[], code: string, date: string, at: At): Problem[] {
  const d = divisionByCode(divisions, code);
  if (!d) {
    const near = suggestDivisions(divisions, code);
    return [
      problem({
        ...at, type: 'unknown-division',
        message: `区划代码 ${quote(code)} 不在行政区划登记表中`,
        hint: near.length > 0 ? `是否应为 ${near.map(label).join(' 或 ')}？` : '区划代码是 6 位 GB/T 2260 代码，见 data/divisions/divisions.csv',
      }),
    ];
  }
  // A date that is not YYYY-MM-DD (a year of five digits) has nothing to compare; its own type check reports it.
  if (!isIsoDate(date) || isInForce(d, date)) return [];
  const doc = d.changeDocument ? `，${d.changeDocument}` : '';
  if (d.validTo !== null && date >= d.validTo) {
    const next = successorsOn(divisions, code, date);
    return [
      problem({
        ...at, type: 'division-not-in-force',
        message: `${label(d)} 在 ${date} 已不再有效（${d.validTo} 起撤销或变更${doc}）`,
        hint: next.length > 0 ? `请改用 ${next.map(label).join('、')}` : null,
      }),
    ];
  }
  const before = sameLevelPredecessorsOn(divisions, code, date);
  return [
    problem({
      ...at, type: 'division-not-in-force',
      message: `${label(d)} 在 ${date} 尚未设立（${d.validFrom} 起生效${doc}）`,
      hint: before.length > 0 ? `这一年请使用 ${before.map(label).join('、')}` : null,
    }),
  ];
}

function outOfRange(ind: Indicator, value: number): { message: string; hint: string | null } | null {
  // Every unit takes a finite value from 0 up (a percentage up to 100): the common case, first.
  if (value >= 0 && Number.isFinite(value) && (value <= 100 || ind.unit !== 'percent')) return null;
  if (Number.isFinite(value) && ind.unit !== 'percent' && !COUNT_UNITS.has(ind.unit)) return null;
  // Formatted only when reported: Intl formatting every cell of a large table costs seconds.
  const shown = formatNumber(value);
  if (!Number.isFinite(value)) return { message: `${ind.id} 应为有限的数值，实际为 ${shown}`, hint: '请填写实际数值，或缺失值代码' };
  if (ind.unit === 'percent' && (value < 0 || value > 100))
    return { message: `${ind.id}（${ind.nameZh}）是百分比，应在 0—100 之间，实际为 ${shown}`, hint: value > 100 ? '比率按百分数填写（45% 写成 45），并核对分子分母' : null };
  if (COUNT_UNITS.has(ind.unit) && value < 0)
    return { message: `${ind.id}（${ind.nameZh}）是计数，不能为负数，实际为 ${shown}`, hint: null };
  return null;
}
