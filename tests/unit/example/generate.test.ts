import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetMetaSchema } from '../../../src/lib/schemas/dataset.ts';
import { EXAMPLE_SEED, exampleCsv, generateExample } from '../../../src/lib/example/index.ts';
import { EXAMPLE_DIR, YEARS, divisions, rows } from './load.ts';

const scratch = mkdtempSync(join(tmpdir(), 'example-data-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runScript(out: string, seed?: number): void {
  const args = [
    'scripts/generate-example-data.ts',
    '--out',
    out,
    ...(seed === undefined ? [] : ['--seed', String(seed)]),
  ];
  execFileSync(process.execPath, args, { stdio: 'pipe' });
}
const read = (dir: string, file: string) => readFileSync(join(dir, file));

// Two runs of the command line with the default seed, compared below with each other and with data/.
beforeAll(() => {
  runScript(join(scratch, 'a'));
  runScript(join(scratch, 'b'));
});

describe('example data generation', () => {
  it('gives the same rows for the same seed and different rows for another seed', () => {
    const again = generateExample(divisions, { seed: EXAMPLE_SEED, years: YEARS });
    expect(exampleCsv(again)).toBe(exampleCsv(rows));
    expect(exampleCsv(generateExample(divisions, { seed: EXAMPLE_SEED + 1, years: YEARS }))).not.toBe(exampleCsv(rows));
  });

  it('writes byte-identical files on every run of the script with the same seed', () => {
    for (const file of ['county-example.csv', 'datapackage.json']) {
      expect(read(join(scratch, 'a'), file).equals(read(join(scratch, 'b'), file))).toBe(true);
    }
  });

  it('matches the committed files (regenerate with `npm run generate:example` after changing the generator)', () => {
    for (const file of ['county-example.csv', 'datapackage.json']) {
      expect(read(join(scratch, 'a'), file).toString()).toBe(read(EXAMPLE_DIR, file).toString());
    }
  });

  it('records the seed it was given', () => {
    runScript(join(scratch, 'c'), 7);
    const descriptor = JSON.parse(read(join(scratch, 'c'), 'datapackage.json').toString());
    expect(descriptor.generatedBy).toEqual({ script: 'scripts/generate-example-data.ts', seed: 7, prng: 'mulberry32' });
    expect(descriptor.descriptions.en).toContain('seed 7');
  });

  it('takes the registry and the years from the --data folder: its boundary files, not data/', () => {
    // tests/fixtures/validator/good: a small registry with boundary files of 2019 and 2020.
    const folder = join(scratch, 'other-years');
    cpSync('tests/fixtures/validator/good', folder, { recursive: true });
    const out = join(scratch, 'e');
    const run = (data: string) =>
      spawnSync(process.execPath, ['scripts/generate-example-data.ts', '--data', data, '--out', out], {
        encoding: 'utf8',
      });
    expect(run(folder).status).toBe(0);
    expect(JSON.parse(read(out, 'datapackage.json').toString()).referenceYears).toEqual([2019, 2020]);
    const lines = read(out, 'county-example.csv').toString().trimEnd().split('\n').slice(1);
    expect(new Set(lines.map((l) => l.split(',')[1]))).toEqual(new Set(['2019', '2020']));
    expect(new Set(lines.map((l) => l.split(',')[0]))).toContain('371721');

    rmSync(join(folder, 'geo'), { recursive: true });
    const none = run(folder);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain(`no boundary file (<area>-<year>.topo.json) in ${join(folder, 'geo')}`);
  });
});

describe('the example descriptor', () => {
  const descriptor = JSON.parse(read(EXAMPLE_DIR, 'datapackage.json').toString());

  it('says example, not official, everywhere a reader looks', () => {
    expect(descriptor.status).toBe('example');
    expect(descriptor.titles['zh-CN']).toContain('示例数据（非真实）');
    expect(descriptor.titles.en).toContain('Example data (not real)');
    expect(descriptor.descriptions.en).toContain('scripts/generate-example-data.ts');
    expect(descriptor.descriptions.en).toContain(`seed ${EXAMPLE_SEED}`);
    for (const field of descriptor.resources[0].schema.fields.slice(2))
      expect(field.description).toMatch(/^EXAMPLE, NOT REAL/);
  });

  it('satisfies the project descriptor schema', () => {
    const parsed = DatasetMetaSchema.safeParse(descriptor);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(descriptor.referenceYears).toEqual([2018, 2019, 2020]);
  });
});
