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
   * conics of Deetz & Adams (1934, *Elements of Map Projection*) that Snyder (1987) recounts.
   * Range 34.378°N (south edge of 菏泽/临沂) to 38.402°N (长岛's northern islands), the bbox of
   * data/geo/shandong-*.topo.json: 34.378 + 4.024/6 = 35.05 and 38.402 − 4.024/6 = 37.73.
   */
  parallels: [35.05, 37.73] as [number, number],
  /** Central meridian at the middle of the longitude range 114.819°E–122.717°E, so north is up in the centre. */
  centralMeridian: 118.77,
  /** SVG user units of every map: 4:3, the frame the page layout reserves. */
  width: 640,
  height: 480,
  /** Inner margin so outlines (stroke ~1px) and the coast are never clipped. */
  padding: 8,
} as const;

/** `viewBox` attribute of the whole-province map. */
export const MAP_VIEWBOX = `0 0 ${PROJECTION.width} ${PROJECTION.height}`;

/**
 * The site projection fitted into the frame around `object` (normally a year's counties, whose
 * outer edge is the same every year, so the three years' maps overlay exactly).
 */
export function makeProjection(object: GeoPermissibleObjects): GeoProjection {
  const { parallels, centralMeridian, width, height, padding } = PROJECTION;
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
