import type { DatasetRelease } from './changes.ts';
import type { ValueChange } from './diff-values.ts';

/**
 * The history of each figure: for every (dataset, division, indicator, year), the releases in
 * which its value changed, oldest first, each with old → new, version, date and note. Derived
 * from the releases' computed diffs (changes.ts), so it is never written by hand and cannot
 * disagree with /changes/. A figure whose value never changed has no history and gets no link.
 */

/** Which figure: the dataset it comes from, and where it sits. */
export interface FigureKey {
  dataset: string;
  division: string;
  indicator: string;
  year: number;
}

/** One release that changed the figure. */
export interface FigureRevision {
  version: string;
  date: string;
  note: { zh: string; en: string };
  /** Cell text before and after, as written in the CSV (`NP`, `48974`). */
  old: string;
  new: string;
  /** new − old when both are numbers, else null. */
  delta: number | null;
}

export interface FigureHistory extends FigureKey {
  /** Oldest first, the way the figure changed over time. */
  revisions: FigureRevision[];
  /** The figure's anchor on /changes/ (figureAnchor). */
  anchor: string;
}

/**
 * `figure-baseline-2015-prefectures-370100-registered_poor-2015`: stable as long as the figure
 * exists, because every part is an identifier that never changes (dataset name, GB/T 2260 code,
 * indicator id, year). HTML ids allow every character these parts use.
 */
export const figureAnchor = (k: FigureKey): string => `figure-${k.dataset}-${k.division}-${k.indicator}-${k.year}`;

const keyOf = (k: FigureKey) => `${k.dataset}|${k.division}|${k.indicator}|${k.year}`;

/**
 * A change to the figure's value itself: the indicator's own column in a wide table, or the
 * `value` column in a figure table. Changes to a note or a source name are not changes of the
 * figure (they still show on /changes/).
 */
function figureOf(dataset: string, c: ValueChange): FigureKey | null {
  if (c.division === null || c.indicator === null || c.year === null) return null;
  if (c.field !== c.indicator && c.field !== 'value') return null;
  return { dataset, division: c.division, indicator: c.indicator, year: c.year };
}

/** Every figure with a history, in the order of the releases' tables (dataset, then row order). */
export function figureHistories(releases: readonly DatasetRelease[]): FigureHistory[] {
  const byKey = new Map<string, FigureHistory>();
  // Oldest release first, so each figure's revisions come out in time order.
  const ordered = [...releases].reverse();
  for (const r of ordered) {
    for (const change of r.tables.flatMap((t) => t.diff.changed)) {
      const key = figureOf(r.dataset, change);
      if (key === null) continue;
      const id = keyOf(key);
      let history = byKey.get(id);
      if (!history) byKey.set(id, (history = { ...key, revisions: [], anchor: figureAnchor(key) }));
      history.revisions.push({
        version: r.version,
        date: r.date,
        note: r.note,
        old: change.old,
        new: change.new,
        delta: change.delta,
      });
    }
  }
  return [...byKey.values()].sort(
    (a, b) =>
      a.dataset.localeCompare(b.dataset) ||
      a.division.localeCompare(b.division) ||
      a.year - b.year ||
      a.indicator.localeCompare(b.indicator),
  );
}

/** Look-up of a figure's history by its key; undefined when its value never changed. */
export interface FigureHistoryIndex {
  get(key: FigureKey): FigureHistory | undefined;
  all: readonly FigureHistory[];
}

export function figureHistoryIndex(histories: readonly FigureHistory[]): FigureHistoryIndex {
  const map = new Map(histories.map((h) => [keyOf(h), h]));
  return { get: (key) => map.get(keyOf(key)), all: histories };
}
