import { basename, relative } from 'node:path';
import { KEY_COLUMNS } from '../data/check-domain.ts';
import { isFigureTable } from '../data/check-figure-table.ts';
import type { Package, PackageResource } from '../data/read-package.ts';
import type { DatasetMeta } from '../schemas/dataset.ts';
import type { MissingCode, Observation } from '../stats/observation.ts';
import { withSiteLinks } from './links.ts';

export interface DatasetFile {
  /** Resource name from the descriptor. */
  name: string;
  /** Path from the repository root, e.g. `data/datasets/county-example/county-example.csv`. */
  path: string;
}

export interface Dataset {
  name: string;
  meta: DatasetMeta;
  /** The descriptor and the resources, for downloads and checksums. */
  descriptorPath: string;
  files: DatasetFile[];
  /** Rows of wide tables (with `division_code` and `year`) as observations. */
  observations: Observation[];
  /** Indicator ids that have a column in this dataset. */
  indicators: string[];
  /** Resources that are not wide tables (e.g. the plan's targets), as plain typed rows. */
  tables: Record<string, Array<Record<string, unknown>>>;
}

/** A wide table: one row per division and year. A figure table (one figure per row) is not one. */
function isWide(resource: PackageResource): boolean {
  return resource.labels.includes('division_code') && resource.labels.includes('year') && !isFigureTable(resource);
}

function observationsOf(dataset: string, resource: PackageResource): Observation[] {
  const indicatorFields = resource.labels.filter((l) => !KEY_COLUMNS.includes(l));
  return resource.rows.map((row) => {
    const values: Record<string, number | null> = {};
    const missing: Record<string, MissingCode> = {};
    for (const field of indicatorFields) {
      const value = row.values[field];
      values[field] = typeof value === 'number' ? value : null;
      const code = row.missing[field];
      if (code) missing[field] = code as MissingCode;
    }
    const { source, note } = row.values;
    return {
      dataset,
      code: String(row.values.division_code),
      year: Number(row.values.year),
      values,
      missing,
      ...(typeof source === 'string' ? { source } : {}),
      ...(typeof note === 'string' && note !== '' ? { note } : {}),
    };
  });
}

/**
 * Example data is generated, never real statistics: every page, table and download built from
 * it says so. Takes anything with a descriptor's `meta` (a Dataset, a CatalogueEntry).
 */
export function isExample(dataset: { meta: Pick<DatasetMeta, 'status'> }): boolean {
  return dataset.meta.status === 'example';
}

/** True when any of `datasets` is example data (the page shows the banner). */
export function anyExample(datasets: ReadonlyArray<{ meta: Pick<DatasetMeta, 'status'> }>): boolean {
  return datasets.some(isExample);
}

/** A validated package under data/datasets/ as the site uses it. `root` makes paths repository-relative. */
export function datasetFrom(pkg: Package, root: string): Dataset {
  if (!pkg.meta) throw new Error(`${pkg.descriptorFile}: descriptor is invalid; run npm run validate`);
  const name = pkg.meta.name ?? basename(pkg.dir);
  const wide = pkg.resources.filter(isWide);
  return {
    name,
    meta: withSiteLinks(pkg.meta),
    descriptorPath: relative(root, pkg.descriptorFile),
    files: pkg.resources.map((r) => ({ name: r.name, path: relative(root, r.file) })),
    observations: wide.flatMap((r) => observationsOf(name, r)),
    indicators: [...new Set(wide.flatMap((r) => r.labels.filter((l) => !KEY_COLUMNS.includes(l))))],
    tables: Object.fromEntries(
      pkg.resources.filter((r) => !isWide(r)).map((r) => [r.name, r.rows.map((row) => row.values)]),
    ),
  };
}
