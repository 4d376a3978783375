import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DATA_DIR } from '../data-dir.ts';

/**
 * A boundary file in `geo/`: a lowercase name of the area, a dash, the year (`shandong-2019.topo.json`).
 * The validator names files in geo/ that do not match (src/lib/data/geo-folder.ts).
 */
export const BOUNDARY_FILE = /^[a-z][a-z0-9-]*-(\d{4})\.topo\.json$/;
const filesCache = new Map<string, ReadonlyMap<number, string>>();

/**
 * The boundary file of each year in `${dataDir}/geo/`, by year in ascending order; empty when the
 * folder is missing. Read once per folder. Two files for one year is a data error, thrown here.
 */
export function boundaryFiles(dataDir = DATA_DIR): ReadonlyMap<number, string> {
  const geo = resolve(dataDir, 'geo');
  const known = filesCache.get(geo);
  if (known) return known;
  let names: string[] = [];
  try {
    names = readdirSync(geo).sort();
  } catch {
    // No geo/ folder: no years; the page lists then refuse to build (src/lib/site-data/pages.ts).
  }
  const byYear = new Map<number, string>();
  for (const name of names) {
    const year = Number(BOUNDARY_FILE.exec(name)?.[1] ?? NaN);
    if (Number.isNaN(year)) continue;
    const other = byYear.get(year);
    if (other) throw new Error(`${geo}: two boundary files for ${year}, ${other} and ${name}; keep one.`);
    byYear.set(year, name);
  }
  const sorted = new Map([...byYear].sort(([a], [b]) => a - b).map(([y, n]) => [y, resolve(geo, n)]));
  filesCache.set(geo, sorted);
  return sorted;
}

/** The years with a boundary file in `dataDir`, ascending: the site's years (src/lib/plan.ts). */
export function mapYears(dataDir = DATA_DIR): readonly number[] {
  return [...boundaryFiles(dataDir).keys()];
}

/** A county geometry's properties: the code of its prefecture (地级市) that year. */
export interface CountyProperties {
  parent: string;
}

/** data/geo/<area>-{year}.topo.json; format in data/geo/README.md. Geometry ids are division codes. */
export type ShandongTopology = Topology<{
  counties: GeometryCollection<CountyProperties>;
  prefectures: GeometryCollection;
}>;

// Parsed once per file: ~1,000 pages of one build share three topologies. The validator, which a
// build runs in the same process for the data page's warnings, parses them first and keeps them here.
const cache = new Map<string, ShandongTopology>();

/** The topology of `file` if this process has parsed it already, else undefined. */
export function parsedTopology(file: string): ShandongTopology | undefined {
  return cache.get(resolve(file));
}

/** Keeps a topology the validator read and found well formed, so loadTopology does not parse it again. */
export function keepTopology(file: string, topology: ShandongTopology): void {
  cache.set(resolve(file), topology);
}

/**
 * Where the boundaries of `year` live, relative to the working directory unless `dataDir` is
 * absolute: the year's file in geo/, or `shandong-{year}.topo.json` (the name
 * npm run build:topology writes) when there is none, so the error names a file to make.
 */
export function topologyFile(year: number, dataDir = DATA_DIR): string {
  return boundaryFiles(dataDir).get(year) ?? resolve(dataDir, 'geo', `shandong-${year}.topo.json`);
}

/**
 * The boundaries of the divisions in force at the end of `year`, parsed once per file and shared:
 * callers must not mutate it. Throws (naming the file and the fix) when the file is missing or is
 * not a topology with `counties` and `prefectures`.
 */
export function loadTopology(year: number, dataDir = DATA_DIR): ShandongTopology {
  const file = topologyFile(year, dataDir);
  const cached = cache.get(file);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `No boundaries for ${year}: cannot read ${file}. Maps exist for ${mapYears(dataDir).join(', ')}; ` +
        'regenerate them with npm run build:topology.',
      { cause: error },
    );
  }
  const topology = JSON.parse(text) as Partial<ShandongTopology>;
  const missing = (['counties', 'prefectures'] as const).filter(
    (name) => topology.objects?.[name]?.type !== 'GeometryCollection',
  );
  if (topology.type !== 'Topology' || missing.length > 0) {
    throw new Error(
      `${file}: expected a TopoJSON Topology with GeometryCollections counties and prefectures` +
        (missing.length > 0 ? `; missing: ${missing.join(', ')}` : `; found type "${topology.type}"`) +
        '. Regenerate it with npm run build:topology.',
    );
  }
  cache.set(file, topology as ShandongTopology);
  return topology as ShandongTopology;
}
