import { z } from 'zod';
import { PROVINCE_CODE } from '../divisions/province.ts';
import { PeriodSchema } from './period.ts';
import { BilingualSchema as Bilingual, ClauseSchema, IndicatorIdSchema, PolicySlugSchema, SlugIdSchema as SlugId, SourceIdSchema } from './fields.ts';

/**
 * One entry of the targets tracker (`content/targets/targets.yaml`): a number or deadline the
 * plan set, where it says so, and which published figure (if any) shows whether it was kept.
 *
 * When the official dataset data/datasets/plan-targets carries the target, the entry names its
 * row (`planTarget`) and does not repeat the numbers: value, comparator, unit, deadline, clause,
 * indicator and years come from the row (./resolve-targets.ts). The entry adds what the dataset
 * lacks: the promise in plain words, the outcome dataset and the honest notes.
 */

/** How an outcome is compared with the target value: at least, at most, exactly. */
export const ComparatorSchema = z.enum(['>=', '<=', '=']);
export type Comparator = z.output<typeof ComparatorSchema>;

/** Units of tracker values; labels in src/lib/i18n (`unit.<name>`). */
export const TargetUnitSchema = z.enum([
  'person', 'household', 'village', 'township', 'county', 'prefecture', 'percent', 'yuan', 'days-per-month', 'assessments-per-year',
]);
export type TargetUnit = z.output<typeof TargetUnitSchema>;

/**
 * A published figure in a dataset under data/datasets: package, indicator column, division and
 * years. With several years (a promise over 2018–2020) the outcome is their sum, known only when
 * every year has a figure. With `planTarget`, only `dataset` (and `division`) are written.
 */
export const MeasureSchema = z.strictObject({
  dataset: SlugId,
  indicator: IndicatorIdSchema.optional(),
  /** Six-digit division code; the province (PROVINCE_CODE) when left out. */
  division: z.string().regex(/^37\d{4}$/).default(PROVINCE_CODE),
  years: z.array(z.number().int().min(2015).max(2021)).min(1).optional(),
});
export type MeasureInput = z.output<typeof MeasureSchema>;
/** A measure with every part known (after resolving `planTarget`). */
export type Measure = Required<MeasureInput>;

const NUMBERS = ['value', 'comparator', 'unit', 'asWritten', 'deadline', 'clause'] as const;

export const TrackerTargetSchema = z
  .strictObject({
    /** Stable id: the fragment on /targets/ and what explainers and the timeline refer to. */
    id: SlugId,
    /**
     * `quantity`: a number to reach (value + comparator + unit). `milestone`: something to be done
     * by a deadline. `scope`: a figure that says whom or what the plan covers — not a promise,
     * so it gets no status.
     */
    kind: z.enum(['quantity', 'milestone', 'scope']),
    /** The promise (or scope) in plain words. */
    promise: Bilingual,
    /** Row id in data/datasets/plan-targets; then the numbers below are not written here. */
    planTarget: SlugId.optional(),
    /** The figure exactly as the source prints it, e.g. `17.2万`, `50%以上`. */
    asWritten: z.string().min(1).optional(),
    value: z.number().optional(),
    comparator: ComparatorSchema.optional(),
    unit: TargetUnitSchema.optional(),
    /** When it was due (`2018-end`, `2020`, `2018-H2`) or, for scope, the period it applies to. */
    deadline: PeriodSchema.optional(),
    /** Where the plan sets it, e.g. `第二部分 四`. */
    clause: ClauseSchema.optional(),
    /** The explainer that discusses it. */
    explainer: PolicySlugSchema,
    /** The published figure that measures exactly this promise, or null if none is known. */
    measuredBy: MeasureSchema.nullable(),
    /**
     * What was found that is related but does not measure this promise (a different base, category
     * or date), and why it is not used. Shown next to a `no data` status so the gap is honest.
     */
    related: Bilingual.optional(),
    /** Published figures the `related` note is about; the page shows their values from the data. */
    relatedMeasures: z.array(MeasureSchema).default([]),
    /** Documents the promise and the notes rely on (the plan's interpretation by default). */
    sources: z.array(SourceIdSchema).min(1).default(['interpretation-2018']),
  })
  .superRefine((t, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message, input: t[path as keyof typeof t] });
    if (t.planTarget) {
      if (t.kind !== 'quantity') issue('kind', 'must be quantity when planTarget is set (plan-targets rows are numbers)');
      for (const key of NUMBERS) if (t[key] !== undefined) issue(key, `comes from the plan-targets row “${t.planTarget}”; do not repeat it here`);
      if (t.measuredBy?.indicator || t.measuredBy?.years) issue('measuredBy', 'indicator and years come from the plan-targets row; write only dataset (and division)');
    } else {
      for (const key of ['deadline', 'clause'] as const) if (t[key] === undefined) issue(key, 'required (or set planTarget)');
      if (t.kind === 'quantity') for (const key of ['value', 'comparator', 'unit'] as const) if (t[key] === undefined) issue(key, 'required when kind is quantity (or set planTarget)');
      if (t.measuredBy && (!t.measuredBy.indicator || !t.measuredBy.years)) issue('measuredBy', 'needs indicator and years (or set planTarget)');
    }
    if (t.kind === 'scope' && t.measuredBy !== null) issue('measuredBy', 'must be null when kind is scope (scope figures are not promises)');
    for (const [i, m] of t.relatedMeasures.entries()) {
      if (!m.indicator || !m.years) ctx.addIssue({ code: 'custom', path: ['relatedMeasures', i], message: 'needs indicator and years', input: m });
    }
  });
export type TrackerTarget = z.output<typeof TrackerTargetSchema>;
