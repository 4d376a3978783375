import { parse } from 'csv-parse/sync';
import { problem, type Problem } from './problem.ts';

export interface CsvRecord {
  /** Line the record starts on (1-based; the header is normally line 1). */
  line: number;
  cells: string[];
  /** Line each cell starts on; equal to `line` unless a quoted cell spans lines. */
  cellLines: number[];
  /** Every cell empty or whitespace: a blank row. */
  blank: boolean;
}

export interface CsvTable {
  /** First non-blank record, or null for an empty file. */
  header: CsvRecord | null;
  /** Records after the header, trailing blank records removed (they are accepted). */
  records: CsvRecord[];
  /** Blank records before the header. */
  leadingBlank: CsvRecord[];
  problems: Problem[];
}

export interface Dialect {
  delimiter?: string;
  quoteChar?: string;
}

/**
 * Text → header and records with their physical line numbers. Never throws: a parser error
 * becomes a `source-error` at the line where the broken record starts.
 *
 * Lines are counted from each record's raw text, not from csv-parse's `info.lines`, which counts
 * a CRLF inside a quoted cell as two lines (csv-parse 7.0.3). Empty lines are kept as records, so
 * a record starts on the line after the previous one ends; a cell inside a multi-line record is
 * placed by a quote-aware scan of the raw text.
 */
export function readCsv(text: string, file: string, dialect: Dialect = {}): CsvTable {
  const problems: Problem[] = [];
  const delimiter = dialect.delimiter ?? ',';
  const quote = dialect.quoteChar ?? '"';
  const all: CsvRecord[] = [];
  let lastEnd = 0;
  // One line ending for the parser: CRLF (Excel on Windows), lone CR (old Mac Excel) and mixed
  // endings all become LF, so csv-parse never mistakes a stray LF for cell content. Each ending
  // stays one line, so line numbers are unchanged.
  const normalised = text.replace(/\r\n?/g, '\n');
  try {
    parse(normalised, {
      delimiter,
      record_delimiter: '\n',
      quote,
      raw: true,
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      skip_records_with_error: true,
      // Records are collected here rather than returned, so a skipped record knows where it starts.
      // With `raw: true` csv-parse 7.0.3 passes `{record, raw}` here although its types say string[].
      on_record: (record: string[] | { record: string[] }, context) => {
        const cells = Array.isArray(record) ? record : record.record;
        const raw = context.raw ?? '';
        const line = lastEnd + 1;
        lastEnd = line + innerBreaks(raw);
        all.push(toRecord(cells, raw, line, lastEnd, delimiter, quote));
        return null;
      },
      on_skip: (err) => {
        problems.push(parseProblem(file, lastEnd + 1, err));
        return undefined;
      },
    });
  } catch (e) {
    problems.push(parseProblem(file, lastEnd + 1, e as { code?: string; message: string }));
  }
  while (all.length > 0 && all[all.length - 1]!.blank) all.pop();
  const leadingBlank: CsvRecord[] = [];
  while (all.length > 0 && all[0]!.blank) leadingBlank.push(all.shift()!);
  const header = all.shift() ?? null;
  return { header, records: all, leadingBlank, problems };
}

/** Line breaks inside a record's raw text, not counting the one that ends it. */
function innerBreaks(raw: string): number {
  const breaks = raw.match(/\n/g)?.length ?? 0;
  return raw.endsWith('\n') ? breaks - 1 : breaks;
}

function toRecord(cells: string[], raw: string, line: number, end: number, delimiter: string, quote: string): CsvRecord {
  const multiLine = end > line;
  const cellLines = multiLine ? scanCellLines(raw, line, delimiter, quote, cells.length) : cells.map(() => line);
  return { line, cells, cellLines, blank: cells.every((c) => c.trim() === '') };
}

/** Line on which each cell of a multi-line record starts, by a quote-aware scan of the raw text. */
function scanCellLines(raw: string, start: number, delimiter: string, quote: string, count: number): number[] {
  const lines = [start];
  let line = start;
  let quoted = false;
  for (let i = 0; i < raw.length && lines.length < count; i++) {
    const ch = raw[i];
    if (ch === quote) quoted = !quoted;
    else if (!quoted && ch === delimiter) lines.push(line);
    else if (ch === '\n') line += 1;
  }
  while (lines.length < count) lines.push(line);
  return lines;
}

function parseProblem(file: string, line: number, err: { code?: string; message: string } | undefined): Problem {
  if (err?.code === 'CSV_QUOTE_NOT_CLOSED') {
    return problem({
      file,
      line,
      type: 'source-error',
      message: '引号没有闭合：从这一行开始的带引号单元格一直到文件末尾都没有结束引号',
      hint: '检查这一行的双引号是否成对；单元格里的双引号要写成两个 ""',
    });
  }
  return problem({
    file,
    line,
    type: 'source-error',
    message: `无法解析 CSV：${err?.message ?? '未知错误'}`,
    hint: null,
  });
}
