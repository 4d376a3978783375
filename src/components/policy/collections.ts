/**
 * The content collections as the policy, glossary, timeline and targets pages use them, with
 * the guards astro-7-facts §1 calls for: a malformed file can leave a collection empty while
 * the build still passes, so every loader here throws when a collection is empty, when an
 * explainer lacks its other-language twin, or when the tracker cannot be joined with the data.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { POLICY_SLUGS, type PolicySlug } from '../../lib/content/schemas.ts';
import { checkTwins } from '../../lib/content/twins.ts';
import { resolveTargets, type ResolvedTarget } from '../../lib/content/resolve-targets.ts';
import { findOutcome, targetStatus, type Outcome, type PublishedValue, type TargetStatus } from '../../lib/content/target-status.ts';
import { sortByPeriod } from '../../lib/content/period.ts';
import { formatProblem } from '../../lib/content/problem.ts';
import type { Lang } from '../../lib/i18n/index.ts';
import { loadSiteData, publishedFigures, type PublishedFigure } from '../../lib/site-data/index.ts';
import type { Indicator } from '../../lib/schemas/indicator.ts';

export type ExplainerEntry = CollectionEntry<'policy'> & { slug: PolicySlug };

function nonEmpty<T>(name: string, entries: T[]): T[] {
  if (entries.length === 0) throw new Error(`content collection “${name}” is empty: a file under content/ is missing or malformed. Run node scripts/check-content.ts.`);
  return entries;
}

/** Every explainer in both languages, checked for twins, in the plan's order. */
export async function allExplainers(): Promise<ExplainerEntry[]> {
  const entries = nonEmpty('policy', await getCollection('policy')).map((e) => ({ ...e, slug: e.id.split('/').pop() as PolicySlug }));
  const problems = checkTwins(
    entries.map((e) => ({ file: `content/policy/${e.id}.mdx`, slug: e.slug, lang: e.data.lang, data: e.data })),
    { requireAllSlugs: true },
  );
  if (problems.length) throw new Error(`explainers are incomplete:\n${problems.map(formatProblem).join('\n')}`);
  return entries.sort((a, b) => a.data.order - b.data.order || POLICY_SLUGS.indexOf(a.slug) - POLICY_SLUGS.indexOf(b.slug));
}

export async function explainers(lang: Lang): Promise<ExplainerEntry[]> {
  return (await allExplainers()).filter((e) => e.data.lang === lang);
}

export async function glossary() {
  return nonEmpty('glossary', await getCollection('glossary')).map((e) => e.data);
}

export async function timeline() {
  return sortByPeriod(nonEmpty('timeline', await getCollection('timeline')).map((e) => e.data));
}

/** A published figure shown next to a target, with what it measures and who published it. */
export interface FigureView {
  indicator: Indicator | undefined;
  indicatorId: string;
  year: number;
  value: number;
  source: PublishedFigure['source'];
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
}

let cachedTargets: TargetView[] | undefined;

/** The tracker joined with plan-targets and judged against the published figures. */
export async function trackerTargets(): Promise<TargetView[]> {
  if (cachedTargets) return cachedTargets;
  const entries = nonEmpty('targets', await getCollection('targets')).map((e) => e.data);
  const data = loadSiteData();
  const planRows = Object.values(data.datasets.find((d) => d.name === 'plan-targets')?.tables ?? {}).flat();
  const { targets, problems } = resolveTargets(entries, planRows);
  if (problems.length) throw new Error(`targets tracker:\n${problems.join('\n')}`);
  const figures = publishedFigures(data);
  const published: PublishedValue[] = figures.map((f) => ({ dataset: f.dataset.name, indicator: f.indicator, division: f.code, year: f.year, value: f.value }));
  const indicators = new Map(data.indicators.map((i) => [i.id, i]));
  const figuresFor = (m: { dataset: string; indicator: string; division: string; years: readonly number[] }): FigureView[] =>
    figures
      .filter((f) => f.dataset.name === m.dataset && f.indicator === m.indicator && f.code === m.division && m.years.includes(f.year))
      .map((f) => ({ indicator: indicators.get(f.indicator), indicatorId: f.indicator, year: f.year, value: f.value, source: f.source }));
  cachedTargets = targets.map((t) => {
    const outcome = findOutcome(t.measuredBy, published);
    return {
      ...t,
      status: t.kind === 'scope' ? null : targetStatus(t, outcome),
      outcome,
      evidence: outcome && t.measuredBy ? figuresFor(t.measuredBy) : [],
      relatedFigures: t.relatedMeasures.flatMap(figuresFor),
      indicator: t.measuredBy ? indicators.get(t.measuredBy.indicator) : undefined,
    };
  });
  return cachedTargets;
}

/** The indicator catalogue (data/indicators), for names and units of linked indicators. */
export function indicatorCatalogue(): Map<string, Indicator> {
  return new Map(loadSiteData().indicators.map((i) => [i.id, i]));
}
