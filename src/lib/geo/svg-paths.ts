import { resolve } from 'node:path';
import { geoBounds, geoPath, type GeoPath, type GeoProjection } from 'd3';
import type { Feature, FeatureCollection, GeoJsonProperties, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { labelPoint } from './label-points.ts';
import { loadTopology, type CountyProperties } from './load-topology.ts';
import { frameOf, makeProjection, PROJECTION } from './projection.ts';
import { DATA_DIR } from '../data-dir.ts';

export interface CountyPath {
  code: string;
  /** Prefecture code that year. */
  parent: string;
  /** SVG path data in the map frame (`MAP_VIEWBOX`), one decimal. */
  d: string;
}
export interface PrefecturePath {
  code: string;
  d: string;
}
export interface LabelPoint {
  code: string;
  x: number;
  y: number;
}
/** A rectangle in SVG user units of the map frame. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Shape = Feature<Polygon | MultiPolygon, CountyProperties | GeoJsonProperties>;

interface YearMap {
  projection: GeoProjection;
  path: GeoPath;
  counties: FeatureCollection<Polygon | MultiPolygon, CountyProperties>;
  prefectures: FeatureCollection<Polygon | MultiPolygon>;
  /** Every prefecture boundary and the coast, each arc once (see `prefectureMesh`). */
  prefectureMesh: ReturnType<typeof mesh>;
  countyPaths?: readonly CountyPath[];
  prefecturePaths?: readonly PrefecturePath[];
  meshPath?: string;
  labels?: readonly LabelPoint[];
}

// Projecting 137 counties costs ~6 ms; a build renders ~1,000 maps, so every result is kept per
// year for the life of the process (the Astro 7 spike: memoising path strings cut a 1,004-page build from ~13 s to 7.4 s).
const cache = new Map<string, YearMap>();

function yearMap(year: number, dataDir: string): YearMap {
  const key = `${resolve(dataDir)}#${year}`;
  let map = cache.get(key);
  if (!map) {
    const topology = loadTopology(year, dataDir);
    const counties = feature(topology, topology.objects.counties) as YearMap['counties'];
    const prefectures = feature(topology, topology.objects.prefectures) as YearMap['prefectures'];
    const prefectureMesh = mesh(topology, topology.objects.prefectures);
    const projection = makeProjection(counties, frameOf(topology.bbox ?? geoBounds(counties).flat()));
    // One decimal: 0.1 px at 640 px wide is below what any screen shows, and halves the bytes.
    map = { projection, path: geoPath(projection).digits(1), counties, prefectures, prefectureMesh };
    cache.set(key, map);
  }
  return map;
}

const pathData = (path: GeoPath, f: Shape): string => path(f) ?? '';

/** The projection of `year`'s maps, e.g. to place a point on them. */
export function mapProjection(year: number, dataDir = DATA_DIR): GeoProjection {
  return yearMap(year, dataDir).projection;
}

/** One path per county in force at the end of `year`, sorted by code; computed once per year. */
export function countyPaths(year: number, dataDir = DATA_DIR): readonly CountyPath[] {
  const map = yearMap(year, dataDir);
  map.countyPaths ??= Object.freeze(
    map.counties.features.map((f) =>
      Object.freeze({ code: String(f.id), parent: f.properties.parent, d: pathData(map.path, f) }),
    ),
  );
  return map.countyPaths;
}

/** One outline per prefecture (merged from its counties), sorted by code; computed once per year. */
export function prefecturePaths(year: number, dataDir = DATA_DIR): readonly PrefecturePath[] {
  const map = yearMap(year, dataDir);
  map.prefecturePaths ??= Object.freeze(
    map.prefectures.features.map((f) => Object.freeze({ code: String(f.id), d: pathData(map.path, f) })),
  );
  return map.prefecturePaths;
}

/**
 * All prefecture outlines as one path: each shared border and stretch of coast drawn once
 * (topojson `mesh`), where `prefecturePaths` draws a shared border twice, once per side.
 * Computed once per year.
 */
export function prefectureMesh(year: number, dataDir = DATA_DIR): string {
  const map = yearMap(year, dataDir);
  map.meshPath ??= map.path(map.prefectureMesh) ?? '';
  return map.meshPath;
}

/** A label point inside each county (see `labelPoint`), sorted by code; computed once per year. */
export function countyCentroids(year: number, dataDir = DATA_DIR): readonly LabelPoint[] {
  const map = yearMap(year, dataDir);
  map.labels ??= Object.freeze(
    map.counties.features.map((f) => {
      const [x, y] = labelPoint(f, map.projection);
      return Object.freeze({ code: String(f.id), x, y });
    }),
  );
  return map.labels;
}

/**
 * The box around a prefecture's counties, widened to the frame's 4:3 and by `margin` (a fraction
 * of its size) on each side, for zooming by `viewBox`. Undefined when the prefecture has no
 * counties that year (莱芜市 371200 after 2018). Rounded outwards to whole units.
 */
export function prefectureBox(
  year: number,
  prefectureCode: string,
  margin = 0.05,
  dataDir = DATA_DIR,
): Box | undefined {
  return areaBox(year, [prefectureCode], margin, dataDir);
}

/**
 * Like `prefectureBox`, around several prefectures at once (e.g. one province of a registry
 * with several); undefined when none of them has counties that year.
 */
export function areaBox(
  year: number,
  prefectureCodes: readonly string[],
  margin = 0.05,
  dataDir = DATA_DIR,
): Box | undefined {
  const map = yearMap(year, dataDir);
  const wanted = new Set(prefectureCodes);
  const outlines = map.prefectures.features.filter((f) => wanted.has(String(f.id)));
  if (outlines.length === 0) return undefined;
  const bounds = outlines.map((f) => map.path.bounds(f));
  const x0 = Math.min(...bounds.map((b) => b[0][0]));
  const y0 = Math.min(...bounds.map((b) => b[0][1]));
  const x1 = Math.max(...bounds.map((b) => b[1][0]));
  const y1 = Math.max(...bounds.map((b) => b[1][1]));
  const aspect = PROJECTION.width / PROJECTION.height;
  const width = Math.max(x1 - x0, (y1 - y0) * aspect) * (1 + 2 * margin);
  const height = width / aspect;
  const left = Math.floor((x0 + x1 - width) / 2);
  const top = Math.floor((y0 + y1 - height) / 2);
  return {
    x: left,
    y: top,
    width: Math.ceil((x0 + x1 + width) / 2) - left,
    height: Math.ceil((y0 + y1 + height) / 2) - top,
  };
}

/** A `Box` as an SVG `viewBox` attribute value. */
export function viewBoxOf(box: Box): string {
  return `${box.x} ${box.y} ${box.width} ${box.height}`;
}
