/**
 * The order `<sortable-table>` puts rows in, kept apart from the DOM so it can be tested alone.
 * Numbers sort by their exact value (from `data-value` or a `<data value>`, never from the
 * formatted text); missing figures (未公布, 不适用, —) go last in both directions, as on the
 * server-rendered ranking tables; ties keep the rows' original order (a stable sort).
 */
export type SortKey = { kind: 'number'; value: number } | { kind: 'text'; value: string } | { kind: 'missing' };

export type Direction = 'ascending' | 'descending';

/** What a cell's sort key is read from: its attributes and text, as the element finds them. */
export interface CellSource {
  /** The cell's own `data-value` (null when absent). */
  dataValue: string | null;
  /** True when the cell or something in it is marked `data-missing` (a missing figure says why). */
  missing: boolean;
  /** The `value` of the first `<data>` element in the cell (null when there is none). */
  dataElementValue: string | null;
  /** The cell's text, for columns of names and words. */
  text: string;
}

/** Text that stands for "no figure" in a cell: a dash, or nothing at all. */
const NO_FIGURE = /^[\s—–-]*$/;

export function sortKeyOf(cell: CellSource): SortKey {
  if (cell.dataValue !== null) {
    const value = cell.dataValue.trim() === '' ? Number.NaN : Number(cell.dataValue);
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'missing' };
  }
  if (cell.missing) return { kind: 'missing' };
  if (cell.dataElementValue !== null) {
    const value = cell.dataElementValue.trim() === '' ? Number.NaN : Number(cell.dataElementValue);
    if (Number.isFinite(value)) return { kind: 'number', value };
  }
  const text = cell.text.replace(/\s+/g, ' ').trim();
  return NO_FIGURE.test(text) ? { kind: 'missing' } : { kind: 'text', value: text };
}

/**
 * Row indices in sorted order. A column with any number is numeric: its text cells (a note such
 * as "no figure in any dataset") count as missing. Missing keys come last whatever the direction.
 */
export function sortedOrder(keys: readonly SortKey[], direction: Direction, collator: Intl.Collator): number[] {
  const numeric = keys.some((k) => k.kind === 'number');
  const sign = direction === 'ascending' ? 1 : -1;
  const isMissing = (k: SortKey) => k.kind === 'missing' || (numeric && k.kind === 'text');
  const compare = (a: SortKey, b: SortKey): number => {
    if (a.kind === 'number' && b.kind === 'number') return a.value - b.value;
    if (a.kind === 'text' && b.kind === 'text') return collator.compare(a.value, b.value);
    return 0;
  };
  return keys
    .map((key, index) => ({ key, index }))
    .sort((a, b) => {
      const am = isMissing(a.key);
      const bm = isMissing(b.key);
      if (am || bm) return am === bm ? a.index - b.index : am ? 1 : -1;
      return sign * compare(a.key, b.key) || a.index - b.index;
    })
    .map((r) => r.index);
}

/** True when a column has something to sort by: at least two cells with a key that is not missing. */
export function isSortable(keys: readonly SortKey[]): boolean {
  return keys.filter((k) => k.kind !== 'missing').length >= 2;
}
