import { readFileSync } from 'node:fs';
import { zipSync, type Zippable } from 'fflate';

/**
 * `/data/all.zip`: every data package with its descriptors and release copies, built so two
 * builds of the same data give the same bytes (docs/releases.md): entries in sorted path order,
 * one fixed timestamp for all, one fixed compression level, and a compressor that is JavaScript
 * pinned in the lock file (fflate), so no system zlib version can change the output.
 */
export interface BundleFile {
  /** Path inside the archive, with `/` separators. */
  file: string;
  absolute: string;
}

/** DEFLATE level 9 (fflate's maximum): the files are small and read many times. */
const LEVEL = 9;

/**
 * The archive's bytes. `date` (YYYY-MM-DD, the newest release of the data) becomes every entry's
 * modification time. ZIP stores local date and time fields (APPNOTE.TXT 4.4.6) and fflate fills
 * them from the Date's local getters, so the Date is made from local parts: the fields are then
 * the same in every time zone.
 */
export function bundleZip(files: readonly BundleFile[], date: string): Uint8Array {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d, 0, 0, 0);
  const entries: Zippable = {};
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const f of sorted) entries[f.file] = [new Uint8Array(readFileSync(f.absolute)), { level: LEVEL, mtime }];
  return zipSync(entries);
}
