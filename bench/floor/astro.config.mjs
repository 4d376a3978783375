// @ts-check
import { defineConfig } from 'astro/config';

// The floor of the build bench (scripts/bench/floor.ts): bare Astro writing FLOOR_PAGES pages of
// FLOOR_BYTES bytes each, the same count and mean size as the real site, into FLOOR_OUT_DIR.
export default defineConfig({
  outDir: process.env.FLOOR_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
