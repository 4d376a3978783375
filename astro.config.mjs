// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { mapSprites } from './src/integrations/map-sprites.ts';
import { BASE_DIRECTIVES } from './src/lib/csp.ts';
import { siteConfig } from './site.config.ts';

// The build script (scripts/build.ts) writes into a new folder and only publishes it as
// dist/ after a successful build, so a failed build never touches the last good site.
const outDir = process.env.SITE_OUT_DIR ?? './dist';
// The build script renders the site in parallel processes (src/lib/build-part.ts); each keeps its
// own cache, since Astro's content store is rewritten in place and two writers would collide.
const cacheDir = process.env.SITE_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  // Public address of the site; used for canonical links, citations and the sitemap.
  // Set in site.config.ts (SITE_URL); the default is the local preview address.
  site: siteConfig.site,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Everything external so the strict CSP below needs no inline hashes (docs/toolchain.md §6).
    inlineStylesheets: 'never',
  },
  vite: { build: { assetsInlineLimit: 0 } },
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [mdx(), mapSprites()],
  markdown: { syntaxHighlight: 'prism' },
  security: {
    csp: {
      // The same directives the web server sends as a header (deploy/nginx/maps.conf), plus hashes.
      directives: [...BASE_DIRECTIVES],
    },
  },
  prerenderConflictBehavior: 'error',
});
