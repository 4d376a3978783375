/**
 * Build-time maps: boundaries per year, the site projection, cached SVG paths and choropleth
 * classes. The topology builder (./build/) is for scripts/build-topology.ts only and is not
 * re-exported, so pages never load topojson-server.
 */
export { PROJECTION, MAP_VIEWBOX, makeProjection, frameOf, type Frame, type BBox } from './projection.ts';
export { mapYears, boundaryFiles, loadTopology, topologyFile } from './load-topology.ts';
export { MAP_YEARS } from './map-years.ts';
export type { CountyProperties, ShandongTopology } from './load-topology.ts';
export {
  countyPaths,
  prefecturePaths,
  prefectureMesh,
  countyCentroids,
  prefectureBox,
  areaBox,
  viewBoxOf,
  mapProjection,
} from './svg-paths.ts';
export { mapSprite, countySymbolId, PREFECTURE_MESH_ID, SPRITE_DIR, type MapSprite } from './sprite.ts';
export { mapLabelFile, type MapLabelFile } from './label-file.ts';
export type { CountyPath, PrefecturePath, LabelPoint, Box } from './svg-paths.ts';
export { labelPoint } from './label-points.ts';
export {
  DEFAULT_CLASSES,
  RAMPS,
  classBreaks,
  classOf,
  classColour,
  rampFor,
  fillFor,
  rampClass,
  rampClassFor,
  NO_DATA_PATTERN,
  NO_DATA_FILL,
} from './scale.ts';
export type { Better } from './scale.ts';
export { classRanges, type ClassRange } from './legend.ts';
