import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueFiles, dataCatalogue } from '../../../src/lib/site-data/catalogue.ts';
import { checksumOf } from '../../../src/lib/site-data/checksums.ts';
import { folderOf, validatorWarnings } from '../../../src/lib/site-data/validator-warnings.ts';

const catalogue = dataCatalogue();
const entry = (name: string) => catalogue.find((e) => e.name === name)!;

describe('checksumOf', () => {
  it('is the SHA-256 of the file’s bytes, as sha256sum prints it, and its size', () => {
    const path = 'data/indicators/indicators.csv';
    const bytes = readFileSync(path);
    expect(checksumOf(path)).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
  });
  it('reads a file once per build', () => {
    expect(checksumOf('data/divisions/divisions.csv')).toBe(checksumOf('data/divisions/divisions.csv'));
  });
});

describe('dataCatalogue', () => {
  it('lists the catalogue, the registry, then every dataset by name, each with its id anchor name', () => {
    expect(catalogue.slice(0, 2).map((e) => [e.name, e.kind])).toEqual([
      ['indicators', 'indicators'],
      ['divisions', 'divisions'],
    ]);
    const datasets = catalogue.filter((e) => e.kind === 'dataset').map((e) => e.name);
    expect(datasets).toEqual([...datasets].sort());
    expect(datasets).toEqual(
      expect.arrayContaining(['baseline-2015-prefectures', 'plan-targets', 'province-reported']),
    );
  });
  it('publishes every file of every package under /data/, with the hash of the committed bytes', () => {
    for (const f of catalogueFiles()) {
      expect(f.repoPath).toBe(`data/${f.file}`);
      expect(f.sha256).toBe(createHash('sha256').update(readFileSync(f.repoPath)).digest('hex'));
    }
    expect(entry('divisions').files.map((f) => f.file)).toEqual([
      'divisions/datapackage.json',
      'divisions/divisions.csv',
    ]);
  });
  it('builds each table’s dictionary with units from the indicator catalogue and the missing-value codes', () => {
    const field = entry('baseline-2015-prefectures').resources[0]!.fields.find((f) => f.name === 'registered_poor')!;
    expect(field).toMatchObject({ type: 'integer', unit: 'person', title: '建档立卡贫困人口（省定标准）' });
    expect(field.missingValues.map((m) => m.value)).toEqual(['NP', 'NA', 'S']);
    expect(entry('divisions').resources[0]!.primaryKey).toEqual(['code']);
  });
  it('finds the end-2015 totals that are not the sums of their 17 prefecture rows, with both numbers', () => {
    expect(entry('baseline-2015-prefectures').sumGaps).toEqual([
      expect.objectContaining({
        indicator: 'registered_poor',
        stated: 2423821,
        sumOfParts: 2409458,
        difference: 14363,
        parts: 17,
        source: 'dzwww-2016-jzfpsjb',
      }),
      expect.objectContaining({
        indicator: 'registered_poor_households',
        stated: 1211065,
        sumOfParts: 1204829,
        difference: 6236,
        parts: 17,
      }),
    ]);
  });
});

describe('validatorWarnings', () => {
  const folders = catalogue.map((e) => e.folder);
  it('reports the baseline’s sum mismatches as warnings of its package', () => {
    const mismatches = validatorWarnings('data', folders).filter((p) => p.problem.type === 'sum-mismatch');
    expect(mismatches.map((p) => [p.folder, p.problem.severity, p.problem.field])).toEqual(
      expect.arrayContaining([
        ['data/datasets/baseline-2015-prefectures', 'warning', 'registered_poor'],
        ['data/datasets/baseline-2015-prefectures', 'warning', 'registered_poor_households'],
      ]),
    );
    expect(mismatches.find((p) => p.problem.field === 'registered_poor')!.problem.message).toContain('2,409,458');
    expect(mismatches.find((p) => p.problem.field === 'registered_poor')!.problem.message).toContain('2,423,821');
    expect(mismatches.find((p) => p.problem.field === 'registered_poor_households')!.problem.message).toMatch(
      /1,211,065.*1,204,829/,
    );
  });
  it('places a file in the package folder that holds it, and nowhere else', () => {
    expect(folderOf('data/divisions/divisions.csv', process.cwd(), folders)).toBe('data/divisions');
    expect(folderOf('data/geo/README.md', process.cwd(), folders)).toBeNull();
  });
});
