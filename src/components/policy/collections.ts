/**
 * The content collections as the policy, glossary, timeline and targets pages use them, with
 * the guards docs/toolchain.md §3 calls for: a malformed file can leave a collection empty while
 * the build still passes, so every loader here throws when a collection is empty, when an
 * explainer lacks its other-language twin, or when the tracker cannot be joined with the data.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { POLICY_SLUGS, type PolicySlug } from '../../lib/content/schemas.ts';
import { checkTwins } from '../../lib/content/twins.ts';
import { resolveTargets } from '../../lib/content/resolve-targets.ts';
import { judgeTargets, type TargetView } from '../../lib/content/judge-targets.ts';
import { sortByPeriod } from '../../lib/content/period.ts';
import { formatProblem } from '../../lib/content/problem.ts';
import type { Lang } from '../../lib/i18n/index.ts';
import { loadSiteData, publishedFigures } from '../../lib/site-data/index.ts';
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

export type { FigureView, TargetView } from '../../lib/content/judge-targets.ts';

let cachedTargets: TargetView[] | undefined;

/**
 * The tracker joined with plan-targets and judged against the published figures: the one list of
 * targets every page renders (tracker, explainers, home, year and indicator pages).
 */
export async function trackerTargets(): Promise<TargetView[]> {
  if (cachedTargets) return cachedTargets;
  const entries = nonEmpty('targets', await getCollection('targets')).map((e) => e.data);
  const data = loadSiteData();
  const planRows = Object.values(data.datasets.find((d) => d.name === 'plan-targets')?.tables ?? {}).flat();
  const { targets, problems } = resolveTargets(entries, planRows);
  if (problems.length) throw new Error(`targets tracker:\n${problems.join('\n')}`);
  cachedTargets = judgeTargets(targets, publishedFigures(data), indicatorCatalogue());
  return cachedTargets;
}

/** The indicator catalogue (data/indicators), for names and units of linked indicators. */
export function indicatorCatalogue(): Map<string, Indicator> {
  return new Map(loadSiteData().indicators.map((i) => [i.id, i]));
}
