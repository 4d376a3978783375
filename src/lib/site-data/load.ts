import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readPackage } from '../data/read-package.ts';
import { loadDivisions } from '../divisions/load.ts';
import { mapYears } from '../geo/load-topology.ts';
import type { Division } from '../schemas/division.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { datasetFrom, type Dataset } from './datasets.ts';
import { indicatorsFrom } from './indicators.ts';
import { DATA_DIR } from '../data-dir.ts';

export interface SiteData {
  /** The years with a boundary file in the folder's geo/, ascending: the years its site has pages for. */
  years: readonly number[];
  divisions: readonly Division[];
  indicators: readonly Indicator[];
  datasets: readonly Dataset[];
}

const cache = new Map<string, SiteData>();

/**
 * Everything the pages are built from, read once per build through the same reader the
 * validator uses. The build validates first; this refuses to go on if a package still has
 * errors, so a page can never be built from data the validator rejects.
 */
export function loadSiteData(dataDir = DATA_DIR): SiteData {
  const key = resolve(dataDir);
  const cached = cache.get(key);
  if (cached) return cached;
  const root = resolve(dataDir, '..');
  const datasetsDir = join(dataDir, 'datasets');
  const packages = [
    join(dataDir, 'indicators'),
    ...readdirSync(datasetsDir)
      .sort()
      .map((d) => join(datasetsDir, d))
      .filter((d) => statSync(d).isDirectory()),
  ].map((d) => readPackage(d));
  const errors = packages.flatMap((p) => p.problems.filter((problem) => problem.severity === 'error'));
  if (errors.length > 0)
    throw new Error(
      `${errors.length} data error(s), first: ${errors[0]!.file}: ${errors[0]!.message}. Run npm run validate.`,
    );
  const [catalogue, ...datasets] = packages;
  const data: SiteData = {
    years: mapYears(dataDir),
    divisions: loadDivisions(dataDir),
    indicators: indicatorsFrom(catalogue!),
    datasets: datasets.map((p) => datasetFrom(p, root)),
  };
  cache.set(key, data);
  return data;
}
