import { Parser } from 'csv-parse';
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
 * Text → header and records with their physical line numbers, whole (readCsv) or piece by piece
 * (CsvReader). Never throws: a parser error
 * becomes a `source-error` at the line where the broken record starts.
 *
 * Lines are counted from the line breaks inside each record's cells (linesOfCells), not from
 * csv-parse's `info.lines`. Empty lines are kept as records, so a record starts on the line after
 * the previous one ends.
 */
export function readCsv(text: string, file: string, dialect: Dialect = {}): CsvTable {
  const table: CsvTable = { header: null, records: [], leadingBlank: [], problems: [] };
  const reader = new CsvReader(file, dialect, {
    leadingBlank: (rec) => table.leadingBlank.push(rec),
    header: (rec) => (table.header = rec),
    record: (rec) => table.records.push(rec),
    problem: (p) => table.problems.push(p),
  });
  reader.write(text);
  reader.end();
  return table;
}

/** Where a streaming read sends what it finds, in file order. */
export interface CsvHandlers {
  /** A blank record before the header. */
  leadingBlank(rec: CsvRecord): void;
  /** The first non-blank record (never called for a file of blank lines). */
  header(rec: CsvRecord): void;
  /** Each record after the header, blank ones included except those at the end of the file. */
  record(rec: CsvRecord): void;
  problem(p: Problem): void;
}

/** csv-parse's chunk-by-chunk parser, which its Transform stream drives (csv-parse 7.0.3, lib/index.js). */
interface ChunkParser {
  parse(buf: Buffer | undefined, end: boolean, push: (record: unknown) => void, close: () => void): Error | undefined;
}

/**
 * The same reader fed text in pieces, so a file of any size is read in constant memory: text
 * goes to csv-parse one chunk at a time and each record is handed on as soon as it is complete.
 * Blank records are held back (as line numbers only) until a non-blank one shows they are not at
 * the end of the file.
 */
export class CsvReader {
  private readonly parser: ChunkParser;
  private lastEnd = 0;
  private stopped = false;
  private heldCr = false;
  private seenHeader = false;
  private pendingBlank: Array<CsvRecord | [number, number]> = [];
  /** Whether the quote character has been fed yet: until it has, no cell can hold a line break. */
  private quoted = false;
  private readonly quote: string;
  private readonly file: string;
  private readonly on: CsvHandlers;
  /** Each record as csv-parse completes it, with the line it starts on. */
  private readonly onRecord: (cells: string[]) => void;

  constructor(file: string, dialect: Dialect, on: CsvHandlers) {
    this.file = file;
    this.on = on;
    const delimiter = dialect.delimiter ?? ',';
    const quote = dialect.quoteChar ?? '"';
    this.quote = quote;
    const options = {
      delimiter,
      record_delimiter: '\n',
      quote,
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      skip_records_with_error: true,
      on_skip: (err: { code?: string; message: string } | undefined) => {
        this.on.problem(parseProblem(this.file, this.lastEnd + 1, err));
        return undefined;
      },
    };
    this.parser = (new Parser(options as ConstructorParameters<typeof Parser>[0]) as unknown as { api: ChunkParser }).api;
    // Records come through the parser's push callback, as they do to its stream, rather than
    // through `on_record`, for which csv-parse copies its state into a new object per record
    // (lib/api/index.js, __push and __infoRecord). A skipped record is never pushed, so
    // `lastEnd` still tells on_skip where it starts.
    this.onRecord = (cells) => {
      const line = this.lastEnd + 1;
      const cellLines = this.quoted ? linesOfCells(cells, line) : null;
      this.lastEnd = cellLines === null ? line : cellLines[cellLines.length - 1]! + innerBreaks(cells[cells.length - 1]!);
      this.take(cellLines === null ? new OneLineRecord(line, cells) : { line, cells, cellLines, blank: isBlank(cells) });
    };
  }

  /** The next piece of the text (any length; a CRLF may be split between two pieces). */
  write(text: string): void {
    // One line ending for the parser: CRLF (Excel on Windows), lone CR (old Mac Excel) and mixed
    // endings all become LF, so csv-parse never mistakes a stray LF for cell content. Each ending
    // stays one line, so line numbers are unchanged. A CR at the end of a piece waits for the next.
    let piece = (this.heldCr ? '\r' : '') + text;
    this.heldCr = piece.endsWith('\r');
    if (this.heldCr) piece = piece.slice(0, -1);
    this.feed(Buffer.from(piece.includes('\r') ? piece.replace(/\r\n?/g, '\n') : piece), false);
  }

  /** The next piece as UTF-8 bytes with no carriage return (read-text.ts readTableInPieces decides). */
  writeBytes(chunk: Buffer): void {
    this.feed(chunk, false);
  }

  end(): void {
    if (this.heldCr) this.feed(Buffer.from('\n'), false);
    this.heldCr = false;
    this.feed(undefined, true);
    this.pendingBlank = []; // blank lines at the end of the file are accepted
  }

  private feed(buf: Buffer | undefined, end: boolean): void {
    if (this.stopped) return;
    // One search per piece spares looking for line breaks in every cell of a file with no quotes.
    if (!this.quoted && buf !== undefined && buf.includes(this.quote)) this.quoted = true;
    try {
      const err = this.parser.parse(buf, end, this.onRecord as (record: unknown) => void, () => {});
      if (err) this.fail(err as { code?: string; message: string });
    } catch (e) {
      this.fail(e as { code?: string; message: string });
    }
  }

  private fail(err: { code?: string; message: string }): void {
    this.stopped = true;
    this.on.problem(parseProblem(this.file, this.lastEnd + 1, err));
  }

  private take(rec: CsvRecord): void {
    if (rec.blank) {
      // A one-line blank record is kept as [line, cell count], so a million blank lines stay small.
      const multiLine = rec.cellLines.some((l) => l !== rec.line);
      this.pendingBlank.push(multiLine ? rec : [rec.line, rec.cells.length]);
      return;
    }
    for (const held of this.pendingBlank) {
      const blank: CsvRecord = Array.isArray(held)
        ? { line: held[0], cells: new Array<string>(held[1]).fill(''), cellLines: new Array<number>(held[1]).fill(held[0]), blank: true }
        : held;
      if (this.seenHeader) this.on.record(blank);
      else this.on.leadingBlank(blank);
    }
    this.pendingBlank = [];
    if (this.seenHeader) this.on.record(rec);
    else {
      this.seenHeader = true;
      this.on.header(rec);
    }
  }
}

/**
 * A record on one line, the usual kind: the line of each cell is worked out only when asked
 * for (to place a problem), so a row that is fine allocates no array of lines.
 */
class OneLineRecord implements CsvRecord {
  readonly line: number;
  readonly cells: string[];
  readonly blank: boolean;
  constructor(line: number, cells: string[]) {
    this.line = line;
    this.cells = cells;
    this.blank = isBlank(cells);
  }
  get cellLines(): number[] {
    return this.cells.map(() => this.line);
  }
}

/**
 * Line on which each cell starts, or null when the record is on one line. Every line ending left
 * in the text is a LF (write() turns CRLF and CR into LF; the byte path has none), and one can
 * only sit inside a quoted cell, where csv-parse keeps it in the value: so a cell starts as many
 * lines after the record's first as there are LFs in the cells before it. (csv-parse's own line
 * count, `info.lines`, counted a quoted CRLF as two lines in 7.0.3, and its `raw` text costs a
 * copy of every record.)
 */
function linesOfCells(cells: readonly string[], line: number): number[] | null {
  let multiLine = false;
  for (const c of cells) if (c.includes('\n')) multiLine = true;
  if (!multiLine) return null;
  const lines: number[] = [];
  let at = line;
  for (const c of cells) {
    lines.push(at);
    at += innerBreaks(c);
  }
  return lines;
}

/** Line breaks inside a cell's value. */
function innerBreaks(cell: string): number {
  let n = 0;
  for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) n++;
  return n;
}

/** Every cell empty or whitespace. */
function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) {
    // Most records start with a cell whose first character is visible ASCII: not blank, no trim needed.
    const first = c.length > 0 ? c.charCodeAt(0) : 0;
    if ((first > 0x20 && first < 0x7f) || c.trim() !== '') return false;
  }
  return true;
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
