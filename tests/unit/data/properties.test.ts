import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatJson, formatText, PROBLEM_TYPES, validateDataDir, type Report } from '../../../src/lib/data/index.ts';
import { materialise, type Materialised } from './harness.ts';

/**
 * Property-based tests (fast-check): whatever staff do to a file — delete, duplicate or swap
 * cells and rows, paste odd Unicode, cut the file short, save it in another encoding, break the
 * quoting, rename headers — the validator returns a report, never throws, and every problem says
 * where it is. One copy of good/ is reused; each run writes one mutated file and restores it.
 */
const CSVS = [
  'divisions/divisions.csv',
  'indicators/indicators.csv',
  'datasets/county-example/county-example.csv',
  'datasets/baseline-2015/baseline-2015.csv',
];
const DESCRIPTORS = ['divisions/datapackage.json', 'datasets/county-example/datapackage.json', 'datasets/baseline-2015/datapackage.json'];

/** More runs on demand: FC_RUNS=5000 npx vitest run tests/unit/data/properties.test.ts */
const runs = (n: number) => Number(process.env.FC_RUNS ?? n);

let fixture: Materialised;
beforeAll(() => {
  fixture = materialise(null);
});
afterAll(() => fixture.cleanup());

function assertWellFormed(report: Report, mutated: string, bytes: Uint8Array): void {
  const lines = bytes.reduce((n, b) => n + (b === 0x0a || b === 0x0d ? 1 : 0), 1);
  for (const p of report.problems) {
    expect(typeof p.file).toBe('string');
    expect(p.file.length).toBeGreaterThan(0);
    expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
    expect(Number.isInteger(p.column) && p.column >= 1).toBe(true);
    expect(PROBLEM_TYPES).toContain(p.type);
    expect(['error', 'warning']).toContain(p.severity);
    expect(typeof p.message).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
    expect(p.hint === null || typeof p.hint === 'string').toBe(true);
    // An unexpected exception inside a check would surface as this message: there must be none.
    expect(p.message).not.toContain('意外错误');
    if (p.file === mutated) expect(p.line).toBeLessThanOrEqual(lines);
  }
  expect(report.valid).toBe(!report.problems.some((p) => p.severity === 'error'));
  expect(() => formatText(report)).not.toThrow();
  expect(() => JSON.parse(formatJson(report))).not.toThrow();
}

/** Runs the validator with one file replaced by `bytes`, then puts the original back. */
function withFile(relative: string, bytes: Uint8Array): { report: Report; file: string } {
  const file = join(fixture.data, relative);
  const original = readFileSync(file);
  writeFileSync(file, bytes);
  try {
    return { report: validateDataDir(fixture.data), file };
  } finally {
    writeFileSync(file, original);
  }
}

type Grid = string[][];
const grid = (text: string): Grid => text.split('\n').map((l) => l.split(','));
const text = (g: Grid): string => g.map((r) => r.join(',')).join('\n');
const pick = <T>(xs: T[], i: number): number => (xs.length === 0 ? 0 : i % xs.length);

const oddText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom('', ' ', '"', '""', ',', '\n', '\r\n', '１２３', '1.2万', '45%', '1,234', '#DIV/0!', 'NP', 'NA', 'S', '-1', '1e400', 'NaN', '\uFEFF', '\u0000', '371202', '370116'),
);

/** Grid mutations: each takes the table and random numbers and changes it in place. */
const gridMutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-cell' as const), r: fc.nat(), c: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-cell' as const), r: fc.nat(), c: fc.nat() }),
  fc.record({ kind: fc.constant('swap-cells' as const), r: fc.nat(), c: fc.nat(), r2: fc.nat(), c2: fc.nat() }),
  fc.record({ kind: fc.constant('delete-row' as const), r: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-row' as const), r: fc.nat() }),
  fc.record({ kind: fc.constant('swap-rows' as const), r: fc.nat(), r2: fc.nat() }),
  fc.record({ kind: fc.constant('set-cell' as const), r: fc.nat(), c: fc.nat(), value: oddText }),
  fc.record({ kind: fc.constant('rename-header' as const), c: fc.nat(), value: oddText }),
);
type GridMutation = typeof gridMutation extends fc.Arbitrary<infer T> ? T : never;

function applyGrid(g: Grid, m: GridMutation): void {
  const r = 'r' in m ? pick(g, m.r) : 0;
  const row = g[r] ?? [];
  switch (m.kind) {
    case 'delete-cell': row.splice(pick(row, m.c), 1); break;
    case 'duplicate-cell': row.splice(pick(row, m.c), 0, row[pick(row, m.c)] ?? ''); break;
    case 'swap-cells': {
      const other = g[pick(g, m.r2)] ?? [];
      const [a, b] = [pick(row, m.c), pick(other, m.c2)];
      [row[a], other[b]] = [other[b] ?? '', row[a] ?? ''];
      break;
    }
    case 'delete-row': g.splice(r, 1); break;
    case 'duplicate-row': g.splice(r, 0, [...row]); break;
    case 'swap-rows': {
      const r2 = pick(g, m.r2);
      [g[r], g[r2]] = [g[r2] ?? [], row];
      break;
    }
    case 'set-cell': row[pick(row, m.c)] = m.value; break;
    case 'rename-header': if (g[0]) g[0][pick(g[0], m.c)] = m.value; break;
  }
}

/** Byte mutations: insertions into the raw text, truncation, re-encoding, stray bytes. */
const byteMutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.constantFrom('"', ',', '\n', '\r', '\r\n', '""', '\uFEFF', '\u2028') }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('encode' as const), encoding: fc.constantFrom('gbk', 'gb18030', 'utf16le', 'utf16be', 'latin1', 'big5', 'shift_jis') }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), value: fc.uint8Array({ minLength: 1, maxLength: 4 }) }),
);
type ByteMutation = typeof byteMutation extends fc.Arbitrary<infer T> ? T : never;

function applyBytes(bytes: Uint8Array, m: ByteMutation): Uint8Array {
  const at = bytes.length === 0 ? 0 : ('at' in m ? m.at % (bytes.length + 1) : 0);
  switch (m.kind) {
    case 'insert': return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.value, 'utf8'), bytes.subarray(at)]);
    case 'truncate': return bytes.subarray(0, at);
    case 'encode': return iconv.encode(Buffer.from(bytes).toString('utf8'), m.encoding);
    case 'bytes': return Buffer.concat([bytes.subarray(0, at), m.value, bytes.subarray(at)]);
  }
}

describe('validateDataDir never throws and always says where', () => {
  test('the unmutated fixture is valid', () => {
    const report = validateDataDir(fixture.data);
    expect(report.valid).toBe(true);
    expect(report.problems).toEqual([]);
  });

  test('cell, row and header mutations of the CSVs', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CSVS), fc.array(gridMutation, { minLength: 1, maxLength: 4 }), (relative, mutations) => {
        const g = grid(readFileSync(join(fixture.data, relative), 'utf8'));
        for (const m of mutations) applyGrid(g, m);
        const bytes = Buffer.from(text(g), 'utf8');
        const { report, file } = withFile(relative, bytes);
        assertWellFormed(report, file, bytes);
      }),
      { numRuns: runs(150) },
    );
  });

  test('byte mutations of the CSVs: quotes, newlines, truncation, other encodings', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CSVS), fc.array(byteMutation, { minLength: 1, maxLength: 3 }), (relative, mutations) => {
        let bytes: Uint8Array = readFileSync(join(fixture.data, relative));
        for (const m of mutations) bytes = applyBytes(bytes, m);
        const { report, file } = withFile(relative, bytes);
        assertWellFormed(report, file, bytes);
      }),
      { numRuns: runs(150) },
    );
  });

  test('byte mutations of the descriptors', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DESCRIPTORS), fc.array(byteMutation, { minLength: 1, maxLength: 3 }), (relative, mutations) => {
        let bytes: Uint8Array = readFileSync(join(fixture.data, relative));
        for (const m of mutations) bytes = applyBytes(bytes, m);
        const { report, file } = withFile(relative, bytes);
        assertWellFormed(report, file, bytes);
      }),
      { numRuns: runs(100) },
    );
  });
});
