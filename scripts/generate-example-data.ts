/**
 * Writes the example county dataset (data/datasets/county-example/): every figure generated,
 * none real. The same seed always writes byte-identical files.
 *
 *   node scripts/generate-example-data.ts [--seed 20181231] [--data data] [--out data/datasets/county-example]
 *
 * Exit codes: 0 written; 1 the registry or catalogue could not be read; 2 bad arguments.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDivisions } from '../src/lib/divisions/index.ts';
import {
  EXAMPLE_NAME,
  EXAMPLE_SEED,
  exampleCsv,
  exampleDescriptorJson,
  generateExample,
} from '../src/lib/example/index.ts';
import { readIndicatorInfo } from './indicator-info.ts';

const YEARS = [2018, 2019, 2020];

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { seed: { type: 'string' }, data: { type: 'string' }, out: { type: 'string' } },
    }));
  } catch (error) {
    process.stderr.write(`generate-example-data: ${(error as Error).message}\n`);
    return 2;
  }
  const seed = values.seed === undefined ? EXAMPLE_SEED : Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0) {
    process.stderr.write(`generate-example-data: --seed must be a whole number ≥ 0, received "${values.seed}"\n`);
    return 2;
  }
  const dataDir = values.data ?? 'data';
  const outDir = values.out ?? join(dataDir, 'datasets', EXAMPLE_NAME);
  try {
    const rows = generateExample(loadDivisions(dataDir), { seed, years: YEARS });
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, `${EXAMPLE_NAME}.csv`), exampleCsv(rows));
    writeFileSync(join(outDir, 'datapackage.json'), exampleDescriptorJson(seed, YEARS, readIndicatorInfo(dataDir)));
    const counts = YEARS.map(
      (y) => `${y}: ${rows.filter((r) => r.year === y && r.level === 'county').length} counties`,
    ).join(', ');
    process.stdout.write(`Wrote ${rows.length} example rows (${counts}) with seed ${seed} to ${outDir}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`generate-example-data: ${(error as Error).message}\n`);
    return 1;
  }
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
