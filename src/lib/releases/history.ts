import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changeKind, diffCsvText, type DiffSchema, type ValuesDiff } from './diff-values.ts';
import { bumpKind, compareVersions, largerKind, VERSION_PATTERN } from './versions.ts';
import type { ChangeKind } from './diff-values.ts';

/**
 * A dataset's release history as docs/releases.md describes it: `releases/<version>/` inside the
 * package folder holds a byte copy of each table as that version published it, the current
 * version included, and `releaseNotes` in the descriptor says what each one changed and why.
 * Everything here comes from the files of one checkout, so it works in a shallow clone.
 */
export const RELEASES_FOLDER = 'releases';

/** A table of the package: its resource name, path inside the package and schema. */
export interface HistoryTable {
  name: string;
  /** Resource `path`, relative to the package folder. */
  path: string;
  schema: DiffSchema;
}

/** One release note as the descriptor has it (src/lib/schemas/dataset.ts). */
export interface HistoryNote {
  version: string;
  date: string;
  'zh-CN': string;
  en: string;
}

/** What one table changed in a release, against the release before it. */
export interface TableStep {
  table: string;
  path: string;
  /** Null for the first release, or when a copy is missing. */
  diff: ValuesDiff | null;
  /** The copies' bytes differ (a change even when no value did). */
  bytesChanged: boolean;
}

/** One release of a dataset with what it changed. */
export interface ReleaseStep {
  version: string;
  date: string;
  note: { zh: string; en: string };
  /** The release before, or null for the first. */
  previous: string | null;
  tables: TableStep[];
  /** The smallest bump the changes call for, and the bump the version number made. */
  required: ChangeKind;
  bump: ChangeKind;
  /** Paths (relative to the package folder) of copies this release should have and lacks. */
  missing: string[];
}

/** The folder holding the copies of one version. */
export const releaseFolder = (packageDir: string, version: string): string =>
  join(packageDir, RELEASES_FOLDER, version);

/** Path, relative to the package folder, of a table's copy for a version. */
export const copyPath = (version: string, tablePath: string): string => `${RELEASES_FOLDER}/${version}/${tablePath}`;

/** Entries of `releases/`, oldest version first; names that are no version come last, by name. */
export function recordedFolders(packageDir: string): string[] {
  const dir = join(packageDir, RELEASES_FOLDER);
  if (!isFolder(dir)) return [];
  return readdirSync(dir).sort((a, b) => {
    const va = VERSION_PATTERN.test(a);
    const vb = VERSION_PATTERN.test(b);
    return va && vb ? compareVersions(a, b) : va ? -1 : vb ? 1 : a.localeCompare(b);
  });
}

/** The text of a table's copy for a version, or null when there is none (or it is no regular file). */
export function readCopy(packageDir: string, version: string, tablePath: string): string | null {
  const file = join(packageDir, copyPath(version, tablePath));
  try {
    return lstatSync(file).isFile() ? readFileSync(file, 'utf8') : null;
  } catch {
    return null;
  }
}

/**
 * Every release in the notes, newest first, each compared with the one before it table by
 * table. The comparison uses the current schema (the copies hold only the tables).
 */
export function releaseHistory(
  packageDir: string,
  notes: readonly HistoryNote[],
  tables: readonly HistoryTable[],
): ReleaseStep[] {
  const ordered = [...notes].sort((a, b) => compareVersions(b.version, a.version));
  return ordered.map((note, i) => {
    const previous = ordered[i + 1]?.version ?? null;
    const missing: string[] = [];
    let required: ChangeKind = 'none';
    const steps = tables.map((t): TableStep => {
      const now = readCopy(packageDir, note.version, t.path);
      if (now === null) missing.push(copyPath(note.version, t.path));
      const before = previous === null ? null : readCopy(packageDir, previous, t.path);
      if (now === null || before === null) return { table: t.name, path: t.path, diff: null, bytesChanged: false };
      const diff = diffCsvText(before, now, t.schema);
      const bytesChanged = before !== now;
      required = largerKind(required, bytesChanged ? largerKind(changeKind(diff), 'patch') : 'none');
      return { table: t.name, path: t.path, diff, bytesChanged };
    });
    return {
      version: note.version,
      date: note.date,
      note: { zh: note['zh-CN'], en: note.en },
      previous,
      tables: steps,
      required,
      bump: previous === null ? 'none' : bumpKind(previous, note.version),
      missing,
    };
  });
}

function isFolder(path: string): boolean {
  try {
    return existsSync(path) && lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}
