import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { readPackage, type Package } from '../data/read-package.ts';
import type { MissingValue } from '../data/table-schema.ts';
import type { DatasetMeta } from '../schemas/dataset.ts';
import type { Division } from '../schemas/division.ts';
import type { Unit } from '../schemas/indicator.ts';
import { checksumOf } from './checksums.ts';
import { indicatorsFrom } from './indicators.ts';
import { withSiteLinks } from './links.ts';
import { dictionaryOf, type DictionaryField } from './dictionary.ts';
import { loadDivisions } from '../divisions/index.ts';
import { sumGapsOf, sumGapsOfRows, type SumGap } from './sum-gaps.ts';
import { DATA_DIR } from '../data-dir.ts';

/** One file of a package as the data page lists it and the raw-file endpoints serve it. */
export interface CatalogueFile {
  /** Path below `data/`, with `/` separators: `datasets/plan-targets/plan-targets.csv`. */
  file: string;
  /** Path from the repository root: `data/datasets/plan-targets/plan-targets.csv`. */
  repoPath: string;
  /** Absolute path, for reading the bytes. */
  absolute: string;
  kind: 'descriptor' | 'table';
  sha256: string;
  bytes: number;
}

export interface CatalogueResource {
  name: string;
  title: string | null;
  file: CatalogueFile;
  fields: DictionaryField[];
  primaryKey: string[];
  missingValues: MissingValue[];
}

/** A Data Package of data/ (the catalogue, the registry or a dataset) with everything /data/ shows. */
export interface CatalogueEntry {
  name: string;
  kind: 'indicators' | 'divisions' | 'dataset';
  meta: DatasetMeta;
  /** Folder from the repository root, e.g. `data/datasets/plan-targets`. */
  folder: string;
  files: CatalogueFile[];
  resources: CatalogueResource[];
  /** Where the source's parts do not add up to its stated total (from the rows, or the descriptor's `reportedSums`). */
  sumGaps: SumGap[];
}

const cache = new Map<string, readonly CatalogueEntry[]>();
const posix = (path: string) => path.split(sep).join('/');

/**
 * Every package under `dataDir`: indicators, divisions, then datasets/* by name. Read once per
 * build through the validator's own reader; file checksums are computed here, from the bytes
 * the raw-file endpoints publish, so the page and the downloads cannot disagree.
 */
export function dataCatalogue(dataDir = DATA_DIR): readonly CatalogueEntry[] {
  const key = resolve(dataDir);
  const cached = cache.get(key);
  if (cached) return cached;
  const datasetsDir = join(dataDir, 'datasets');
  const dirs: Array<[string, CatalogueEntry['kind']]> = [
    [join(dataDir, 'indicators'), 'indicators'],
    [join(dataDir, 'divisions'), 'divisions'],
    ...readdirSync(datasetsDir)
      .sort()
      .map((d) => join(datasetsDir, d))
      .filter((d) => statSync(d).isDirectory())
      .map((d): [string, 'dataset'] => [d, 'dataset']),
  ];
  const packages = dirs.map(([dir, kind]) => ({ pkg: readPackage(dir), kind }));
  const catalogue = indicatorsFrom(packages[0]!.pkg);
  const units = new Map<string, Unit>(catalogue.map((i) => [i.id, i.unit]));
  const sums = {
    divisions: loadDivisions(dataDir),
    indicators: catalogue.filter((i) => i.aggregation === 'sum').map((i) => i.id),
  };
  const entries = packages.map(({ pkg, kind }) => entryOf(pkg, kind, key, units, sums));
  cache.set(key, entries);
  return entries;
}

/** The registry and the `sum` indicators, for the gaps a table's own rows show. */
type SumContext = { divisions: readonly Division[]; indicators: readonly string[] };

function entryOf(
  pkg: Package,
  kind: CatalogueEntry['kind'],
  dataRoot: string,
  units: ReadonlyMap<string, Unit>,
  sums: SumContext,
): CatalogueEntry {
  if (!pkg.meta) throw new Error(`${pkg.descriptorFile}: descriptor is invalid; run npm run validate`);
  const repoRoot = resolve(dataRoot, '..');
  const fileOf = (path: string, fileKind: CatalogueFile['kind']): CatalogueFile => {
    const absolute = resolve(path);
    return {
      file: posix(relative(dataRoot, absolute)),
      repoPath: posix(relative(repoRoot, absolute)),
      absolute,
      kind: fileKind,
      ...checksumOf(absolute),
    };
  };
  const rawResources = (pkg.descriptor as { resources?: unknown[] }).resources ?? [];
  const resources = pkg.resources.map((r): CatalogueResource => {
    const raw = (rawResources[r.index] ?? {}) as { title?: unknown; schema?: { fields?: unknown } };
    return {
      name: r.name,
      title: typeof raw.title === 'string' ? raw.title : null,
      file: fileOf(r.file, 'table'),
      fields: dictionaryOf(r.schema, raw.schema?.fields, units),
      primaryKey: r.schema.primaryKey,
      missingValues: r.schema.missingValues.filter((m) => m.value !== '' || m.label !== null),
    };
  });
  return {
    name: pkg.meta.name,
    kind,
    meta: withSiteLinks(pkg.meta),
    folder: posix(relative(repoRoot, resolve(pkg.dir))),
    files: [fileOf(pkg.descriptorFile, 'descriptor'), ...resources.map((r) => r.file)],
    resources,
    sumGaps: sumGapsOfDataset(pkg, sums),
  };
}

/** Gaps shown by complete rows, then those `reportedSums` records for rows that are missing. */
function sumGapsOfDataset(pkg: Package, sums: SumContext): SumGap[] {
  const rows = pkg.resources
    .filter((r) => r.labels.includes('division_code'))
    .flatMap((r) => r.rows.map((row) => row.values));
  const fromRows = sumGapsOfRows(
    rows,
    sums.divisions,
    sums.indicators.filter((id) => pkg.resources.some((r) => r.labels.includes(id))),
  );
  const seen = new Set(fromRows.map((g) => `${g.indicator}|${g.parent}|${g.year}`));
  return [
    ...fromRows,
    ...sumGapsOf(pkg.meta?.reportedSums ?? [], rows).filter((g) => !seen.has(`${g.indicator}|${g.parent}|${g.year}`)),
  ];
}

/** Every file of every package, for the raw-file endpoints and the checksum test. */
export function catalogueFiles(dataDir = DATA_DIR): CatalogueFile[] {
  return dataCatalogue(dataDir).flatMap((e) => e.files);
}

/** The totals of `dataset` that differ from their parts (empty for an unknown dataset). */
export function sumGapsFor(dataset: string, dataDir = DATA_DIR): readonly SumGap[] {
  return dataCatalogue(dataDir).find((e) => e.name === dataset)?.sumGaps ?? [];
}

/**
 * What `/data/all.zip` holds: every file of every package, then each dataset's release copies
 * (`releases/<version>/…`, docs/releases.md), by path below `data/`, sorted.
 */
export function bundleFiles(dataDir = DATA_DIR): Array<{ file: string; absolute: string }> {
  const root = resolve(dataDir);
  const files = catalogueFiles(dataDir).map((f) => ({ file: f.file, absolute: f.absolute }));
  for (const e of dataCatalogue(dataDir).filter((x) => x.kind === 'dataset')) {
    const releases = resolve(root, '..', e.folder, 'releases');
    let names: string[] = [];
    try {
      names = readdirSync(releases, { recursive: true, encoding: 'utf8' });
    } catch {
      continue; // a dataset without release copies
    }
    for (const name of names) {
      const absolute = join(releases, name);
      if (statSync(absolute).isFile()) files.push({ file: posix(relative(root, absolute)), absolute });
    }
  }
  return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
