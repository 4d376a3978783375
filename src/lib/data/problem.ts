/**
 * One problem found in the data, with where it is and how to fix it. Every check returns a list
 * of these; nothing throws, so a single run reports everything (docs/conventions.md §1).
 *
 * Positions are 1-based. In a CSV file `line` is the physical line (the header is line 1) and
 * `column` the 1-based field index, as a spreadsheet counts columns (1 = A). In a JSON file
 * `column` is the character column. Problems about a whole file point at 1:1.
 */
export type Severity = 'error' | 'warning';

/**
 * Problem types. Table-level names are Frictionless Data's error names
 * (https://datapackage.org/standard/glossary/ and frictionless-py `errors`), so staff who know the
 * standard recognise them; the domain names are this project's and are listed in data/README.md.
 */
export const PROBLEM_TYPES = [
  // descriptor (datapackage.json)
  'json-error',
  'package-error',
  'metadata-error',
  'resource-error',
  'schema-error',
  'example-data',
  'descriptor-error',
  'todo-value',
  // table (CSV), Frictionless names
  'encoding-error',
  'source-error',
  'blank-label',
  'missing-label',
  'extra-label',
  'duplicate-label',
  'blank-row',
  'extra-cell',
  'missing-cell',
  'type-error',
  'constraint-error',
  'text-error',
  'unique-error',
  'duplicate-row',
  'primary-key',
  'foreign-key',
  // domain rules, driven by the registry and the indicator catalogue
  'registry-error',
  'unknown-division',
  'division-not-in-force',
  'year-outside-dataset',
  'unknown-indicator',
  'unknown-source',
  'out-of-range',
  'exceeds-parent',
  'sum-mismatch',
  // figure tables (one published figure per row, e.g. county-reported)
  'date-mismatch',
  'unit-mismatch',
  'wording-mismatch',
  'source-mismatch',
  // releases (docs/releases.md): a table changed without a new version, or a release not kept
  'release-error',
  // boundary files in geo/ (data/geo/README.md); invalid JSON there is a json-error too
  'geo-file-name',
  'geo-duplicate-year',
  'geo-year-missing',
  'geo-not-topology',
  'geo-unknown-division',
  'geo-missing-division',
  'geo-duplicate-division',
  'geo-wrong-parent',
] as const;
export type ProblemType = (typeof PROBLEM_TYPES)[number];

/**
 * The one report shape for every check in the project: the data validator (`T` = ProblemType)
 * and the content check (src/lib/content/problem.ts, its own kebab-case types) alike.
 */
export interface Problem<T extends string = ProblemType> {
  /** Path of the file, as the validator was given it (relative when the data dir was). */
  file: string;
  line: number;
  column: number;
  /** Field (CSV column name) or descriptor property path the problem is about, if any. */
  field: string | null;
  type: T;
  severity: Severity;
  /** What is wrong, in Chinese, naming what was expected and what was found. */
  message: string;
  /** How to fix it, in Chinese, when a fix is known. */
  hint: string | null;
  /** For a value in the wrong form: what the field should hold, and what it holds (omitted otherwise). */
  expected?: string;
  found?: string;
}

/** Everything a run found, plus counts; `files` lists every file checked, in report order. */
export interface Report<S extends BaseStats = ReportStats, T extends string = ProblemType> {
  valid: boolean;
  problems: Problem<T>[];
  files: string[];
  stats: S;
  /** Problems found but not listed, when a file has more of one type than a report lists (the stats count them all). */
  omitted?: Omission<T>[];
}

/** Problems of one type in one file beyond the ones a report lists (src/lib/data/problem-log.ts). */
export interface Omission<T extends string = ProblemType> {
  file: string;
  type: T;
  severity: Severity;
  /** How many are listed, and how many were found in all. */
  listed: number;
  total: number;
}

/** The counts every report has; the text and JSON formatters need no more than these. */
export interface BaseStats {
  files: number;
  errors: number;
  warnings: number;
}

export interface ReportStats extends BaseStats {
  /** Files read: descriptors, the CSV resources they name, and the boundary files in geo/. */
  files: number;
  /** Data rows read (header and trailing blank lines excluded). */
  rows: number;
  /** Packages under `datasets/`. */
  datasets: number;
  /** Of those, how many have `status: example`. */
  exampleDatasets: number;
  errors: number;
  warnings: number;
  /** Sums that could not be checked because parts were missing and no `reportedSums` entry says what they add up to. */
  uncheckedSums: number;
}

type Optional = 'severity' | 'hint' | 'field' | 'line' | 'column';
/** What a caller must give; `T` lets other checkers (content/) reuse the defaults with their own types. */
export type ProblemInput<T extends string = ProblemType> = Omit<Problem<T>, Optional> & Partial<Pick<Problem<T>, Optional>>;

/** A problem with defaults: severity error, no field, no hint, position 1:1 (the whole file). */
export function problem<T extends string = ProblemType>(input: ProblemInput<T>): Problem<T> {
  return {
    file: input.file,
    line: input.line ?? 1,
    column: input.column ?? 1,
    field: input.field ?? null,
    type: input.type,
    severity: input.severity ?? 'error',
    message: input.message,
    hint: input.hint ?? null,
    ...(input.expected !== undefined && { expected: input.expected }),
    ...(input.found !== undefined && { found: input.found }),
  };
}

export const isError = (p: Problem<string>): boolean => p.severity === 'error';

/** Sorts problems by file (in the given order), then line, then column; stable otherwise. */
export function sortProblems<P extends Problem<string>>(problems: readonly P[], fileOrder: readonly string[]): P[] {
  const rank = new Map(fileOrder.map((f, i) => [f, i]));
  const r = (f: string) => rank.get(f) ?? Number.MAX_SAFE_INTEGER;
  return [...problems].sort(
    (a, b) => r(a.file) - r(b.file) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** Quotes a cell value for a message the way Chinese text quotes: “…”. Long values are shortened. */
export function quote(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
  // Control, bidi and zero-width characters are shown by code point, so a cell cannot reorder or
  // hide part of the report, nor send escape sequences to the terminal that prints it.
  return `“${shown.replace(INVISIBLE, (ch) => `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`)}”`;
}
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu;

const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
/** A number with thousands separators, as in published tables: 2,423,821. */
export function formatNumber(n: number): string {
  return Number.isFinite(n) ? grouping.format(n) : String(n);
}
