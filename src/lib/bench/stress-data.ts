/**
 * The generated files of a stress data folder, as text by path: the registry (stress-registry.ts),
 * one boundary file per year (stress-geometry.ts) and an example dataset of every indicator for
 * every division and year (the site's own example generator, src/lib/example). The caller copies
 * in what is not generated (the indicator catalogue, the plan-targets dataset the explainers
 * cite) and writes the files. Pure: the same size and years give the same bytes.
 */
import { exampleCsv, exampleDescriptor, generateExample, type IndicatorInfo } from '../example/index.ts';
import { topologyJson } from '../geo/build/serialize.ts';
import type { Division } from '../schemas/division.ts';
import { stressTopology } from './stress-geometry.ts';
import { stressRegistry, type StressSize } from './stress-registry.ts';

/** Any GB/T 2260 code, where data/divisions/ allows Shandong's (37…) only. */
export const ANY_CODE = '^[1-9]\\d{5}$';
export const STRESS_SCRIPT = 'scripts/bench/stress.ts';

const REGISTRY_HEADER = [
  'code',
  'level',
  'kind',
  'name_zh',
  'name_en',
  'parent',
  'valid_from',
  'valid_to',
  'successors',
  'change_document',
] as const;

/** The registry as data/divisions/divisions.csv is written; no quoting needed (no commas in invented names). */
export function registryCsv(registry: readonly Division[]): string {
  const lines = registry.map((d) =>
    [d.code, d.level, d.kind, d.nameZh, d.nameEn, d.parent ?? '', '', '', '', ''].join(','),
  );
  return `${[REGISTRY_HEADER.join(','), ...lines].join('\n')}\n`;
}

/**
 * The registry's datapackage.json: the project's own (`template`, the text of
 * data/divisions/datapackage.json) with every code pattern opened to all provinces.
 */
export function registryDescriptor(template: string): string {
  const descriptor = JSON.parse(template) as {
    resources: Array<{ schema: { fields: Array<{ name: string; constraints?: { pattern?: string } }> } }>;
  };
  for (const field of descriptor.resources[0]?.schema.fields ?? []) {
    if (field.constraints?.pattern === undefined) continue;
    field.constraints.pattern =
      field.name === 'successors' ? `^${ANY_CODE.slice(1, -1)}(;${ANY_CODE.slice(1, -1)})*$` : ANY_CODE;
  }
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}

export interface StressFiles {
  registry: Division[];
  /** Path inside the data folder → file text. */
  files: Map<string, string>;
  /** Example rows written (every division, every year). */
  rows: number;
}

/**
 * Every generated file of a stress data folder. `registryTemplate` is the text of the project's
 * data/divisions/datapackage.json, `indicators` the catalogue's names (for field titles).
 */
export function stressFiles(
  size: StressSize,
  years: readonly number[],
  registryTemplate: string,
  indicators: ReadonlyMap<string, IndicatorInfo>,
): StressFiles {
  const registry = stressRegistry(size);
  const files = new Map<string, string>();
  files.set('divisions/divisions.csv', registryCsv(registry));
  files.set('divisions/datapackage.json', registryDescriptor(registryTemplate));
  // No division changes: one geometry, the same every year.
  const boundaries = topologyJson(stressTopology(registry, size.seed));
  for (const year of years) files.set(`geo/stress-${year}.topo.json`, boundaries);
  const frozen = Object.freeze(registry.map((d) => Object.freeze(d)));
  const rows = generateExample(frozen, { seed: size.seed, years });
  const descriptor = exampleDescriptor(size.seed, years, indicators);
  descriptor.generatedBy.script = STRESS_SCRIPT;
  for (const field of descriptor.resources[0]!.schema.fields)
    if ('pattern' in field.constraints) field.constraints.pattern = ANY_CODE;
  const csv = exampleCsv(rows);
  files.set('datasets/county-example/county-example.csv', csv);
  // The table copy of the release the descriptor records (docs/releases.md), as the validator requires.
  files.set(`datasets/county-example/releases/${descriptor.version}/county-example.csv`, csv);
  files.set('datasets/county-example/datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`);
  return { registry, files, rows: rows.length };
}
