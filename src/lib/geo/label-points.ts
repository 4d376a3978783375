import { polygonArea, polygonCentroid, polygonContains, type GeoProjection } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

type Point = [number, number];
type Ring = Point[];

/** Grid steps per side when the centroid falls outside: 24² tests, ample for a label at 640 px. */
const GRID = 24;

const round1 = (n: number): number => Math.round(n * 10) / 10;

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx || dy ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function distanceToRings(p: Point, rings: readonly Ring[]): number {
  let min = Infinity;
  for (const ring of rings)
    for (let i = 1; i < ring.length; i++) {
      min = Math.min(min, distanceToSegment(p, ring[i - 1] as Point, ring[i] as Point));
    }
  return min;
}

/**
 * Where to put a county's label, in SVG coordinates: inside its largest part (黄岛区 and 长岛县 are
 * many islands; a centroid of all parts can fall in the sea). That part's centroid when it lies
 * inside the part — true for most counties — otherwise the grid point farthest from any edge (a
 * coarse pole of inaccessibility, as Mapbox polylabel computes exactly; concave 市中区-like shapes).
 */
export function labelPoint(f: Feature<Polygon | MultiPolygon>, projection: GeoProjection): Point {
  const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const projected = parts.map((rings) =>
    rings.map((ring) => ring.map((p) => projection(p as Point) ?? ([NaN, NaN] as Point))),
  );
  const net = (rings: Ring[]): number =>
    rings.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(polygonArea(ring)), 0);
  const largest = projected.reduce((best, rings) => (net(rings) > net(best) ? rings : best));
  const [exterior = [], ...holes] = largest;
  const inside = (p: Point): boolean => polygonContains(exterior, p) && !holes.some((h) => polygonContains(h, p));

  const centroid = polygonCentroid(exterior);
  if (inside(centroid)) return [round1(centroid[0]), round1(centroid[1])];

  const xs = exterior.map((p) => p[0]);
  const ys = exterior.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: Point = exterior[0] ?? [0, 0];
  let bestDistance = -1;
  for (let i = 0; i <= GRID; i++)
    for (let j = 0; j <= GRID; j++) {
      const p: Point = [x0 + ((x1 - x0) * i) / GRID, y0 + ((y1 - y0) * j) / GRID];
      if (!inside(p)) continue;
      const d = distanceToRings(p, largest);
      if (d > bestDistance) [best, bestDistance] = [p, d];
    }
  return [round1(best[0]), round1(best[1])];
}
