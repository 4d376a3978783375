import { isInForce, type Division } from '../divisions/index.ts';
import type { DatasetMeta } from '../schemas/dataset.ts';
import { validAt, type ScannedRow } from './check-rows.ts';
import { problem, type Problem } from './problem.ts';
import type { PackageResource } from './read-package.ts';

interface FirstRow {
  file: string;
  line: number;
  column: number;
  year: number;
}

/**
 * The years in which dataset tables have county rows, each with the first row that has it. The
 * site's years are the years of the boundary files (src/lib/geo/load-topology.ts), and a county
 * row of any other year appears on no page, without a word: the validator says so instead.
 * Province and prefecture rows (the 2015 baseline) have pages without maps, so they need none.
 */
export class CountyYears {
  private readonly counties: ReadonlyMap<string, Division>;
  /** One entry per table and year: `${file}\n${year}`. */
  private readonly first = new Map<string, FirstRow>();

  constructor(divisions: readonly Division[] | null) {
    this.counties = new Map((divisions ?? []).filter((d) => d.level === 'county').map((d) => [d.code, d]));
  }

  /**
   * A row consumer for a table with `division_code` and `year`; null when there is nothing to look
   * for. Only rows the domain checks accept count: a year among `referenceYears` and a county in
   * force on the reference date (check-domain.ts reports the others).
   */
  watch(res: Pick<PackageResource, 'file' | 'columnOf'>, meta: Pick<DatasetMeta, 'referenceYears' | 'referenceDay'> | null): ((row: ScannedRow) => void) | null {
    const code = res.columnOf.get('division_code');
    const year = res.columnOf.get('year');
    if (code === undefined || year === undefined || !meta || this.counties.size === 0) return null;
    const { file } = res;
    const seen = new Set<number>();
    return (row) => {
      const y = validAt(row, year - 1);
      if (typeof y !== 'number' || seen.has(y) || row.misaligned || !meta.referenceYears.includes(y)) return;
      const c = row.values[code - 1];
      const county = typeof c === 'string' ? this.counties.get(c) : undefined;
      if (!county || !isInForce(county, `${y}-${meta.referenceDay}`)) return;
      seen.add(y);
      this.first.set(`${file}\n${y}`, { file, line: row.line, column: year, year: y });
    };
  }

  /** A problem at the first county row of each table and year that no boundary file covers. */
  uncovered(boundaryYears: ReadonlySet<number>): Problem[] {
    const covered = [...boundaryYears].sort((a, b) => a - b).join('、') || '无';
    return [...this.first.values()]
      .filter(({ year }) => !boundaryYears.has(year))
      .map(({ file, line, column, year }) =>
        problem({
          file,
          line,
          column,
          field: 'year',
          type: 'geo-year-missing',
          message: `表中有 ${year} 年的县级数据，但 geo/ 中没有 ${year} 年的边界文件（有边界的年份：${covered}），网站不会显示这一年的数据`,
          hint: `在 geo/ 中加入 ${year} 年的边界文件（npm run build:topology 生成 shandong-${year}.topo.json），或核对年份`,
        }),
      );
  }
}
