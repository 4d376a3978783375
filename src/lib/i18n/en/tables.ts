import type { tables as zh } from '../zh/tables.ts';

/** English strings: sortable tables, row links and copy-link, CSV downloads and how to open them in Excel and WPS. */
export const tables: Record<keyof typeof zh, string> = {
  'tables.sort.ascending': 'Sorted by “{column}”, ascending; missing figures last.',
  'tables.sort.descending': 'Sorted by “{column}”, descending; missing figures last.',
  'tables.link.anchor': 'Link to this row',
  'tables.link.copy': 'Copy link',
  'tables.link.copyLabel': 'Copy link: {name}',
  'tables.link.anchorLabel': 'Link to this row: {name}',
  'tables.link.copied': 'Link copied: {url}',
  'tables.link.failed': 'Could not copy: right-click “Link to this row” to copy its address.',
  'tables.downloads.countyYear': 'The figures on this page, CSV',
  'tables.downloads.countyYearJson': 'The figures on this page, JSON',
  'tables.downloads.countyAllYears': 'Every figure of {name} in every year, CSV',
  'tables.downloads.prefectureYear': 'Every figure of {name} and its counties in {year}, CSV',
  'tables.downloads.ranking': '{indicator} ({year}): counties ranked, CSV',
  'tables.downloads.excelNote': 'CSV files are UTF-8 with a byte-order mark: they open directly in Excel or WPS.',
  'tables.downloads.howTo': 'How to open them in Excel and WPS',
  'api.file.indicatorCsv': '{indicator} of every county in {year}, ranked (CSV)',
  'api.file.countyAllYears': 'Every indicator of {name} ({code}) in every year (CSV)',
  'api.file.prefectureYear': 'Every indicator of {name} ({code}) and its counties in {year} (CSV)',
  'api.endpoint.indicatorCsv':
    'The counties ranked for one indicator in one year (rank, tie, prefecture, value, missing reason, source), missing figures last.',
  'api.endpoint.countyAllYears': 'Every indicator of one county in every year, with the county rows’ fields.',
  'api.endpoint.prefectureYear':
    'Every indicator of one prefecture in one year: the prefecture first, then each of its counties, with the county rows’ fields.',
  'excel.title': 'Opening the CSV files in Excel and WPS',
  'excel.bom':
    'Every CSV under /api/ is UTF-8 and starts with a byte-order mark (BOM), so double-clicking it in Excel or WPS Spreadsheets on Chinese Windows shows the Chinese names correctly.',
  'excel.twin':
    'The raw CSV files under /data/ are byte-identical to the repository (no BOM; their SHA-256 is listed with each package). Beside each one is a .excel.csv file with the same content and a BOM in front, for Excel and WPS.',
  'excel.step.excel':
    'Excel: double-click a .excel.csv file or any CSV under /api/. If Chinese still shows as mojibake (for example in a raw CSV), open a blank workbook, choose Data → From Text/CSV, set File Origin to “65001: Unicode (UTF-8)” and select Load.',
  'excel.step.wps':
    'WPS Spreadsheets: double-click to open; if the text is garbled, import it through the Data menu (Import Data) and choose the UTF-8 encoding and the comma delimiter.',
  'excel.step.codes':
    'Excel reads division codes (such as 371327) as numbers, which is harmless; to keep them as text, set the division_code column to Text when importing.',
  'excel.step.headers':
    'Headers are English field names, explained in the field list of the API section below and in each package’s data dictionary; columns such as name_zh and indicator_zh give the Chinese names.',
  'excel.twinLink': 'Excel version (with BOM)',
};
