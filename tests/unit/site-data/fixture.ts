import { countiesInForce } from '../../../src/lib/divisions/index.ts';
import type { Source } from '../../../src/lib/schemas/dataset.ts';
import { loadSiteData, type Dataset, type SiteData } from '../../../src/lib/site-data/index.ts';
import type { MissingCode, Observation } from '../../../src/lib/stats/index.ts';

/**
 * Small hand-made SiteData over the real division registry and indicator catalogue, so each test
 * states the figures it depends on instead of relying on the generated example dataset.
 */
const real = loadSiteData();

export const SOURCE: Source = {
  name: 'report-a',
  title: '某报道（附注）',
  path: 'https://example.org/a',
  publisher: '某报',
};

export function dataset(
  name: string,
  status: 'official' | 'example',
  observations: Observation[],
  extra: Partial<Dataset> = {},
): Dataset {
  const indicators = [...new Set(observations.flatMap((o) => [...Object.keys(o.values), ...Object.keys(o.missing)]))];
  return {
    name,
    meta: {
      name,
      title: name,
      titles: { 'zh-CN': name, en: name },
      descriptions: { 'zh-CN': name, en: name },
      status,
      version: '1.2.3',
      published: '2026-01-02',
      referenceYears: [2018, 2019, 2020],
      referenceDay: '12-31',
      contributors: [{ title: 'test', roles: ['publisher'] }],
      licenses: [{ title: 'CC0' }],
      sources: [SOURCE],
    },
    descriptorPath: `data/datasets/${name}/datapackage.json`,
    files: [],
    observations,
    indicators,
    tables: {},
    ...extra,
  };
}

export function obs(
  dataset: string,
  code: string,
  year: number,
  values: Record<string, number | MissingCode>,
): Observation {
  const o: Observation = { dataset, code, year, values: {}, missing: {} };
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === 'number') o.values[k] = v;
    else {
      o.values[k] = null;
      o.missing[k] = v;
    }
  }
  return o;
}

export function siteData(datasets: Dataset[]): SiteData {
  return { years: real.years, divisions: real.divisions, indicators: real.indicators, datasets };
}

/** The codes of the counties in force at the end of `year`, in registry order. */
export const counties = (year: number) => countiesInForce(real.divisions, year).map((d) => d.code);
