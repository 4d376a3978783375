/**
 * `<sortable-table>`: progressive enhancement of the server-rendered `<table>` inside it. Without
 * JavaScript the table is complete, in the server's order. With it, each column header that has
 * something to sort gets a `<button>` (Tab, Enter and Space work as for any button); pressing it
 * sorts the rows by that column, ascending, then descending on the next press. `aria-sort` on the
 * header says the state, and a polite live region says it in words. Rows are moved, never
 * rebuilt, so links, ids and `:target` keep working. The order itself is in sort-order.ts.
 * Pattern: Adrian Roselli, "Sortable Table Columns" (https://adrianroselli.com/2021/04/sortable-table-columns.html).
 */
import { isSortable, sortKeyOf, sortedOrder, type Direction, type SortKey } from './sort-order.ts';

const INTERACTIVE = 'a, button, input, select, textarea, details';

/** The cell of `row` that covers column `column`, counting `colspan`. */
function cellAt(row: HTMLTableRowElement, column: number): HTMLTableCellElement | undefined {
  let at = 0;
  for (const cell of row.cells) {
    if (column < at + cell.colSpan) return cell;
    at += cell.colSpan;
  }
  return undefined;
}

function keyOf(cell: HTMLTableCellElement | undefined): SortKey {
  if (!cell) return { kind: 'missing' };
  return sortKeyOf({
    dataValue: cell.getAttribute('data-value'),
    missing: cell.hasAttribute('data-missing') || cell.querySelector('[data-missing]') !== null,
    dataElementValue: cell.querySelector('data')?.getAttribute('value') ?? null,
    text: cell.textContent ?? '',
  });
}

export class SortableTableElement extends HTMLElement {
  private table: HTMLTableElement | null = null;
  private live: HTMLElement | null = null;
  private collator = new Intl.Collator(undefined, { numeric: true });

  connectedCallback(): void {
    if (this.table) return; // moved in the DOM: already upgraded
    const table = this.querySelector('table');
    const headRow = table?.tHead?.rows[table.tHead.rows.length - 1];
    if (!table || !headRow || table.tBodies.length === 0) return; // not a table this can sort: leave it alone
    this.table = table;
    this.collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true });
    this.live = this.querySelector('[data-sort-live]');
    let column = 0;
    for (const th of headRow.cells) {
      const at = column;
      column += th.colSpan;
      if (th.dataset.sort === 'none' || !isSortable(this.keys(at).flat())) continue;
      this.addButton(th, at);
    }
  }

  /** The sort keys of column `column`, one list per `<tbody>`. */
  private keys(column: number): SortKey[][] {
    return [...this.table!.tBodies].map((body) => [...body.rows].map((row) => keyOf(cellAt(row, column))));
  }

  /** Moves the header's words (not its links) into a button, with an arrow the CSS draws from `aria-sort`. */
  private addButton(th: HTMLTableCellElement, column: number): void {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    for (const node of [...th.childNodes]) {
      const interactive = node instanceof Element && (node.matches(INTERACTIVE) || node.querySelector(INTERACTIVE));
      if (!interactive) button.append(node);
    }
    const arrow = document.createElement('span');
    arrow.className = 'sort-arrow';
    arrow.setAttribute('aria-hidden', 'true');
    button.append(arrow);
    th.prepend(button);
    button.addEventListener('click', () => {
      const direction: Direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      this.sortBy(th, column, direction);
    });
  }

  /** Reorders every body's rows by `column`; the original order breaks ties (rows keep their index from connect time). */
  sortBy(th: HTMLTableCellElement, column: number, direction: Direction): void {
    const table = this.table!;
    for (const body of table.tBodies) {
      const rows = [...body.rows];
      rows.forEach((row, i) => (row.dataset.order ??= String(i)));
      const original = [...rows].sort((a, b) => Number(a.dataset.order) - Number(b.dataset.order));
      const keys = original.map((row) => keyOf(cellAt(row, column)));
      body.append(...sortedOrder(keys, direction, this.collator).map((i) => original[i]!));
    }
    for (const other of table.tHead!.querySelectorAll('th[aria-sort]')) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', direction);
    const name = th.querySelector('.sort-button')?.textContent?.trim() ?? '';
    const message = this.dataset[direction === 'ascending' ? 'msgAscending' : 'msgDescending'];
    if (this.live && message) this.live.textContent = message.replace('{column}', name);
  }
}

if (!customElements.get('sortable-table')) customElements.define('sortable-table', SortableTableElement);
