import { closeSync, lstatSync, openSync, readSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseRows, ValuesDiffer, type ValuesDiff } from '../releases/diff-values.ts';
import { copyPath, readCopy } from '../releases/history.ts';
import type { ScannedRow } from './check-rows.ts';
import type { Package, PackageResource } from './read-package.ts';

/**
 * Compares each table with the copy of its current release while the validator reads it, so a
 * large table is read once, not again for the release check (check-releases.ts). Only tables
 * whose bytes differ from their copy are compared; most tables are unchanged, and that is found
 * by comparing bytes, without parsing. Keyed by the table's file.
 */
export class ReleaseWatch {
  private readonly differs = new Map<string, ValuesDiffer>();

  /** A consumer for the table's rows when it differs from its release copy, else null. */
  watch(pkg: Package, res: PackageResource): ((row: ScannedRow) => void) | null {
    const meta = pkg.meta;
    const newest = meta?.releaseNotes?.[0];
    // check-releases.ts compares the table with the current version's copy only when the newest note is that version.
    if (!meta || !newest || newest.version !== meta.version) return null;
    const tablePath = relative(pkg.dir, res.file).split(sep).join('/');
    const copyFile = join(pkg.dir, copyPath(meta.version, tablePath));
    if (!isFile(copyFile) || sameBytes(copyFile, res.file)) return null;
    const copy = readCopy(pkg.dir, meta.version, tablePath);
    if (copy === null) return null;
    const differ = new ValuesDiffer(parseRows(copy), res.labels, { fields: res.schema.fields, primaryKey: res.schema.primaryKey });
    this.differs.set(res.file, differ);
    return (row) => differ.addValues(row.line, row.cells);
  }

  /** The finished comparison of a table that was watched, or undefined. */
  diffOf(file: string): ValuesDiff | undefined {
    return this.differs.get(file)?.finish();
  }
}

/** True when two files hold the same bytes; read in pieces, so large files cost no memory. */
export function sameBytes(a: string, b: string): boolean {
  if (statSync(a).size !== statSync(b).size) return false;
  const size = 1 << 20;
  const fa = openSync(a, 'r');
  const fb = openSync(b, 'r');
  try {
    const ba = Buffer.alloc(size);
    const bb = Buffer.alloc(size);
    for (;;) {
      const na = readSync(fa, ba, 0, size, null);
      const nb = readSync(fb, bb, 0, size, null);
      if (na !== nb || !ba.subarray(0, na).equals(bb.subarray(0, nb))) return false;
      if (na === 0) return true;
    }
  } finally {
    closeSync(fa);
    closeSync(fb);
  }
}

/** A regular file, not a link (as history.ts's readCopy requires of a release copy). */
function isFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}
