import { geoConicEqualArea, type GeoPermissibleObjects, type GeoProjection } from 'd3';

/**
 * Every map on the site uses this one projection, so a county has the same shape on every page
 * and year. Why each value:
 */
export const PROJECTION = {
  /**
   * Albers conic equal-area (d3 `geoConicEqualArea`): a choropleth colours areas, so areas must
   * keep their true proportions. Mercator would inflate the north (德州, 滨州, 烟台) by about 11 %
   * against the south (临沂, 菏泽): sec²38.4° / sec²34.4° ≈ 1.11. Conic, because the province is
   * a mid-latitude band wider east–west than north–south (Snyder 1987, *Map Projections — A
   * Working Manual*, USGS Professional Paper 1395, ch. 14 "Albers Equal-Area Conic Projection").
   */
  name: 'Albers equal-area conic',
  /**
   * Standard parallels one sixth of the latitude range inside its limits, the rule of thumb for
   * conics of Deetz & Adams (1934, *Elements of Map Projection*) that Snyder (1987) recounts,
   * and the central meridian at the middle of the longitude range, so north is up in the centre.
   * Both come from the bounding box of the boundary file (`frameOf`), rounded to 0.01°. For
   * data/geo/shandong-*.topo.json (34.378°N–38.402°N, 114.819°E–122.717°E) that gives
   * 35.05°/37.73° and 118.77°E.
   */
  parallelFraction: 1 / 6,
  /** SVG user units of every map: 4:3, the frame the page layout reserves. */
  width: 640,
  height: 480,
  /** Inner margin so outlines (stroke ~1px) and the coast are never clipped. */
  padding: 8,
} as const;

/** `viewBox` attribute of the whole-province map. */
export const MAP_VIEWBOX = `0 0 ${PROJECTION.width} ${PROJECTION.height}`;

/** A boundary file's extent: [west, south, east, north] in degrees (TopoJSON `bbox`). */
export type BBox = readonly [number, number, number, number] | readonly number[];

/** Standard parallels and central meridian of the projection for an area's bounding box. */
export interface Frame {
  parallels: [number, number];
  centralMeridian: number;
}

const hundredths = (degrees: number): number => Math.round(degrees * 100) / 100;

/** The conic's parameters for `bbox` (see `PROJECTION.parallelFraction`). */
export function frameOf(bbox: BBox): Frame {
  const [west = 0, south = 0, east = 0, north = 0] = bbox;
  const inset = (north - south) * PROJECTION.parallelFraction;
  return {
    parallels: [hundredths(south + inset), hundredths(north - inset)],
    centralMeridian: hundredths((west + east) / 2),
  };
}

/**
 * The site projection for `frame`, fitted into the map's frame around `object` (normally a
 * year's counties, whose outer edge is the same every year, so the years' maps overlay exactly).
 */
export function makeProjection(object: GeoPermissibleObjects, frame: Frame): GeoProjection {
  const { width, height, padding } = PROJECTION;
  const { parallels, centralMeridian } = frame;
  return geoConicEqualArea()
    .parallels(parallels)
    .rotate([-centralMeridian, 0])
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      object,
    );
}
