import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { loadDivisions } from '../../../src/lib/divisions/index.ts';
import { EXAMPLE_SEED, generateExample } from '../../../src/lib/example/index.ts';

/** Shared inputs of the example tests: the registry, the catalogue and the default-seed rows. */
export const divisions = loadDivisions('data');
export const YEARS = [2018, 2019, 2020] as const;
export const rows = generateExample(divisions, { seed: EXAMPLE_SEED, years: YEARS });

export interface CatalogueRow {
  id: string;
  unit: string;
  aggregation: string;
  numerator: string;
  denominator: string;
  not_more_than: string;
}
export const catalogue: CatalogueRow[] = parse(readFileSync('data/indicators/indicators.csv', 'utf8'), {
  columns: true,
  bom: true,
});
export const indicator = (id: string): CatalogueRow | undefined => catalogue.find((r) => r.id === id);

export const EXAMPLE_DIR = 'data/datasets/county-example';
