/**
 * The indicator columns of the example dataset, in CSV order, and how each aggregates. They
 * mirror data/indicators/indicators.csv (tests/unit/example checks that they agree), so the
 * generator needs no file access.
 */

/** A cell: a number, or the reason it is missing (data/README.md, "Missing values"). */
export type ExampleCell = number | 'NA' | 'NP';

export const RATE_COLUMNS = {
  poverty_incidence: { numerator: 'remaining_poor', denominator: 'rural_population' },
  insurance_coverage: { numerator: 'insurance_covered', denominator: 'policy_population' },
  centralised_care_rate: { numerator: 'centralised_care', denominator: 'extremely_poor_dependent' },
} as const;
export type RateColumn = keyof typeof RATE_COLUMNS;

export const SUM_COLUMNS = [
  'registered_poor',
  'registered_poor_households',
  'lifted_out',
  'lifted_out_national',
  'remaining_poor',
  'rural_population',
  'lifted_out_supported',
  'policy_population',
  'key_villages',
  'key_villages_exited',
  'key_villages_remaining',
  'houses_renovated',
  'relocated',
  'students_aided',
  'insurance_covered',
  'dibao_covered',
  'extremely_poor_dependent',
  'centralised_care',
  'empty_shell_villages',
  'special_funds',
] as const;
export type SumColumn = (typeof SUM_COLUMNS)[number];

/** CSV column order after `division_code,year`: each rate right after the figures it is made of. */
export const COLUMNS: readonly (SumColumn | RateColumn)[] = [
  'registered_poor',
  'registered_poor_households',
  'lifted_out',
  'lifted_out_national',
  'remaining_poor',
  'rural_population',
  'poverty_incidence',
  'lifted_out_supported',
  'policy_population',
  'key_villages',
  'key_villages_exited',
  'key_villages_remaining',
  'houses_renovated',
  'relocated',
  'students_aided',
  'insurance_covered',
  'insurance_coverage',
  'dibao_covered',
  'extremely_poor_dependent',
  'centralised_care',
  'centralised_care_rate',
  'empty_shell_villages',
  'special_funds',
];

export type Level = 'province' | 'prefecture' | 'county';

/** One row of the example table: a division in a year. */
export interface ExampleRow {
  code: string;
  year: number;
  level: Level;
  values: Record<SumColumn | RateColumn, ExampleCell>;
}
