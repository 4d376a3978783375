import { yearsInForce } from '../divisions/index.ts';
import { PLAN_YEARS } from '../plan.ts';
import type { Division } from '../schemas/division.ts';
import type { Dataset } from '../site-data/datasets.ts';
import type { SiteData } from '../site-data/load.ts';
import { indexOf } from '../site-data/query.ts';
import { cellOf } from '../stats/observation.ts';
import type { CompareCell, CompareDivision } from './data.ts';

/** Every division a reader can compare: the province, each prefecture and each county in force in a plan year. */
export function comparableDivisions(data: SiteData): Division[] {
  return data.divisions.filter((d) => d.level === 'province' || yearsInForce(d, PLAN_YEARS).length > 0);
}

/**
 * The compare-ready figures of one division at build time. Each cell is what `indexOf(data).find`
 * gives, the lookup every county-year and prefecture-year page uses (a value before a missing code).
 */
export function compareDivision(data: SiteData, division: Division): CompareDivision {
  const index = indexOf(data);
  const datasets: Dataset[] = [];
  const datasetIndex = (dataset: Dataset) => {
    if (!datasets.includes(dataset)) datasets.push(dataset);
    return datasets.indexOf(dataset);
  };
  const figures: Record<string, CompareCell[]> = {};
  for (const indicator of data.indicators) {
    const cells: CompareCell[] = PLAN_YEARS.map((year) => {
      const found = index.find(division.code, year, indicator.id);
      if (!found) return null;
      const cell = cellOf(found.observation, indicator.id);
      if (cell.kind === 'value') return { v: cell.value, d: datasetIndex(found.dataset) };
      return cell.reason === 'absent' ? null : { m: cell.reason, d: datasetIndex(found.dataset) };
    });
    if (cells.some((c) => c !== null)) figures[indicator.id] = cells;
  }
  return {
    code: division.code,
    level: division.level,
    nameZh: division.nameZh,
    nameEn: division.nameEn,
    parent: division.parent,
    years: [...PLAN_YEARS],
    inForce: yearsInForce(division, PLAN_YEARS),
    datasets: datasets.map((d) => ({
      name: d.name,
      version: d.meta.version,
      status: d.meta.status,
      published: d.meta.published,
      titleZh: d.meta.titles['zh-CN'],
      titleEn: d.meta.titles.en,
    })),
    figures,
  };
}
