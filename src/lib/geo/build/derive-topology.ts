/** Build-time only (scripts/build-topology.ts): one year's counties and prefectures from the base topology. */
import { geoArea } from 'd3';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { filter, presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { ShandongTopology } from '../load-topology.ts';
import type { BaseTopology } from './base-topology.ts';
import { codeAt } from './recodes.ts';

export interface SimplifyOptions {
  /** Visvalingam: drop vertices whose effective triangle is smaller than this (km²). */
  minTriangleKm2: number;
  /** Drop detached islands smaller than this (km²); a county always keeps its largest part. */
  minIslandKm2: number;
  /** Grid steps across the bounding box (topojson-client `quantize`). */
  quantization: number;
}

/**
 * In the 640×480 frame Shandong is ~624 px across ~710 km, so 1 px ≈ 1.1 km and 1 px² ≈ 1.3 km²:
 * dropping triangles under 1 km² is invisible on the province map and only slightly angular at a
 * prefecture zoom (2.5–5×). Coarser would not shrink the files much (arc overhead dominates), finer
 * costs page weight: every page inlines the county paths (~100 KB here; 0.3 km² gave ~175 KB).
 * 1e4 grid steps (~70 m) are finer than any rendered pixel. Islands under 1 km² are under a pixel.
 */
export const SIMPLIFY_OPTIONS: SimplifyOptions = { minTriangleKm2: 1, minIslandKm2: 1, quantization: 1e4 };

/** IUGG mean Earth radius R1 (Moritz 2000, GRS 80), km: converts steradians to km². */
const EARTH_RADIUS_KM = 6371.0088;
const KM2_PER_SR = EARTH_RADIUS_KM ** 2;

type Part = number[][]; // one polygon: rings of arc indexes
export type CountyGeometry = Polygon<{ parent: string }> | MultiPolygon<{ parent: string }>;
export type PrefectureGeometry = Polygon | MultiPolygon;
/** The file format, as src/lib/geo/load-topology.ts reads it. */
export type YearTopology = ShandongTopology;

const partsOf = (g: { type: string; arcs?: unknown }): Part[] =>
  g.type === 'Polygon' ? [g.arcs as Part] : g.type === 'MultiPolygon' ? (g.arcs as Part[]) : [];
const arcIndex = (a: number): number => (a < 0 ? ~a : a);
const partKm2 = (t: BaseTopology, part: Part): number =>
  geoArea(feature(t, { type: 'Polygon', arcs: part })) * KM2_PER_SR;

/** Keeps a county's largest part and every part touching another county or larger than `minKm2`. */
function dropSmallIslands(t: BaseTopology, parts: Part[], arcUse: Map<number, number>, minKm2: number): Part[] {
  const areas = parts.map((p) => partKm2(t, p));
  const largest = areas.indexOf(Math.max(...areas));
  const detached = (p: Part): boolean => p.every((ring) => ring.every((a) => arcUse.get(arcIndex(a)) === 1));
  return parts.filter((p, i) => i === largest || !detached(p) || (areas[i] ?? 0) >= minKm2);
}

/** Rings of one or two arcs (islands, enclaves) would collapse to a line: keep enough vertices for a triangle. */
function protectSmallRings(pre: Pick<Topology, 'arcs'>, parts: Part[]): void {
  for (const ring of parts.flat()) {
    if (ring.length > 2) continue;
    for (const a of ring) {
      const arc = pre.arcs[arcIndex(a)] ?? [];
      const inner = arc.map((p, i) => [p[2] ?? 0, i] as const).filter(([w]) => Number.isFinite(w));
      inner.sort((x, y) => y[0] - x[0] || x[1] - y[1]);
      for (const [, i] of inner.slice(0, 3 - ring.length)) (arc[i] as number[])[2] = Infinity;
    }
  }
}

function outline(parts: Part[], id: string): PrefectureGeometry {
  return parts.length === 1
    ? { type: 'Polygon', id, arcs: parts[0] as Part }
    : { type: 'MultiPolygon', id, arcs: parts };
}

function county(parts: Part[], id: string, parent: string): CountyGeometry {
  return { ...outline(parts, id), properties: { parent } };
}

/**
 * The year-end topology: source codes recoded (`RECODES`), merged where several map to one code,
 * parents from `parentOf` (the registry), prefecture outlines merged from their counties, then
 * simplified and quantised. Geometries are sorted by id, so equal input gives equal output.
 */
export function deriveYear(
  base: BaseTopology,
  year: number,
  parentOf: (code: string) => string,
  options: SimplifyOptions = SIMPLIFY_OPTIONS,
): YearTopology {
  const source = (base.objects['counties'] as GeometryCollection).geometries;
  const groups = new Map<string, (Polygon | MultiPolygon)[]>();
  for (const g of source) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    const code = codeAt(String(g.id), year);
    groups.set(code, [...(groups.get(code) ?? []), g]);
  }
  const codes = [...groups.keys()].sort();
  const merged = new Map(
    codes.map((code) => {
      const members = groups.get(code) ?? [];
      return [code, members.length === 1 ? partsOf(members[0] as Polygon) : mergeArcs(base, members).arcs];
    }),
  );

  const arcUse = new Map<number, number>();
  for (const a of [...merged.values()].flat(3)) arcUse.set(arcIndex(a), (arcUse.get(arcIndex(a)) ?? 0) + 1);
  const rows = codes.map((code) => ({
    code,
    parent: parentOf(code),
    parts: dropSmallIslands(base, merged.get(code) ?? [], arcUse, options.minIslandKm2),
  }));
  const counties = rows.map((r) => county(r.parts, r.code, r.parent));
  const parents = [...new Set(rows.map((r) => r.parent))].sort();
  const prefectures = parents.map((parent) =>
    outline(
      mergeArcs(
        base,
        counties.filter((c) => c.properties?.parent === parent),
      ).arcs,
      parent,
    ),
  );

  // Weights only depend on each arc, so borders simplify identically every year.
  const pre = presimplify({ type: 'Topology', arcs: base.arcs, objects: {} }, sphericalTriangleArea);
  protectSmallRings(pre, [...counties, ...prefectures].flatMap(partsOf));
  const simplified = simplify(pre, options.minTriangleKm2 / KM2_PER_SR);
  const pruned = filter<YearTopology['objects']>(
    {
      type: 'Topology',
      bbox: base.bbox, // topojson-server always sets it; the same box every year gives the same grid
      objects: {
        counties: { type: 'GeometryCollection', geometries: counties },
        prefectures: { type: 'GeometryCollection', geometries: prefectures },
      },
      arcs: simplified.arcs,
    },
    () => true, // keep every ring; `filter` is used for its pruning of unused arcs
  );
  return quantize(pruned, options.quantization) as YearTopology;
}
