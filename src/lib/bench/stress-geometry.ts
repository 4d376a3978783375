/**
 * Made-up boundaries for a stress registry (stress-registry.ts): each province a block of a
 * 6-wide grid of blocks over 75°E–135°E, 18°N–50°N, cut into a grid of county cells whose
 * corners are jittered (seeded), so counties are irregular quadrilaterals that share their
 * edges exactly. A prefecture is a run of neighbouring cells. The result is the boundary-file
 * format of src/lib/geo/load-topology.ts (topojson-server builds the shared arcs, prefecture
 * outlines are merged from their counties), so the site draws it like data/geo/. Pure.
 */
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { mergeArcs } from 'topojson-client';
import { topology } from 'topojson-server';
import type {
  GeometryCollection,
  Polygon as TopoPolygon,
  MultiPolygon as TopoMultiPolygon,
} from 'topojson-specification';
import { streamFor } from '../example/prng.ts';
import type { ShandongTopology } from '../geo/load-topology.ts';
import type { Division } from '../schemas/division.ts';

const BLOCKS_PER_ROW = 6;
const WEST = 75;
const SOUTH = 18;
const BLOCK_WIDTH = 10; // degrees of longitude
const BLOCK_HEIGHT = 6; // degrees of latitude
/** Corners move by up to this fraction of a cell, so neighbouring cells never overlap. */
const JITTER = 0.3;
/** Grid steps of the quantised file, as data/geo/ (src/lib/geo/build/derive-topology.ts). */
const QUANTIZATION = 1e4;

type Ring = Array<[number, number]>;

/** The county cells of one province block: `count` cells, row by row, as GeoJSON polygons. */
function provinceCells(
  block: number,
  counties: readonly Division[],
  seed: number,
): Array<Feature<Polygon, { parent: string }>> {
  const columns = Math.ceil(Math.sqrt(counties.length * (BLOCK_WIDTH / BLOCK_HEIGHT)));
  const rows = Math.ceil(counties.length / columns);
  const x0 = WEST + (block % BLOCKS_PER_ROW) * BLOCK_WIDTH;
  const y0 = SOUTH + Math.floor(block / BLOCKS_PER_ROW) * BLOCK_HEIGHT;
  const dx = (BLOCK_WIDTH * 0.9) / columns;
  const dy = (BLOCK_HEIGHT * 0.9) / rows;
  const random = streamFor(seed, `geometry:${block}`);
  // Corner (i, j) of the grid, jittered inside the block; edges of the block stay straight.
  const corners = new Map<string, [number, number]>();
  const corner = (i: number, j: number): [number, number] => {
    const key = `${i},${j}`;
    let point = corners.get(key);
    if (!point) {
      const inside = (k: number, n: number) => (k > 0 && k < n ? (random() * 2 - 1) * JITTER : 0);
      point = [round(x0 + (i + inside(i, columns)) * dx), round(y0 + (j + inside(j, rows)) * dy)];
      corners.set(key, point);
    }
    return point;
  };
  return counties.map((county, n) => {
    const i = n % columns;
    const j = rows - 1 - Math.floor(n / columns); // first counties in the north, as maps are read
    // Clockwise on a north-up map: the exterior ring winding d3-geo expects.
    const ring: Ring = [corner(i, j), corner(i, j + 1), corner(i + 1, j + 1), corner(i + 1, j), corner(i, j)];
    return {
      type: 'Feature',
      id: county.code,
      properties: { parent: county.parent ?? '' },
      geometry: { type: 'Polygon', coordinates: [ring] },
    };
  });
}

const round = (degrees: number) => Math.round(degrees * 1e5) / 1e5;

/**
 * One year's boundary file for `registry` (every county and prefecture in it), as the text
 * serializer of src/lib/geo/build/serialize.ts expects. The same registry and seed give the same file.
 */
export function stressTopology(registry: readonly Division[], seed: number): ShandongTopology {
  const provinces = registry.filter((d) => d.level === 'province');
  const prefectureOf = new Map(registry.filter((d) => d.level === 'prefecture').map((d) => [d.code, d.parent]));
  const features = provinces.flatMap((province, block) =>
    provinceCells(
      block,
      registry.filter((d) => d.level === 'county' && prefectureOf.get(d.parent ?? '') === province.code),
      seed,
    ),
  );
  const collection: FeatureCollection<Polygon, { parent: string }> = { type: 'FeatureCollection', features };
  const t = topology({ counties: collection }, QUANTIZATION) as unknown as ShandongTopology;
  const counties = t.objects.counties.geometries as Array<TopoPolygon<{ parent: string }>>;
  const byParent = new Map<string, Array<TopoPolygon<{ parent: string }>>>();
  for (const c of counties) byParent.set(c.properties!.parent, [...(byParent.get(c.properties!.parent) ?? []), c]);
  const prefectures: GeometryCollection = {
    type: 'GeometryCollection',
    geometries: [...byParent.keys()].sort().map((code) => {
      const merged = mergeArcs(t, byParent.get(code)!) as TopoMultiPolygon;
      return merged.arcs.length === 1
        ? { type: 'Polygon', id: code, arcs: merged.arcs[0]! }
        : { type: 'MultiPolygon', id: code, arcs: merged.arcs };
    }),
  };
  t.objects.prefectures = prefectures;
  return t;
}
