/**
 * The floor of the build: bare Astro (bench/floor/) writing as many pages as the real build,
 * of the same mean size, timed in the same run so the two can be compared on a noisy machine.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure } from './measure.ts';

/** Number of built pages (index.html files) in `dir` and their mean size in bytes. */
export function pageStats(dir: string): { pages: number; meanBytes: number } {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
  const bytes = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  return { pages: files.length, meanBytes: files.length > 0 ? Math.round(bytes / files.length) : 0 };
}

export async function measureFloor(pages: number, meanBytes: number) {
  const out = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  try {
    const env = { ...process.env, FLOOR_PAGES: String(pages), FLOOR_BYTES: String(meanBytes), FLOOR_OUT_DIR: out };
    const run = await measure(['node_modules/astro/bin/astro.mjs', 'build', '--root', 'bench/floor'], env);
    const built = pageStats(out);
    return { seconds: run.seconds, peakMB: run.peakMB, pages: built.pages, meanBytes: built.meanBytes };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
