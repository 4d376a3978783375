import { findOutcome, targetStatus, type Outcome, type PublishedValue, type TargetStatus } from '../content/target-status.ts';
import type { Comparator } from '../content/target-schema.ts';
import type { Unit } from '../schemas/indicator.ts';
import type { Dataset } from './datasets.ts';
import type { SiteData } from './load.ts';
import type { PublishedFigure } from './published.ts';

/** The dataset of the plan's numeric promises and the one its outcomes are judged against. */
export const TARGETS_DATASET = 'plan-targets';
export const OUTCOMES_DATASET = 'province-reported';

/** One row of plan-targets (its descriptor documents every column). */
export interface PlanTarget {
  id: string;
  indicator: string;
  comparator: 'gte' | 'lte' | 'eq';
  value: number;
  unit: Unit;
  deadlineYear: number;
  /** As the plan states it: `2018`, `2018-H2`, `2018/2020` … */
  period: string;
  measure: 'year_value' | 'sum_over_period';
  clause: string;
  /** Source names (entries of the descriptor's `sources`); the first gives the wording. */
  sources: string[];
  asWritten: string;
  quoteZh: string;
  summaryEn: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : String(v ?? ''));

/** The plan-targets rows as typed targets (empty when the dataset is absent). */
export function planTargets(data: SiteData): { dataset: Dataset | undefined; targets: PlanTarget[] } {
  const dataset = data.datasets.find((d) => d.name === TARGETS_DATASET);
  const rows = dataset ? Object.values(dataset.tables).flat() : [];
  const targets = rows.map((r) => ({
    id: str(r.id),
    indicator: str(r.indicator),
    comparator: str(r.comparator) as PlanTarget['comparator'],
    value: Number(r.value),
    unit: str(r.unit) as Unit,
    deadlineYear: Number(r.deadline_year),
    period: str(r.period),
    measure: str(r.measure) as PlanTarget['measure'],
    clause: str(r.clause),
    sources: str(r.source).split(' ').filter(Boolean),
    asWritten: str(r.as_written),
    quoteZh: str(r.quote_zh),
    summaryEn: str(r.summary_en),
  }));
  return { dataset, targets };
}

/** The years whose figures a target is judged on: its deadline year, or every year of `YYYY/YYYY`. */
export function yearsOf(target: Pick<PlanTarget, 'measure' | 'period' | 'deadlineYear'>): number[] {
  const span = /^(\d{4})\/(\d{4})$/.exec(target.period);
  if (target.measure !== 'sum_over_period' || !span) return [target.deadlineYear];
  const [from, to] = [Number(span[1]), Number(span[2])];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const COMPARATORS: Record<PlanTarget['comparator'], Comparator> = { gte: '>=', lte: '<=', eq: '=' };

export interface TargetCheck {
  target: PlanTarget;
  status: TargetStatus;
  /** The outcome the status rests on (null: none was published for exactly this measure). */
  outcome: Outcome | null;
  /** The years whose province figures were looked for. */
  years: number[];
  /** The outcome's figures with their sources, so the page can cite each one. */
  evidence: PublishedFigure[];
  /** The latest published province figure of the same indicator outside those years, for context. */
  latestOther: PublishedFigure | null;
}

/**
 * Judges a target strictly against province-reported, through the tracker's status rules
 * (src/lib/content/target-status.ts): met or not met only when a published province figure
 * exists for every year the target is measured on; otherwise no data, never a guess.
 */
export function checkTarget(target: PlanTarget, figures: readonly PublishedFigure[]): TargetCheck {
  const years = yearsOf(target);
  const relevant = figures.filter((f) => f.dataset.name === OUTCOMES_DATASET && f.code === '370000' && f.indicator === target.indicator);
  // Only cells with a value become published values: a row's NP means "this source does not give it".
  const published: PublishedValue[] = relevant.map((f) => ({ dataset: OUTCOMES_DATASET, indicator: f.indicator, division: f.code, year: f.year, value: f.value }));
  const outcome = findOutcome({ dataset: OUTCOMES_DATASET, indicator: target.indicator, division: '370000', years }, published);
  const status = targetStatus({ kind: 'quantity', value: target.value, comparator: COMPARATORS[target.comparator] }, outcome);
  const others = relevant.filter((f) => !years.includes(f.year)).sort((a, b) => a.year - b.year);
  return {
    target,
    status,
    outcome,
    years,
    evidence: outcome ? relevant.filter((f) => years.includes(f.year)) : [],
    latestOther: others.at(-1) ?? null,
  };
}

/** The targets due at the end of `year`, each judged. */
export function targetsDueIn(data: SiteData, figures: readonly PublishedFigure[], year: number): TargetCheck[] {
  return planTargets(data).targets.filter((t) => t.deadlineYear === year).map((t) => checkTarget(t, figures));
}
