import { z } from 'zod';

/** Units an indicator can be measured in; labels for each language live in src/lib/i18n. */
export const UnitSchema = z.enum([
  'person',
  'household',
  'village',
  'township',
  'county',
  'workshop',
  'platform',
  'percent',
  'yuan',
]);
export type Unit = z.output<typeof UnitSchema>;

/** One row of `data/indicators/indicators.csv`: what a column of the datasets means. */
export const IndicatorSchema = z.object({
  /** Column name used in every dataset, snake_case, e.g. `registered_poor`. */
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  unit: UnitSchema,
  definitionZh: z.string().min(1),
  definitionEn: z.string().min(1),
  /** `sum`: parts add up to the parent; `rate`: numerator / denominator × 100; `none`: not additive. */
  aggregation: z.enum(['sum', 'rate', 'none']),
  /** For rates: the indicator ids of the numerator and denominator (null otherwise). */
  numerator: z.string().nullable(),
  denominator: z.string().nullable(),
  /** Which direction is better for citizens, used for wording and colour scales. */
  better: z.enum(['higher', 'lower', 'neutral']),
  /** Slug of the policy explainer (content/policy) this indicator belongs to. */
  section: z.string().min(1),
  /** Indicator id this one may never exceed in the same row (e.g. lifted-out ≤ registered). */
  notMoreThan: z.string().nullable(),
});
export type Indicator = z.output<typeof IndicatorSchema>;
