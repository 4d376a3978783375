import { countiesInForce, divisionByCode, predecessorsOf, prefecturesInForce } from '../divisions/index.ts';
import type { Division } from '../schemas/division.ts';
import { aggregateRows, withRates } from './aggregate.ts';
import { allocate } from './allocate.ts';
import type { ExampleCell, ExampleRow, SumColumn } from './columns.ts';
import { initialDraws, mergeStates, stepCounty, type CountyKind, type CountyState } from './county.ts';
import { streamFor } from './prng.ts';

export interface ExampleOptions {
  seed: number;
  years?: readonly number[];
}

/**
 * Province totals shared out at the end of 2017, rounded from the published figures so the
 * magnitudes look right (172,000 remaining poor; 2,531,000 lifted out and still supported; 7,005
 * provincial key villages, 68 not yet exited — see data/datasets/province-reported). The
 * empty-shell count and yearly budgets (yuan) are made up.
 */
export const START = {
  remaining: 172_000,
  supported: 2_500_000,
  keyVillages: 7_000,
  keyRemaining: 70,
  emptyShell: 600,
} as const;
const BUDGET: Readonly<Record<number, number>> = { 2018: 6_000_000_000, 2019: 5_600_000_000, 2020: 5_200_000_000 };
const DEFAULT_BUDGET = 5_000_000_000;
/** Deliberately unpublished county cells, so pages show what NP looks like. */
export const NP_CELLS: ReadonlyArray<{ column: SumColumn; year: number; count: number }> = [
  { column: 'students_aided', year: 2019, count: 4 },
];

const byCode = (a: Division, b: Division) => a.code.localeCompare(b.code);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function startStates(counties: readonly Division[], seed: number): Map<string, CountyState> {
  const draws = counties.map((c) =>
    initialDraws(streamFor(seed, `${c.code}:start`), c.kind as CountyKind, c.parent ?? ''),
  );
  const weights = draws.map((d) => d.weight);
  const remaining = allocate(START.remaining, weights);
  const supported = allocate(START.supported, weights);
  const keyVillages = allocate(
    START.keyVillages,
    weights.map((w) => w ** 0.7),
  );
  const keyRemaining = allocate(START.keyRemaining, weights);
  const emptyShell = allocate(START.emptyShell, weights);
  return new Map(
    counties.map((c, i) => [
      c.code,
      {
        code: c.code,
        kind: c.kind as CountyKind,
        ...draws[i]!,
        remaining: remaining[i]!,
        supported: supported[i]!,
        keyVillages: keyVillages[i]!,
        keyRemaining: Math.min(keyVillages[i]!, keyRemaining[i]!),
        emptyShell: emptyShell[i]!,
      },
    ]),
  );
}

/** A county's state at the start of a year: its own, or the merged states of what it replaced. */
function carried(divisions: readonly Division[], county: Division, previous: Map<string, CountyState>): CountyState {
  const own = previous.get(county.code);
  if (own) return own;
  const parts = predecessorsOf(divisions, county.code).filter((p) => previous.has(p.code));
  if (parts.length === 0)
    throw new Error(
      `generateExample: ${county.code} ${county.nameZh} has no predecessor in force the year before; the example cannot continue its series`,
    );
  const split = parts.find((p) => p.successors.length > 1);
  if (split)
    throw new Error(`generateExample: ${split.code} was split; the example model only follows renames and mergers`);
  return mergeStates(
    county.code,
    county.kind as CountyKind,
    parts.map((p) => previous.get(p.code)!),
  );
}

function markUnpublished(rows: ExampleRow[], year: number, seed: number): void {
  for (const { column, year: npYear, count } of NP_CELLS) {
    if (npYear !== year) continue;
    const random = streamFor(seed, `np:${column}:${year}`);
    const pool = [...rows];
    for (let k = 0; k < count && pool.length > 0; k++) {
      const [row] = pool.splice(Math.floor(random() * pool.length), 1);
      row!.values[column] = 'NP';
    }
  }
}

/**
 * Generates the example county dataset: every county-level division in force at the end of each
 * year (from the registry), plus prefecture and province rows that are exact sums of their
 * counties, with rates recomputed. Pure: same divisions and seed, same rows.
 */
export function generateExample(divisions: readonly Division[], options: ExampleOptions): ExampleRow[] {
  const years = [...(options.years ?? [2018, 2019, 2020])].sort((a, b) => a - b);
  const { seed } = options;
  const rows: ExampleRow[] = [];
  let states = new Map<string, CountyState>();
  years.forEach((year, index) => {
    const counties = [...countiesInForce(divisions, year)].sort(byCode);
    if (index === 0) states = startStates(counties, seed);
    const next = new Map<string, CountyState>();
    const results = counties.map((county) => {
      const result = stepCounty(carried(divisions, county, states), year, streamFor(seed, `${county.code}:${year}`));
      next.set(county.code, result.next);
      return result.values;
    });
    const funds = allocate(
      (BUDGET[year] ?? DEFAULT_BUDGET) / 10_000,
      results.map((v) => (v.policy_population as number) + 200),
    );
    const countyRows = counties.map((county, i) =>
      withRates(county.code, year, 'county', { ...results[i], special_funds: funds[i]! * 10_000 } as Record<
        SumColumn,
        ExampleCell
      >),
    );
    markUnpublished(countyRows, year, seed);
    // Rates of a county whose numerator became NP must follow it.
    const yearRows = countyRows.map((row) => withRates(row.code, year, 'county', row.values));
    // Rows grouped by parent in one pass: a country-sized registry has ~340 prefectures of ~2,850 counties.
    const parentOf = (code: string) => divisionByCode(divisions, code)?.parent ?? '';
    const byParent = groupBy(yearRows, (row) => parentOf(row.code));
    const prefectureRows = [...prefecturesInForce(divisions, year)]
      .sort(byCode)
      .map((p) => aggregateRows(p.code, year, 'prefecture', byParent.get(p.code) ?? []));
    // Each province of the registry (Shandong's own data/ has one) is the sum of its counties.
    const countiesByProvince = groupBy(yearRows, (row) => parentOf(parentOf(row.code)));
    const provinceRows = divisions
      .filter((d) => d.level === 'province')
      .map((p) => aggregateRows(p.code, year, 'province', countiesByProvince.get(p.code) ?? []));
    rows.push(...provinceRows, ...prefectureRows, ...yearRows);
    states = next;
  });
  return rows.sort((a, b) => a.year - b.year || a.code.localeCompare(b.code));
}
