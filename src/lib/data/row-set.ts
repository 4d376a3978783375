/**
 * Distinct rows, each by its cells, with the line it was first seen on. A row that repeats builds
 * no string: joining or JSON-encoding 25 cells and hashing the result cost about a microsecond a
 * row, most of the key check in a table whose every row repeats (validation-throughput bench).
 * A few rows are compared cell by cell, which stops at the first cell that differs; past
 * SCAN_LIMIT they are found by a hash of their cells first. The cells arrays are the ones the
 * reader made, kept as they are.
 */
const SCAN_LIMIT = 8;

interface SeenRow {
  cells: readonly string[];
  line: number;
}

export class RowSet {
  private readonly rows: SeenRow[] = [];
  private buckets: Map<number, SeenRow[]> | null = null;

  get size(): number {
    return this.rows.length;
  }

  /** The line of an identical row added before, else undefined. */
  get(cells: readonly string[]): number | undefined {
    const candidates = this.buckets === null ? this.rows : this.buckets.get(hashCells(cells));
    if (candidates) for (const row of candidates) if (sameCells(row.cells, cells)) return row.line;
    return undefined;
  }

  /** Adds a row not yet in the set (get() returned undefined). */
  add(cells: readonly string[], line: number): void {
    const row = { cells, line };
    this.rows.push(row);
    if (this.buckets !== null) addTo(this.buckets, row);
    else if (this.rows.length > SCAN_LIMIT) {
      const buckets = (this.buckets = new Map());
      for (const r of this.rows) addTo(buckets, r);
    }
  }
}

function addTo(buckets: Map<number, SeenRow[]>, row: SeenRow): void {
  const hash = hashCells(row.cells);
  const bucket = buckets.get(hash);
  if (bucket) bucket.push(row);
  else buckets.set(hash, [row]);
}

/** 32-bit FNV-1a over the cells' UTF-16 code units, with the cell count and a step between cells so ["ab"] and ["a", "b"] differ (http://www.isthe.com/chongo/tech/comp/fnv/). */
function hashCells(cells: readonly string[]): number {
  let h = Math.imul(0x811c9dc5 ^ cells.length, 0x01000193);
  for (const cell of cells) {
    for (let i = 0; i < cell.length; i++) h = Math.imul(h ^ cell.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x10000, 0x01000193);
  }
  // 30 bits: a small integer to V8 (pointer compression), so the map key is not a heap number.
  return h & 0x3fffffff;
}

function sameCells(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
