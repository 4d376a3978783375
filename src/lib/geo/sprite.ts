import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { compactPath } from './compact-path.ts';
import { countyPaths, prefectureMesh } from './svg-paths.ts';
import { DATA_DIR } from '../data-dir.ts';

/**
 * A year's map geometry as one SVG file that every page of that year shares: one `<path>` per
 * county (`id="c370102"`) and the prefecture outlines as one mesh (`id="prefectures"`), all in
 * `<defs>`, so opening the file shows nothing. Pages draw a county with
 * `<use href="/_astro/map-2019.<hash>.svg#c370102">`: the browser fetches the geometry once and
 * keeps it (the name changes whenever the bytes do, so it can be cached for good), and each
 * page carries only its links, colours and names.
 *
 * Nothing here may carry style: a `<use>` copy takes no rules from the page's style sheets, only
 * inherited properties (fill, stroke, stroke-width, pointer-events). `vector-effect` is not
 * inherited, so it is written on each path: borders stay hairlines when the map zooms.
 */
export interface MapSprite {
  year: number;
  /** File name with the content hash, e.g. `map-2019.3f9a0c21d4.svg`. */
  fileName: string;
  /** Address of the file on the site, e.g. `/_astro/map-2019.3f9a0c21d4.svg`. */
  href: string;
  /** The file's bytes, the same on every build of the same boundaries. */
  svg: string;
}

/** Folder of the built site for hashed, long-cached assets (Astro's own `build.assets` default). */
export const SPRITE_DIR = '_astro';
/** Id of the prefecture mesh in the sprite. */
export const PREFECTURE_MESH_ID = 'prefectures';
/** Id of a county's shape in the sprite: XML ids cannot start with a digit. */
export const countySymbolId = (code: string): string => `c${code}`;

// Ten hex digits of SHA-256: a collision between two years' files is not a practical concern.
const HASH_LENGTH = 10;

/**
 * Name and address of a long-cached file of the year's map (`map-2019.3f9a0c21d4.svg`): named
 * after its content, so the name changes whenever the bytes do and a host can cache it for good.
 */
export function hashedMapAsset(stem: string, extension: string, bytes: string): { fileName: string; href: string } {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, HASH_LENGTH);
  const fileName = `${stem}.${hash}.${extension}`;
  return { fileName, href: `/${SPRITE_DIR}/${fileName}` };
}
const SHAPE = 'vector-effect="non-scaling-stroke"';
const cache = new Map<string, MapSprite>();

/** The sprite of `year`'s map, built once per process from the boundaries in `dataDir`. */
export function mapSprite(year: number, dataDir = DATA_DIR): MapSprite {
  const key = `${resolve(dataDir)}#${year}`;
  const known = cache.get(key);
  if (known) return known;
  const shapes = countyPaths(year, dataDir).map(
    (c) => `<path id="${countySymbolId(c.code)}" d="${compactPath(c.d)}" ${SHAPE}/>`,
  );
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg"><defs>\n' +
    `${shapes.join('\n')}\n<path id="${PREFECTURE_MESH_ID}" d="${compactPath(prefectureMesh(year, dataDir))}" ${SHAPE}/>\n` +
    '</defs></svg>\n';
  const sprite = Object.freeze({ year, ...hashedMapAsset(`map-${year}`, 'svg', svg), svg });
  cache.set(key, sprite);
  return sprite;
}
