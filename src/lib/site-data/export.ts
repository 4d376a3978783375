import type { CountyYear } from './county-year.ts';

/** One line of a page's download: long form, so every figure carries its unit, dataset and status. */
export interface ExportRow {
  division_code: string;
  name_zh: string;
  name_en: string;
  year: number;
  indicator: string;
  indicator_zh: string;
  indicator_en: string;
  unit: string;
  value: number | null;
  /** Why the value is missing: NP, NA, S, or `absent`; empty when there is a value. */
  missing_reason: string;
  /** Change from the previous year in the row's unit, for counts; empty for rates and when either year is missing. */
  change_from_previous_year: number | null;
  /**
   * Change of a rate (unit `percent`) from the previous year in percentage points (39.9% → 48.6%
   * is 8.7, not a 21.8% rise); empty for counts. Its own column, so the header says what it is.
   */
  change_percentage_points: number | null;
  dataset: string;
  dataset_version: string;
  /** `example` rows are generated, not real statistics: the download says so on every line. */
  status: string;
}

export function countyYearRows(view: CountyYear): ExportRow[] {
  return view.figures.map((f) => ({
    division_code: view.county.code,
    name_zh: view.county.nameZh,
    name_en: view.county.nameEn,
    year: view.year,
    indicator: f.indicator.id,
    indicator_zh: f.indicator.nameZh,
    indicator_en: f.indicator.nameEn,
    unit: f.indicator.unit,
    value: f.cell.kind === 'value' ? f.cell.value : null,
    missing_reason: f.cell.kind === 'missing' ? f.cell.reason : '',
    change_from_previous_year: f.change && f.indicator.unit !== 'percent' ? f.change.absolute : null,
    change_percentage_points: f.change && f.indicator.unit === 'percent' ? f.change.absolute : null,
    dataset: f.dataset.name,
    dataset_version: f.dataset.meta.version,
    status: f.dataset.meta.status,
  }));
}

/**
 * RFC 4180 CSV with a header row; fields quoted when they hold a comma, quote or line break.
 * Text starting with = + - @, tab or CR, which a spreadsheet would run as a formula, is written
 * with a leading ' and quoted (OWASP, "CSV Injection",
 * https://owasp.org/www-community/attacks/CSV_Injection). The validator already refuses such
 * cells in data/; this is the second line of defence. Numbers such as -1 stay numbers.
 */
export function toCsv<T extends object>(rows: readonly T[]): string {
  if (rows.length === 0) return '';
  const fields = Object.keys(rows[0]!) as (keyof T)[];
  const quote = (v: unknown) => {
    const formula = typeof v === 'string' && /^[=+\-@\t\r]/.test(v);
    const s = v === null || v === undefined ? '' : formula ? `'${v}` : String(v);
    return formula || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [fields.join(','), ...rows.map((r) => fields.map((f) => quote(r[f])).join(','))].join('\r\n') + '\r\n';
}

/**
 * The UTF-8 byte-order mark. Excel on Chinese Windows opens a CSV without it as GBK and shows
 * 莒南县 as mojibake (the system code page); with it, Excel and WPS read the file as UTF-8. The
 * mark is U+FEFF, bytes EF BB BF (Unicode FAQ "UTF-8, UTF-16, UTF-32 & BOM",
 * https://www.unicode.org/faq/utf_bom.html#bom1). csv-parse (`bom: true`), pandas and readr skip it.
 */
export const UTF8_BOM = '\uFEFF';

/** The text of a CSV the site serves under /api/: a byte-order mark, then `toCsv(rows)`. */
export function excelCsv<T extends object>(rows: readonly T[]): string {
  return UTF8_BOM + toCsv(rows);
}

/**
 * The Excel-ready twin of a canonical data/ CSV: the same bytes behind a byte-order mark (none
 * added when the file already starts with one), so stripping the first three bytes gives back
 * the file whose SHA-256 the data page publishes.
 */
export function excelTwin(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const bom = new TextEncoder().encode(UTF8_BOM);
  const marked = bytes.length >= bom.length && bom.every((b, i) => bytes[i] === b);
  const twin = new Uint8Array((marked ? 0 : bom.length) + bytes.length);
  if (!marked) twin.set(bom);
  twin.set(bytes, marked ? 0 : bom.length);
  return twin;
}

/** Response headers of every CSV download. */
export const CSV_HEADERS = { 'content-type': 'text/csv; charset=utf-8' } as const;
