/**
 * Writes the example county dataset (data/datasets/county-example/): every figure generated,
 * none real. The same seed always writes byte-identical files. Everything comes from the `--data`
 * folder: its registry, its catalogue and its years (those of its boundary files in geo/, which
 * for data/ are 2018–2020), so the example covers the years a site built from it has.
 *
 *   node scripts/generate-example-data.ts [--seed 20181231] [--data data] [--out data/datasets/county-example]
 *
 * Exit codes: 0 written; 1 the registry, catalogue or boundary files could not be read; 2 bad arguments.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDivisions } from '../src/lib/divisions/index.ts';
import { mapYears } from '../src/lib/geo/load-topology.ts';
import {
  EXAMPLE_NAME,
  EXAMPLE_SEED,
  exampleCsv,
  exampleDescriptorJson,
  generateExample,
} from '../src/lib/example/index.ts';
import { readIndicatorInfo } from './indicator-info.ts';

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
    const years = mapYears(dataDir);
    if (years.length === 0)
      throw new Error(
        `no boundary file (<area>-<year>.topo.json) in ${join(dataDir, 'geo')}: the example covers its years`,
      );
    const rows = generateExample(loadDivisions(dataDir), { seed, years });
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, `${EXAMPLE_NAME}.csv`), exampleCsv(rows));
    writeFileSync(join(outDir, 'datapackage.json'), exampleDescriptorJson(seed, years, readIndicatorInfo(dataDir)));
    const counts = years
      .map((y) => `${y}: ${rows.filter((r) => r.year === y && r.level === 'county').length} counties`)
      .join(', ');
    process.stdout.write(`Wrote ${rows.length} example rows (${counts}) with seed ${seed} to ${outDir}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`generate-example-data: ${(error as Error).message}\n`);
    return 1;
  }
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
