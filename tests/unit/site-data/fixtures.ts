import { loadDivisions } from '../../../src/lib/divisions/index.ts';
import { PLAN_YEARS } from '../../../src/lib/plan.ts';
import type { DatasetMeta } from '../../../src/lib/schemas/dataset.ts';
import type { Indicator } from '../../../src/lib/schemas/indicator.ts';
import type { Dataset } from '../../../src/lib/site-data/datasets.ts';
import type { SiteData } from '../../../src/lib/site-data/load.ts';
import type { Observation } from '../../../src/lib/stats/index.ts';

/** Small in-memory SiteData over the real registry, so profile tests do not depend on generated figures. */
export const indicator = (id: string, extra: Partial<Indicator> = {}): Indicator => ({
  id,
  nameZh: id,
  nameEn: id,
  unit: 'person',
  definitionZh: id,
  definitionEn: id,
  aggregation: 'sum',
  numerator: null,
  denominator: null,
  better: 'lower',
  section: 'targets',
  notMoreThan: null,
  ...extra,
});

export function dataset(
  name: string,
  status: DatasetMeta['status'],
  rows: Array<[string, number, Record<string, number | 'NP' | 'NA'>]>,
): Dataset {
  const observations: Observation[] = rows.map(([code, year, cells]) => ({
    dataset: name,
    code,
    year,
    values: Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, typeof v === 'number' ? v : null])),
    missing: Object.fromEntries(
      Object.entries(cells).filter(([, v]) => typeof v !== 'number'),
    ) as Observation['missing'],
  }));
  const meta = {
    name,
    status,
    version: '1.0.0',
    published: '2026-01-01',
    referenceYears: [...new Set(rows.map((r) => r[1]))],
    referenceDay: '12-31',
    title: name,
    titles: { 'zh-CN': name, en: name },
    descriptions: { 'zh-CN': name, en: name },
    contributors: [{ title: 'p' }],
    licenses: [{ title: 'CC0' }],
    sources: [],
  } as DatasetMeta;
  return {
    name,
    meta,
    descriptorPath: '',
    files: [],
    observations,
    indicators: [...new Set(rows.flatMap((r) => Object.keys(r[2])))],
    tables: {},
  };
}

export const siteData = (datasets: Dataset[], indicators: Indicator[]): SiteData => ({
  years: PLAN_YEARS,
  divisions: loadDivisions(),
  indicators,
  datasets,
});
