import { resolve } from 'node:path';
import { countyCentroids } from './svg-paths.ts';
import { hashedMapAsset } from './sprite.ts';
import { DATA_DIR } from '../data-dir.ts';

/**
 * A year's county label points (src/lib/geo/label-points.ts) as one small JSON file that every
 * page of that year shares, `{"370102":[193.3,214],…}` in the map's SVG units. The map script
 * (src/components/map/map-element.ts) needs them for arrow-key moves, tooltips at the county and
 * names when zoomed; they are the same on every page of a year, so pages carry only the file's
 * address instead of two numbers on each of 137 links. Named after its content like the sprite
 * (src/lib/geo/sprite.ts), so it is cached for good.
 */
export interface MapLabelFile {
  year: number;
  /** File name with the content hash, e.g. `labels-2019.3f9a0c21d4.json`. */
  fileName: string;
  /** Address of the file on the site, e.g. `/_astro/labels-2019.3f9a0c21d4.json`. */
  href: string;
  /** The file's bytes, the same on every build of the same boundaries. */
  json: string;
}

const cache = new Map<string, MapLabelFile>();

/** The label-point file of `year`'s map, built once per process from the boundaries in `dataDir`. */
export function mapLabelFile(year: number, dataDir = DATA_DIR): MapLabelFile {
  const key = `${resolve(dataDir)}#${year}`;
  const known = cache.get(key);
  if (known) return known;
  const points = Object.fromEntries(countyCentroids(year, dataDir).map((p) => [p.code, [p.x, p.y]]));
  const json = `${JSON.stringify(points)}\n`;
  const file = Object.freeze({ year, ...hashedMapAsset(`labels-${year}`, 'json', json), json });
  cache.set(key, file);
  return file;
}
