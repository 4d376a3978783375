import { relative, resolve, sep } from 'node:path';
import type { CatalogueEntry } from '../site-data/catalogue.ts';
import type { ValuesDiff } from './diff-values.ts';
import { releaseHistory, type ReleaseStep } from './history.ts';
import { compareVersions } from './versions.ts';

/**
 * Every release of every dataset, newest first, with what each changed: the list `/changes/`
 * and `/changes/feed.xml` show (docs/releases.md). Computed from the release copies each build,
 * never written by hand.
 */
export interface DatasetRelease {
  dataset: string;
  titles: { zh: string; en: string };
  status: 'official' | 'example';
  version: string;
  date: string;
  note: { zh: string; en: string };
  previous: string | null;
  /** Whether this is the dataset's current release. */
  current: boolean;
  /** Changes per table; empty for a first release. */
  tables: Array<{ table: string; diff: ValuesDiff }>;
  /** `<dataset>-<version>`: the anchor on /changes/ and the tail of the feed entry's id. */
  anchor: string;
}

export function releasesOf(entries: readonly CatalogueEntry[], repoRoot = '.'): DatasetRelease[] {
  const all: DatasetRelease[] = [];
  for (const e of entries) {
    const notes = e.meta.releaseNotes ?? [];
    if (e.kind !== 'dataset' || notes.length === 0) continue;
    const dir = resolve(repoRoot, e.folder);
    const tables = e.resources.map((r) => ({
      name: r.name,
      path: relative(dir, r.file.absolute).split(sep).join('/'),
      schema: { fields: r.fields, primaryKey: r.primaryKey },
    }));
    for (const step of releaseHistory(dir, notes, tables)) all.push(releaseOf(e, step));
  }
  // Newest first; on the same day, by dataset name, then newest version first.
  return all.sort(
    (a, b) =>
      b.date.localeCompare(a.date) || a.dataset.localeCompare(b.dataset) || compareVersions(b.version, a.version),
  );
}

function releaseOf(e: CatalogueEntry, step: ReleaseStep): DatasetRelease {
  return {
    dataset: e.name,
    titles: { zh: e.meta.titles['zh-CN'], en: e.meta.titles.en },
    status: e.meta.status,
    version: step.version,
    date: step.date,
    note: step.note,
    previous: step.previous,
    current: step.version === e.meta.version,
    tables: step.tables.flatMap((t) => (t.diff ? [{ table: t.table, diff: t.diff }] : [])),
    anchor: releaseAnchor(e.name, step.version),
  };
}

/** `baseline-2015-prefectures-1.1.0`: a release's anchor on /changes/. */
export const releaseAnchor = (dataset: string, version: string): string => `${dataset}-${version}`;

/** How many values, rows and columns a release changed, for a one-line summary. */
export function changeCounts(release: DatasetRelease): {
  changed: number;
  added: number;
  removed: number;
  columns: number;
} {
  const sum = (f: (d: ValuesDiff) => number) => release.tables.reduce((n, t) => n + f(t.diff), 0);
  return {
    changed: sum((d) => d.changed.length),
    added: sum((d) => d.added.length),
    removed: sum((d) => d.removed.length),
    columns: sum((d) => d.columnsAdded.length + d.columnsRemoved.length),
  };
}
