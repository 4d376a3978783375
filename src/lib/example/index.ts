/** Seeded, pure generator of the example county dataset (written by scripts/generate-example-data.ts). */
export { generateExample, START, NP_CELLS, type ExampleOptions } from './generate.ts';
export { exampleCsv } from './csv.ts';
export {
  exampleDescriptor,
  exampleDescriptorJson,
  EXAMPLE_NAME,
  EXAMPLE_VERSION,
  EXAMPLE_PUBLISHED,
  GENERATOR_SCRIPT,
  EXAMPLE_SEED,
  type IndicatorInfo,
} from './descriptor.ts';
export { COLUMNS, SUM_COLUMNS, RATE_COLUMNS, type ExampleRow, type ExampleCell, type Level } from './columns.ts';
export { ratePercent, formatRate } from './rate.ts';
export { sumCells, rateCell, aggregateRows } from './aggregate.ts';
export { allocate } from './allocate.ts';
export { mulberry32, fnv1a, streamFor } from './prng.ts';
