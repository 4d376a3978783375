import { z } from 'zod';
import { SourceIdSchema, type Bilingual, type PolicySlug, type SourceId } from './fields.ts';
import { PeriodSchema, periodRange, type Period } from './period.ts';
import type { Comparator, Measure, TargetUnit, TrackerTarget } from './target-schema.ts';

/**
 * Joins the tracker (content/targets) with the official plan-targets dataset: an entry that names
 * a `planTarget` row takes its numbers from that row. Pure; problems are returned, not thrown.
 */

/** The columns of data/datasets/plan-targets this join reads (the dataset's own schema checks the rest). */
export const PlanTargetRowSchema = z.object({
  id: z.string(),
  indicator: z.string(),
  comparator: z.enum(['gte', 'lte', 'eq']),
  value: z.number(),
  unit: z.string(),
  deadline_year: z.number().int(),
  period: PeriodSchema,
  measure: z.enum(['year_value', 'sum_over_period']),
  clause: z.string(),
  as_written: z.string(),
  quote_zh: z.string(),
  source: z.string(),
});
export type PlanTargetRow = z.output<typeof PlanTargetRowSchema>;

const COMPARATORS: Record<PlanTargetRow['comparator'], Comparator> = { gte: '>=', lte: '<=', eq: '=' };

/** A tracker entry with every number in place, wherever it came from. */
export interface ResolvedTarget {
  id: string;
  kind: TrackerTarget['kind'];
  promise: Bilingual;
  asWritten?: string;
  /** The plan's own sentence (Chinese), when the plan-targets dataset quotes it. */
  quote?: string;
  value?: number;
  comparator?: Comparator;
  unit?: TargetUnit;
  deadline: Period;
  clause: string;
  explainer: PolicySlug;
  /** Set when the numbers come from the plan-targets dataset. */
  planTarget?: string;
  measuredBy: Measure | null;
  related?: Bilingual;
  relatedMeasures: Measure[];
  sources: SourceId[];
}

/** Years a plan-targets row is measured over: the deadline year, or every year of its period. */
export function yearsOf(row: Pick<PlanTargetRow, 'measure' | 'period' | 'deadline_year'>): number[] {
  if (row.measure === 'year_value') return [row.deadline_year];
  const { start, end } = periodRange(row.period);
  const years: number[] = [];
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) years.push(y);
  return years;
}

const full = (m: TrackerTarget['relatedMeasures'][number]): Measure => ({ dataset: m.dataset, division: m.division, indicator: m.indicator!, years: m.years! });

export function resolveTargets(entries: readonly TrackerTarget[], planRows: readonly unknown[]): { targets: ResolvedTarget[]; problems: string[] } {
  const problems: string[] = [];
  const rows = new Map<string, PlanTargetRow>();
  for (const raw of planRows) {
    const parsed = PlanTargetRowSchema.safeParse(raw);
    if (parsed.success) rows.set(parsed.data.id, parsed.data);
    else problems.push(`plan-targets: a row could not be read (${parsed.error.issues.map((i) => i.path.join('.')).join(', ')})`);
  }
  const targets: ResolvedTarget[] = [];
  for (const t of entries) {
    const base = { id: t.id, kind: t.kind, promise: t.promise, explainer: t.explainer, related: t.related, relatedMeasures: t.relatedMeasures.map(full), sources: t.sources };
    if (!t.planTarget) {
      targets.push({ ...base, asWritten: t.asWritten, value: t.value, comparator: t.comparator, unit: t.unit, deadline: t.deadline!, clause: t.clause!, measuredBy: t.measuredBy ? full(t.measuredBy) : null });
      continue;
    }
    const row = rows.get(t.planTarget);
    if (!row) {
      problems.push(`content/targets: “${t.id}” names plan-targets row “${t.planTarget}”, which does not exist`);
      continue;
    }
    // The row's own sources (space-separated names) are cited with the target, after the tracker's.
    const rowSources = row.source.split(' ').filter(Boolean);
    for (const name of rowSources.filter((n) => !SourceIdSchema.safeParse(n).success)) {
      problems.push(`plan-targets: row “${row.id}” names source “${name}”, which src/lib/content/sources.ts does not describe`);
    }
    targets.push({
      ...base,
      sources: [...new Set([...t.sources, ...rowSources.filter((n): n is SourceId => SourceIdSchema.safeParse(n).success)])],
      planTarget: row.id,
      asWritten: row.as_written,
      quote: row.quote_zh,
      value: row.value,
      comparator: COMPARATORS[row.comparator],
      unit: row.unit as TargetUnit,
      deadline: row.period,
      clause: row.clause,
      measuredBy: t.measuredBy ? { dataset: t.measuredBy.dataset, division: t.measuredBy.division, indicator: row.indicator, years: yearsOf(row) } : null,
    });
  }
  const named = new Set(entries.map((t) => t.planTarget).filter(Boolean));
  for (const id of rows.keys()) if (!named.has(id)) problems.push(`plan-targets: row “${id}” is not in the tracker (content/targets/targets.yaml)`);
  return { targets, problems };
}
