import type { DatasetMeta } from '../schemas/dataset.ts';
import { codeAndName as label, divisionByCode, isInForce, isIsoDate, sameLevelPredecessorsOn, successorsOn, suggestDivisions, type Division } from '../divisions/index.ts';
import type { Indicator, Unit } from '../schemas/indicator.ts';
import { formatNumber, problem, quote, type Problem } from './problem.ts';
import { validValue } from './check-rows.ts';
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

export const isDivisionTable = (res: PackageResource): boolean => res.columnOf.has('division_code') && res.columnOf.has('year');

/**
 * `res.rows` may be the whole table or one batch of a streamed table (the validator checks a
 * table in batches, so memory does not grow with the file); the header is checked only when
 * `withHeader` is set, i.e. with the first batch.
 */
export function checkDomain(res: PackageResource, meta: DatasetMeta, registry: Registry, withHeader = true): Problem[] {
  const problems: Problem[] = [];
  const file = res.file;
  const indicators = registry.indicators;
  const present: Array<[Indicator, number]> = [];
  for (const [name, column] of res.columnOf) {
    if (KEY_COLUMNS.includes(name) || !indicators) continue;
    const ind = indicators.get(name);
    if (ind) present.push([ind, column]);
    else if (withHeader) {
      const near = closest(name, indicators.keys());
      problems.push(
        problem({
          file, line: res.headerLine, column, field: name, type: 'unknown-indicator',
          message: `列 ${quote(name)} 既不是键列（division_code、year）、note、source，也不在指标目录 indicators.csv 中`,
          hint: near.length > 0 ? `是否应为 ${near.join(' 或 ')}？` : '先在 data/indicators/indicators.csv 中登记这个指标',
        }),
      );
    }
  }
  const codeColumn = res.columnOf.get('division_code')!;
  const inForce = new Map<string, Set<number>>();
  const yearColumn = res.columnOf.get('year')!;
  for (const row of res.rows) {
    // A code that breaks the schema's pattern is still looked up, so the hint can name the
    // division meant (a name typed in the code column); a blank one is only a required problem.
    const code = row.misaligned ? null : row.values.division_code;
    const year = validValue(row, 'year');
    if (typeof year === 'number' && !meta.referenceYears.includes(year)) {
      problems.push(
        problem({
          file, line: row.line, column: yearColumn, field: 'year', type: 'year-outside-dataset',
          message: `年份 ${year} 不在本数据集的 referenceYears（${meta.referenceYears.join('、')}）中`,
          hint: `删除这一行，或在 datapackage.json 的 referenceYears 中加上 ${year}`,
        }),
      );
    }
    const cited = validValue(row, 'source');
    if (typeof cited === 'string' && res.columnOf.has('source')) problems.push(...checkSource(cited, meta, { file, line: row.line, column: res.columnOf.get('source')!, field: 'source' }));
    if (registry.divisions && typeof code === 'string' && code.trim() !== '' && typeof year === 'number') {
      // Most rows repeat a code and year already found in force: look each pair up once.
      const years = inForce.get(code);
      if (!years?.has(year)) {
        const at = { file, line: row.line, column: codeColumn, field: 'division_code' };
        const found = checkDivision(registry.divisions, code, `${year}-${meta.referenceDay}`, at);
        if (found.length === 0) inForce.set(code, (years ?? new Set<number>()).add(year));
        for (const p of found) problems.push(p);
      }
    }
    for (const [ind, column] of present) {
      const value = validValue(row, ind.id);
      if (typeof value !== 'number') continue;
      const range = outOfRange(ind, value);
      const cap = ind.notMoreThan === null ? null : validValue(row, ind.notMoreThan);
      if (!range && !(typeof cap === 'number' && value > cap)) continue;
      const at = { file, line: row.line, column, field: ind.id };
      if (range) problems.push(problem({ ...at, type: 'out-of-range', ...range }));
      if (typeof cap === 'number' && value > cap) {
        const capName = indicators?.get(ind.notMoreThan!)?.nameZh ?? ind.notMoreThan;
        problems.push(
          problem({
            ...at, type: 'exceeds-parent',
            message: `${ind.id}（${ind.nameZh}）为 ${formatNumber(value)}，超过同一行的 ${ind.notMoreThan}（${capName}）${formatNumber(cap)}`,
            hint: `${ind.id} 不能大于 ${ind.notMoreThan}：请核对这两个数字`,
          }),
        );
      }
    }
  }
  return problems;
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
