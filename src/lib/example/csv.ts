import { COLUMNS, RATE_COLUMNS, type ExampleCell, type ExampleRow } from './columns.ts';
import { formatRate } from './rate.ts';

const isRate = (column: string) => column in RATE_COLUMNS;

function cellText(column: string, cell: ExampleCell): string {
  if (typeof cell !== 'number') return cell;
  return isRate(column) ? formatRate(cell) : String(cell);
}

/**
 * The example table as CSV text: UTF-8, `\n` line ends, header first, no quoting needed (codes,
 * years, plain numbers and missing-value codes only). Byte-stable for the same rows.
 */
export function exampleCsv(rows: readonly ExampleRow[]): string {
  const header = ['division_code', 'year', ...COLUMNS].join(',');
  const lines = rows.map((row) =>
    [row.code, String(row.year), ...COLUMNS.map((c) => cellText(c, row.values[c]))].join(','),
  );
  return `${[header, ...lines].join('\n')}\n`;
}
