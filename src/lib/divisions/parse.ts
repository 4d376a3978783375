import { parse } from 'csv-parse/sync';
import { DivisionSchema, type Division } from '../schemas/division.ts';

/** Columns of `data/divisions/divisions.csv` (snake_case) and the `Division` key each fills. */
const COLUMNS = {
  code: 'code',
  level: 'level',
  kind: 'kind',
  name_zh: 'nameZh',
  name_en: 'nameEn',
  parent: 'parent',
  valid_from: 'validFrom',
  valid_to: 'validTo',
  successors: 'successors',
  change_document: 'changeDocument',
} as const satisfies Record<string, keyof Division>;
type Column = keyof typeof COLUMNS;

const COLUMN_NAMES = Object.keys(COLUMNS) as Column[];
const COLUMN_OF_KEY = new Map<string, Column>(COLUMN_NAMES.map((column) => [COLUMNS[column], column]));

/**
 * Parses the division registry CSV into typed rows. Blank cells become `null` (or `[]` for
 * `successors`, which is `;`-separated). This is the typed loader: it throws one `Error` listing
 * every bad row (line number, code, column, what was found) rather than returning problems;
 * the data validator gives staff the friendlier report.
 *
 * @param source name of the file, put in front of the error message.
 */
export function parseDivisionsCsv(text: string, source = 'divisions.csv'): Division[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${source}: not readable as CSV: ${reason}`, { cause: error });
  }

  const [header, ...rows] = records;
  if (header === undefined) {
    throw new Error(`${source}: the file is empty; expected the header row ${COLUMN_NAMES.join(',')}`);
  }
  const position = new Map(header.map((name, i) => [name.trim(), i]));
  const missing = COLUMN_NAMES.filter((column) => !position.has(column));
  const unexpected = header.map((name) => name.trim()).filter((name) => !(name in COLUMNS));
  if (missing.length > 0 || unexpected.length > 0) {
    throw new Error(
      `${source}: line 1: header does not match the registry columns` +
        (missing.length > 0 ? `; missing: ${missing.join(', ')}` : '') +
        (unexpected.length > 0 ? `; unexpected: ${unexpected.join(', ')}` : '') +
        `. Expected: ${COLUMN_NAMES.join(',')}`,
    );
  }

  const problems: string[] = [];
  const divisions: Division[] = [];
  const lineOfCode = new Map<string, number>();
  rows.forEach((row, i) => {
    // Records map to lines one to one: registry cells never contain line breaks.
    const line = i + 2;
    const cell = (column: Column): string => (row[position.get(column) ?? -1] ?? '').trim();
    const orNull = (column: Column): string | null => (cell(column) === '' ? null : cell(column));
    const code = cell('code');
    const result = DivisionSchema.safeParse({
      code,
      level: cell('level'),
      kind: cell('kind'),
      nameZh: cell('name_zh'),
      nameEn: cell('name_en'),
      parent: orNull('parent'),
      validFrom: orNull('valid_from'),
      validTo: orNull('valid_to'),
      successors: cell('successors').split(';').map((s) => s.trim()).filter((s) => s !== ''),
      changeDocument: orNull('change_document'),
    });
    const where = `line ${line} (code ${code === '' ? '(blank)' : code})`;
    const earlier = lineOfCode.get(code);
    if (earlier !== undefined) {
      problems.push(`${where}: code: repeats the code of line ${earlier}; each code appears once`);
    } else if (code !== '') {
      lineOfCode.set(code, line);
    }
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = COLUMN_OF_KEY.get(String(issue.path[0])) ?? 'code';
        problems.push(`${where}: ${column}: ${issue.message}; found "${cell(column)}"`);
      }
    } else if (earlier === undefined) {
      divisions.push(result.data);
    }
  });

  if (problems.length > 0) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    throw new Error(`${source}: ${count}\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  return divisions;
}
