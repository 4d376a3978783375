import { copyFileSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackage } from '../../../src/lib/data/read-package.ts';
import { loadDivisions, readDivisions } from '../../../src/lib/divisions/index.ts';

const HEADER = 'code,level,kind,name_zh,name_en,parent,valid_from,valid_to,successors,change_document';
/** A registry excerpt whose links all hold: the province, 济南市 with 历下区, and 莱芜市 ending in two 济南 districts. */
const SOUND = [
  '370000,province,省,山东省,Shandong Province,,,,,',
  '370100,prefecture,地级市,济南市,Jinan City,370000,,,,',
  '370102,county,市辖区,历下区,Lixia District,370100,,,,',
  '370116,county,市辖区,莱芜区,Laiwu District,370100,2018-12-26,,,国函〔2018〕163号',
  '370117,county,市辖区,钢城区,Gangcheng District,370100,2018-12-26,,,国函〔2018〕163号',
  '371200,prefecture,地级市,莱芜市,Laiwu City,370000,,2018-12-26,370116;370117,国函〔2018〕163号',
];

/** A data folder holding only `divisions/`: the shipped descriptor and the given CSV text. */
function dataDirWith(csv: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'divisions-'));
  mkdirSync(join(dir, 'divisions'));
  copyFileSync('data/divisions/datapackage.json', join(dir, 'divisions', 'datapackage.json'));
  writeFileSync(join(dir, 'divisions', 'divisions.csv'), csv);
  return dir;
}

describe('readDivisions: the registry from the validator’s typed rows', () => {
  it('maps columns to camelCase, blanks to null and successors to a list, ignoring a BOM', () => {
    const dir = dataDirWith(`\uFEFF${HEADER}\n${SOUND.join('\n')}\n`);
    const { divisions, problems } = readDivisions(readPackage(join(dir, 'divisions')));
    expect(problems).toEqual([]);
    expect(divisions?.find((d) => d.code === '371200')).toEqual({
      code: '371200',
      level: 'prefecture',
      kind: '地级市',
      nameZh: '莱芜市',
      nameEn: 'Laiwu City',
      parent: '370000',
      validFrom: null,
      validTo: '2018-12-26',
      successors: ['370116', '370117'],
      changeDocument: '国函〔2018〕163号',
    });
    expect(divisions?.find((d) => d.code === '370102')).toEqual({
      code: '370102',
      level: 'county',
      kind: '市辖区',
      nameZh: '历下区',
      nameEn: 'Lixia District',
      parent: '370100',
      validFrom: null,
      validTo: null,
      successors: [],
      changeDocument: null,
    });
  });

  it('keeps file order and freezes the registry, its rows and their successor lists', () => {
    const { divisions } = readDivisions(
      readPackage(join(dataDirWith(`${HEADER}\n${SOUND.join('\n')}\n`), 'divisions')),
    );
    expect(divisions?.map((d) => d.code)).toEqual(['370000', '370100', '370102', '370116', '370117', '371200']);
    expect(Object.isFrozen(divisions)).toBe(true);
    expect(Object.isFrozen(divisions?.[5])).toBe(true);
    expect(Object.isFrozen(divisions?.[5]?.successors)).toBe(true);
  });

  it('reports links the table schema cannot express and leaves the rows in', () => {
    const csv = `${HEADER}\n${SOUND.slice(0, 3).join('\n')}\n370103,county,市辖区,市中区,Shizhong District,370000,2019-01-01,2018-06-01,370199,国函〔2018〕1号\n`;
    const dir = dataDirWith(csv);
    const { divisions, problems } = readDivisions(readPackage(join(dir, 'divisions')));
    expect(divisions?.map((d) => d.code)).toContain('370103');
    expect(problems.map((p) => `${p.line}:${p.field}: ${p.message}`)).toEqual([
      '5:successors: 后继代码 370199 不在登记表中',
      '5:parent: county 的上级应为 prefecture，而 370000 是 province',
      '5:valid_to: 失效日期 2018-06-01 应晚于生效日期 2019-01-01',
    ]);
  });

  it('is null without a table to read', () => {
    expect(readDivisions(null)).toEqual({ divisions: null, problems: [] });
  });
});

describe('loadDivisions', () => {
  it('reads data/divisions/ once per data directory and freezes the result', () => {
    const first = loadDivisions();
    expect(loadDivisions('data')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
  });

  it('reads another data directory on its own', () => {
    const dir = dataDirWith(`${HEADER}\n370000,province,省,山东省,Shandong Province,,,,,\n`);
    expect(loadDivisions(dir).map((d) => d.code)).toEqual(['370000']);
  });

  it('names the file, line, column, problem and hint of every bad cell in one error, in file order', () => {
    const csv =
      `${HEADER}\n${SOUND.slice(0, 2).join('\n')}\n370102,county,区,历下区,Lixia District,370100,2018-13-01,,,\n` +
      '370103,county,市辖区,市中区,Shizhong District,370100,,,3701,\n370103,county,市辖区,市中区,Shizhong District,370100,,,,\n';
    const dir = dataDirWith(csv);
    const error = (() => {
      try {
        loadDivisions(dir);
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    })();
    const file = join(dir, 'divisions', 'divisions.csv');
    expect(error).toMatch(/the division registry has 4 errors; run npm run validate/);
    expect(error).toContain(`${file}:4:3: constraint-error: kind`);
    expect(error).toContain(`${file}:4:7: type-error: valid_from`);
    expect(error).toContain(`${file}:5:9: constraint-error: successors`);
    expect(error).toContain(`${file}:6:1: primary-key:`);
    expect(error.indexOf(':4:7:')).toBeLessThan(error.indexOf(':5:9:'));
    expect(error).toMatch(/\n {4}提示: /);
  });

  it('says which columns are missing or unexpected, and when the file is empty', () => {
    expect(() => loadDivisions(dataDirWith('code,level,name\n'))).toThrow(
      /:1:3: extra-label: .*name[\s\S]*:1:3: missing-label: .*kind/,
    );
    expect(() => loadDivisions(dataDirWith(''))).toThrow(/divisions\.csv:1:1: source-error/);
  });

  it('reports malformed CSV with the file name', () => {
    expect(() => loadDivisions(dataDirWith(`${HEADER}\n"370102,county\n`))).toThrow(/divisions\.csv:2:1: /);
  });

  it('names the folder when it cannot be read', () => {
    expect(() => loadDivisions(join(tmpdir(), 'no-such-data-dir'))).toThrow(/no-such-data-dir/);
  });
});
