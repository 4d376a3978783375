import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeBytes, firstInvalidUtf8 } from '../../../src/lib/data/decode.ts';
import { lineColumn, scanJson } from '../../../src/lib/data/json-locate.ts';
import { CsvReader, readCsv } from '../../../src/lib/data/read-csv.ts';
import { CHUNK_BYTES, readTableInPieces, readTextInPieces } from '../../../src/lib/data/read-text.ts';

/** Bytes → text → records, and the positions every problem depends on. */
describe('decodeBytes', () => {
  test('UTF-8 with a BOM is accepted and the BOM dropped', () => {
    expect(decodeBytes(Buffer.from('\uFEFFa,b\n', 'utf8'), 'f.csv')).toEqual({ text: 'a,b\n', problems: [] });
  });

  test('GBK is an encoding-error at the first non-UTF-8 byte, and still decoded', () => {
    const bytes = iconv.encode('code,name\n370116,莱芜区\n', 'gbk');
    const { text, problems } = decodeBytes(bytes, 'f.csv');
    expect(text).toBe('code,name\n370116,莱芜区\n');
    expect(problems).toMatchObject([{ type: 'encoding-error', line: 2, column: 2 }]);
    expect(problems[0]!.message).toContain('GBK');
    expect(problems[0]!.hint).toContain('UTF-8');
  });

  test('UTF-16 (Excel "Unicode text") is an encoding-error', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n', 'utf16le')]);
    expect(decodeBytes(bytes, 'f.csv').problems[0]!.type).toBe('encoding-error');
  });

  test('firstInvalidUtf8 rejects overlongs, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(Buffer.from('莱芜', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xe8, 0x8e]))).toBe(1);
  });
});

describe('readCsv', () => {
  test('physical lines survive CRLF inside quoted cells and blank lines', () => {
    const t = readCsv('a,b,c\r\n1,"x\r\ny",3\r\n\r\n4,5,6\r\n', 'f.csv');
    expect(t.records.map((r) => [r.line, r.cellLines])).toEqual([
      [2, [2, 2, 3]],
      [4, [4]],
      [5, [5, 5, 5]],
    ]);
  });

  test('trailing blank lines are dropped, an unclosed quote is a source-error where it opens', () => {
    const t = readCsv('a,b\n1,2\n"3,4\n5,6\n', 'f.csv');
    expect(t.records).toHaveLength(1);
    expect(t.problems).toMatchObject([{ type: 'source-error', line: 3 }]);
    expect(readCsv('a,b\n1,2\n\n,\n\n', 'f.csv').records).toHaveLength(1);
  });
});

describe('scanJson', () => {
  const at = (text: string) => {
    const { error } = scanJson(text);
    return error ? { ...lineColumn(text, error.offset), message: error.message } : null;
  };

  test('a trailing comma points at the comma', () => {
    expect(at('{\n  "a": [1, 2,],\n  "b": 1\n}')).toMatchObject({ line: 2, column: 13, message: '最后一项后面多了逗号' });
    expect(at('{"a": 1,\n}')).toMatchObject({ line: 1, column: 8 });
  });

  test('a missing comma, single quotes and truncation are located', () => {
    expect(at('{"a": 1\n "b": 2}')).toMatchObject({ line: 2, column: 2 });
    expect(at("{'a': 1}")).toMatchObject({ line: 1, column: 2 });
    expect(at('{"a": [1, 2')).toMatchObject({ line: 1, column: 12 });
    expect(at('')).toMatchObject({ message: '文件是空的' });
  });

  test('valid JSON records the position of every value', () => {
    const scan = scanJson('{\n  "resources": [\n    {"path": "a.csv"}\n  ]\n}');
    expect(scan.error).toBeNull();
    expect(lineColumn('{\n  "resources": [\n    {"path": "a.csv"}\n  ]\n}', scan.positions.get('/resources/0/path')!)).toEqual({ line: 3, column: 14 });
  });
});

describe('CsvReader (streamed)', () => {
  test('gives the same records and problems however the text is cut into pieces', () => {
    const text = '\r\n a,b,c\r\n1,"x\r\ny",3\r\n\r\n,,\r\n4,5,6\r"7",8,9\n\n10,"unclosed\n';
    const whole = readCsv(text, 'f.csv');
    for (let cut = 0; cut <= text.length; cut++) {
      for (const size of [1, 2, 3]) {
        const table = { header: null as unknown, records: [] as unknown[], leadingBlank: [] as unknown[], problems: [] as unknown[] };
        const reader = new CsvReader('f.csv', {}, {
          leadingBlank: (r) => table.leadingBlank.push(r),
          header: (r) => (table.header = r),
          record: (r) => table.records.push(r),
          problem: (p) => table.problems.push(p),
        });
        reader.write(text.slice(0, cut));
        for (let i = cut; i < text.length; i += size) reader.write(text.slice(i, i + size));
        reader.end();
        expect(table, `cut at ${cut}, then pieces of ${size}`).toEqual(whole);
      }
    }
  });
});

describe('readTextInPieces', () => {
  test('a character cut by a chunk boundary is read whole, and a UTF-8 file needs no encoding-error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-text-'));
    try {
      const file = join(dir, 'big.csv');
      // Three-byte characters: the 1 MiB boundaries fall inside them.
      const text = `\uFEFFname\n${'济南市,莱芜区\n'.repeat(Math.ceil((2.5 * CHUNK_BYTES) / 20))}`;
      writeFileSync(file, text);
      const pieces: string[] = [];
      const problems: unknown[] = [];
      readTextInPieces(file, (t) => pieces.push(t), (p) => problems.push(p));
      expect(problems).toEqual([]);
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.join('')).toBe(text.slice(1));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a file that is not UTF-8 is still reported by decodeBytes, with the first bad byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-text-'));
    try {
      const file = join(dir, 'gbk.csv');
      writeFileSync(file, Buffer.concat([Buffer.from('a\n'.repeat(CHUNK_BYTES / 2)), Buffer.from([0xc4, 0xe3, 0x0a])]));
      const problems: Array<{ type: string; line: number }> = [];
      readTextInPieces(file, () => {}, (p) => problems.push(p));
      expect(problems).toMatchObject([{ type: 'encoding-error', line: CHUNK_BYTES / 2 + 1 }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('readTableInPieces: bytes straight to the parser when they need no decoding', () => {
  /** Every record the reader finds, reading the file through the given sink. */
  function records(file: string, asBytes: boolean) {
    const found: unknown[] = [];
    const reader = new CsvReader(file, {}, {
      leadingBlank: (r) => found.push(['blank', r]),
      header: (r) => found.push(['header', r]),
      record: (r) => found.push(r),
      problem: (p) => found.push(['problem', p]),
    });
    const text = (t: string) => reader.write(t);
    readTableInPieces(file, asBytes ? { bytes: (b) => reader.writeBytes(b), text } : { text }, (p) => found.push(['problem', p]));
    reader.end();
    return found;
  }

  test('gives the records the text path gives: a BOM, characters and quoted line breaks across a 1 MiB boundary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-table-'));
    try {
      const file = join(dir, 'big.csv');
      const rows = '济南市,"莱芜区\n钢城区",370100\n'.repeat(Math.ceil((1.1 * CHUNK_BYTES) / 40));
      writeFileSync(file, `\uFEFFname,part,code\n${rows}`);
      const bytes = records(file, true);
      expect(bytes).toEqual(records(file, false));
      expect(bytes[1]).toMatchObject({ line: 2, cells: ['济南市', '莱芜区\n钢城区', '370100'], cellLines: [2, 2, 3] });
      expect(bytes.at(-1)).toMatchObject({ cells: ['济南市', '莱芜区\n钢城区', '370100'] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a file with carriage returns goes as text, so each CRLF or lone CR stays one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-table-'));
    try {
      const file = join(dir, 'excel.csv');
      writeFileSync(file, 'a,b\r\n1,2\r3,4\n');
      expect(records(file, true)).toMatchObject([['header', { line: 1 }], { line: 2, cells: ['1', '2'] }, { line: 3, cells: ['3', '4'] }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
