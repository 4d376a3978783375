import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { MAP_YEARS, mapLabelFile, mapSprite, SPRITE_DIR } from '../lib/geo/index.ts';

/** One shared map file of a year: where it is served and what it holds. */
interface MapFile {
  fileName: string;
  href: string;
  type: string;
  body: string;
}

/** Each year's sprite (src/lib/geo/sprite.ts) and label points (src/lib/geo/label-file.ts). */
function mapFiles(): MapFile[] {
  return MAP_YEARS.flatMap((year) => {
    const sprite = mapSprite(year);
    const labels = mapLabelFile(year);
    return [
      { fileName: sprite.fileName, href: sprite.href, type: 'image/svg+xml', body: sprite.svg },
      { fileName: labels.fileName, href: labels.href, type: 'application/json', body: labels.json },
    ];
  });
}

/**
 * Publishes each year's map sprite and label points beside Astro's own hashed assets: written
 * into the built site when the build is done, served from memory by `astro dev`. Pages compute
 * the same file names from the same boundaries, so the two always agree.
 */
export function mapSprites(): AstroIntegration {
  return {
    name: 'map-sprites',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const file = mapFiles().find((f) => req.url?.split('#')[0] === f.href);
          if (!file) return next();
          res.setHeader('Content-Type', file.type);
          res.end(file.body);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const folder = fileURLToPath(new URL(`${SPRITE_DIR}/`, dir));
        mkdirSync(folder, { recursive: true });
        for (const file of mapFiles()) {
          writeFileSync(`${folder}${file.fileName}`, file.body);
          logger.info(`${SPRITE_DIR}/${file.fileName}`);
        }
      },
    },
  };
}
