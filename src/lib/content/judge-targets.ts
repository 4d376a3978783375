import type { Indicator } from '../schemas/indicator.ts';
import type { PublishedFigure } from '../site-data/published.ts';
import { periodRange, periodSortKey } from './period.ts';
import type { ResolvedTarget } from './resolve-targets.ts';
import { findOutcome, targetStatus, type Outcome, type PublishedValue, type TargetStatus } from './target-status.ts';

/**
 * The one place a tracker target (already joined with plan-targets by resolve-targets.ts) is judged
 * against the published figures and given everything a page shows beside it. The tracker, the
 * explainers, the home, year and indicator pages all render these rows, so a target reads the
 * same wherever it appears. Pure: the figures and indicators are handed in.
 */

/** A published figure shown next to a target, with what it measures and who published it. */
export interface FigureView {
  indicator: Indicator | undefined;
  indicatorId: string;
  year: number;
  value: number;
  source: PublishedFigure['source'];
  /** The dataset it was published in, named when the source row names no document. */
  dataset: string;
}

export interface TargetView extends ResolvedTarget {
  /** Null for scope entries, which are not promises. */
  status: TargetStatus | null;
  outcome: Outcome | null;
  /** The figures the outcome was made from (one per year), with their sources. */
  evidence: FigureView[];
  /** Published figures the `related` note is about. */
  relatedFigures: FigureView[];
  /** The indicator that measures the target, if any. */
  indicator: Indicator | undefined;
  /**
   * With no outcome: the latest published figure of the same measure in another year, so a
   * reader sees what exists and why it cannot settle the target. Never used for the status.
   */
  latestOther: FigureView | null;
}

type Measure = { dataset: string; indicator: string; division: string };

const view = (f: PublishedFigure, indicators: ReadonlyMap<string, Indicator>): FigureView => ({
  indicator: indicators.get(f.indicator), indicatorId: f.indicator, year: f.year, value: f.value, source: f.source, dataset: f.dataset.name,
});

/** Judges one target; `figures` are narrowed to official datasets here too, so example data can never count. */
export function judgeTarget(target: ResolvedTarget, figures: readonly PublishedFigure[], indicators: ReadonlyMap<string, Indicator>): TargetView {
  const official = figures.filter((f) => f.dataset.meta.status === 'official');
  const of = (m: Measure) => official.filter((f) => f.dataset.name === m.dataset && f.indicator === m.indicator && f.code === m.division);
  const published: PublishedValue[] = (target.measuredBy ? of(target.measuredBy) : [])
    .map((f) => ({ dataset: f.dataset.name, indicator: f.indicator, division: f.code, year: f.year, value: f.value }));
  const outcome = findOutcome(target.measuredBy, published);
  const m = target.measuredBy;
  const others = m && !outcome ? of(m).filter((f) => !m.years.includes(f.year)).sort((a, b) => a.year - b.year) : [];
  const latest = others.at(-1);
  return {
    ...target,
    status: target.kind === 'scope' ? null : targetStatus(target, outcome),
    outcome,
    evidence: outcome && m ? of(m).filter((f) => m.years.includes(f.year)).map((f) => view(f, indicators)) : [],
    relatedFigures: target.relatedMeasures.flatMap((r) => of(r).filter((f) => r.years.includes(f.year)).map((f) => view(f, indicators))),
    indicator: m ? indicators.get(m.indicator) : undefined,
    latestOther: latest ? view(latest, indicators) : null,
  };
}

export function judgeTargets(targets: readonly ResolvedTarget[], figures: readonly PublishedFigure[], indicators: ReadonlyMap<string, Indicator>): TargetView[] {
  return targets.map((t) => judgeTarget(t, figures, indicators));
}

/** The year a target falls due: the last year of its deadline (`2018-H2` → 2018, `2018/2020` → 2020). */
export function deadlineYear(target: Pick<ResolvedTarget, 'deadline'>): number {
  return Number(periodRange(target.deadline).end.slice(0, 4));
}

// The collection comes back ordered by id; readers scan targets by when they fall due.
const byDeadline = <T extends Pick<ResolvedTarget, 'deadline'>>(targets: T[]): T[] =>
  targets.sort((a, b) => periodSortKey(a.deadline, 'by').localeCompare(periodSortKey(b.deadline, 'by')));

/** The promises (not scope entries) due at the end of `year`, earliest deadline first. */
export function dueIn<T extends Pick<ResolvedTarget, 'deadline' | 'kind'>>(targets: readonly T[], year: number): T[] {
  return byDeadline(targets.filter((t) => t.kind !== 'scope' && deadlineYear(t) === year));
}

/** The headline targets: the promises the official plan-targets dataset carries, earliest deadline first. */
export function headlineTargets<T extends Pick<ResolvedTarget, 'planTarget' | 'deadline'>>(targets: readonly T[]): T[] {
  return byDeadline(targets.filter((t) => t.planTarget !== undefined));
}
