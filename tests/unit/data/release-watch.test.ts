import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameBytes } from '../../../src/lib/data/release-watch.ts';

describe('sameBytes: is a table still its released copy?', () => {
  const dir = mkdtempSync(join(tmpdir(), 'same-bytes-'));
  const file = (name: string, bytes: string | Buffer) => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };

  it('is true only for identical bytes, including files longer than one read', () => {
    const big = Buffer.alloc((1 << 20) * 2 + 17, 'a');
    const changedLate = Buffer.from(big);
    changedLate[changedLate.length - 1] = 0x62; // same size, last byte differs
    expect(sameBytes(file('a.csv', big), file('b.csv', Buffer.from(big)))).toBe(true);
    expect(sameBytes(file('c.csv', big), file('d.csv', changedLate))).toBe(false);
  });

  it('tells a re-saved file apart: a byte-order mark or other line endings are a change', () => {
    const text = 'division_code,year\n370100,2018\n';
    expect(sameBytes(file('e.csv', text), file('f.csv', '\uFEFF' + text))).toBe(false);
    expect(sameBytes(file('g.csv', text), file('h.csv', text.replace(/\n/g, '\r\n')))).toBe(false);
  });
});
