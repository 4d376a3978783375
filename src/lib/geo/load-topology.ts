import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { PLAN_YEARS } from '../plan.ts';

/** Years with a boundary file: the plan's years (src/lib/plan.ts), each as the divisions stood on 31 December. */
export const MAP_YEARS = PLAN_YEARS;

/** A county geometry's properties: the code of its prefecture (地级市) that year. */
export interface CountyProperties {
  parent: string;
}

/** data/geo/shandong-{year}.topo.json; format in data/geo/README.md. Geometry ids are division codes. */
export type ShandongTopology = Topology<{
  counties: GeometryCollection<CountyProperties>;
  prefectures: GeometryCollection;
}>;

// Parsed once per file: ~1,000 pages of one build share three topologies.
const cache = new Map<string, ShandongTopology>();

/** Where the boundaries of `year` live, relative to the working directory unless `dataDir` is absolute. */
export function topologyFile(year: number, dataDir = 'data'): string {
  return resolve(dataDir, 'geo', `shandong-${year}.topo.json`);
}

/**
 * The boundaries of the divisions in force at the end of `year`, parsed once per file and shared:
 * callers must not mutate it. Throws (naming the file and the fix) when the file is missing or is
 * not a topology with `counties` and `prefectures`.
 */
export function loadTopology(year: number, dataDir = 'data'): ShandongTopology {
  const file = topologyFile(year, dataDir);
  const cached = cache.get(file);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `No boundaries for ${year}: cannot read ${file}. Maps exist for ${MAP_YEARS.join(', ')}; ` +
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
