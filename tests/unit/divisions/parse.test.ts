import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDivisions, parseDivisionsCsv } from '../../../src/lib/divisions/index.ts';

const HEADER = 'code,level,kind,name_zh,name_en,parent,valid_from,valid_to,successors,change_document';

describe('parseDivisionsCsv', () => {
  it('maps columns to camelCase, blanks to null and successors to a list, ignoring a BOM', () => {
    const rows = parseDivisionsCsv(
      `\uFEFF${HEADER}\n371200,prefecture,地级市,莱芜市,Laiwu City,370000,,2018-12-26,370116;370117,国函〔2018〕163号\n` +
        '370102,county,市辖区,历下区,Lixia District,370100,,,,\n',
    );
    expect(rows).toEqual([
      {
        code: '371200', level: 'prefecture', kind: '地级市', nameZh: '莱芜市', nameEn: 'Laiwu City', parent: '370000',
        validFrom: null, validTo: '2018-12-26', successors: ['370116', '370117'], changeDocument: '国函〔2018〕163号',
      },
      {
        code: '370102', level: 'county', kind: '市辖区', nameZh: '历下区', nameEn: 'Lixia District', parent: '370100',
        validFrom: null, validTo: null, successors: [], changeDocument: null,
      },
    ]);
  });

  it('names the line, code, column and value of every bad cell in one error', () => {
    const text = `${HEADER}\n370102,county,区,历下区,Lixia District,370100,2018-13-01,,,\n` +
      '370103,county,市辖区,市中区,Shizhong District,370100,,,3701,\n370103,county,市辖区,市中区,Shizhong District,370100,,,,\n';
    expect(() => parseDivisionsCsv(text, 'divisions.csv')).toThrow(
      /^divisions\.csv: 4 problems\n {2}line 2 \(code 370102\): kind: .*found "区"\n {2}line 2 \(code 370102\): valid_from: .*found "2018-13-01"\n {2}line 3 \(code 370103\): successors: .*found "3701"\n {2}line 4 \(code 370103\): code: repeats the code of line 3/,
    );
  });

  it('says which columns are missing or unexpected', () => {
    expect(() => parseDivisionsCsv('code,level,name\n')).toThrow(/missing: kind, name_zh.*unexpected: name/);
    expect(() => parseDivisionsCsv('')).toThrow(/empty/);
  });

  it('reports malformed CSV with the file name', () => {
    expect(() => parseDivisionsCsv(`${HEADER}\n"370102,county\n`, 'x.csv')).toThrow(/^x\.csv: not readable as CSV/);
  });
});

describe('loadDivisions', () => {
  it('reads data/divisions/divisions.csv once per data directory and freezes the result', () => {
    const first = loadDivisions();
    expect(loadDivisions('data')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
  });

  it('reads another data directory on its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'divisions-'));
    mkdirSync(join(dir, 'divisions'));
    writeFileSync(join(dir, 'divisions', 'divisions.csv'), `${HEADER}\n370000,province,省,山东省,Shandong Province,,,,,\n`);
    expect(loadDivisions(dir).map((d) => d.code)).toEqual(['370000']);
  });

  it('names the file when it cannot be read', () => {
    expect(() => loadDivisions(join(tmpdir(), 'no-such-data-dir'))).toThrow(/no-such-data-dir/);
  });
});
