import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { MAP_YEARS, mapSprite, SPRITE_DIR } from '../lib/geo/index.ts';

/**
 * Publishes each year's map sprite (src/lib/geo/sprite.ts) beside Astro's own hashed assets:
 * written into the built site when the build is done, served from memory by `astro dev`. Pages
 * compute the same file name from the same boundaries, so the two always agree.
 */
export function mapSprites(): AstroIntegration {
  return {
    name: 'map-sprites',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const sprite = MAP_YEARS.map((year) => mapSprite(year)).find((s) => req.url?.split('#')[0] === s.href);
          if (!sprite) return next();
          res.setHeader('Content-Type', 'image/svg+xml');
          res.end(sprite.svg);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const folder = fileURLToPath(new URL(`${SPRITE_DIR}/`, dir));
        mkdirSync(folder, { recursive: true });
        for (const year of MAP_YEARS) {
          const sprite = mapSprite(year);
          writeFileSync(`${folder}${sprite.fileName}`, sprite.svg);
          logger.info(`${SPRITE_DIR}/${sprite.fileName}`);
        }
      },
    },
  };
}
