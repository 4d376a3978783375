/** Build-time only (scripts/build-topology.ts): the source polygons, cleaned, as one topology. */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';

/** One county polygon of the boundary source, `id` its six-digit code. */
export interface SourceCounty {
  id: string;
  geometry: Polygon | MultiPolygon;
}

/** The untransformed topology of all source counties (object `counties`), as topojson-server makes it. */
export type BaseTopology = ReturnType<typeof topology>;

const same = (a: number[] | undefined, b: number[] | undefined): boolean => a?.[0] === b?.[0] && a?.[1] === b?.[1];

/**
 * Removes repeated vertices and zero-width spikes (A→B→A) from a closed ring, or returns null if
 * nothing is left. The source snaps vertices to a 1/1024° grid, which leaves both (341 spikes in
 * Shandong); topojson-server reads each as a junction and cuts arcs there: 15,573 arcs
 * instead of 665, which defeated simplification (every arc keeps its end points).
 */
function cleanRing(ring: number[][]): number[][] | null {
  let open = ring.slice(0, -1);
  for (let changed = true; changed;) {
    const out: number[][] = [];
    for (const p of open) {
      if (same(out.at(-1), p)) continue; // repeated vertex
      if (same(out.at(-2), p))
        out.pop(); // spike: back to where it came from
      else out.push(p);
    }
    // The same two rules across the seam of the closed ring.
    while (out.length >= 3 && (same(out[0], out.at(-1)) || same(out.at(-2), out[0]))) out.pop();
    while (out.length >= 3 && same(out.at(-1), out[1])) out.shift();
    changed = out.length !== open.length;
    open = out;
  }
  return open.length >= 3 ? [...open, open[0] as number[]] : null;
}

/** Cleans every ring; drops a polygon whose exterior ring vanished. */
function cleanPolygons(polygons: number[][][][]): number[][][][] {
  return polygons.flatMap((rings) => {
    const [exterior, ...holes] = rings.map(cleanRing);
    return exterior ? [[exterior, ...holes.filter((h): h is number[][] => h !== null)]] : [];
  });
}

/** The shared topology of all source counties, built once: each border is one arc for every year. */
export function baseTopology(source: readonly SourceCounty[]): BaseTopology {
  const features = [...source]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ id, geometry }) => ({
      type: 'Feature' as const,
      id,
      properties: null,
      geometry: {
        type: 'MultiPolygon' as const,
        coordinates: cleanPolygons(geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates),
      },
    }));
  const counties: FeatureCollection = { type: 'FeatureCollection', features };
  return topology({ counties });
}
