import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
