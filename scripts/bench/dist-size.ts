/**
 * The size of the built site as a host stores it: the apparent size of every file in dist/
 * (bytes, not disk blocks), in total and per top-level folder, so the README can say where the
 * bytes are. The goal (README "Measured") is ≤ 60 MB at today's page count.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface DistSize {
  /** Apparent size of all files, in MB (10^6 bytes, as `du --apparent-size --si` reports). */
  totalMB: number;
  /** The HTML pages alone. */
  htmlMB: number;
  /** Per top-level entry of dist/ (`en` holds the English twins), largest first. */
  folders: Record<string, number>;
}

const mb = (bytes: number) => Number((bytes / 1e6).toFixed(1));

export function distSize(dir = 'dist'): DistSize {
  const perFolder = new Map<string, number>();
  let total = 0;
  let html = 0;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, file));
    if (!stat.isFile()) continue;
    total += stat.size;
    if (file.endsWith('.html')) html += stat.size;
    const top = file.split('/')[0]!;
    perFolder.set(top, (perFolder.get(top) ?? 0) + stat.size);
  }
  const folders = Object.fromEntries(
    [...perFolder].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => [name, mb(bytes)]),
  );
  return { totalMB: mb(total), htmlMB: mb(html), folders };
}
