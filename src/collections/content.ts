/**
 * The content collections as the policy, glossary, timeline and targets pages read them. This is
 * the only module besides src/content.config.ts that imports `astro:content` (a virtual module
 * that exists only inside an Astro build, which is why it is not under the pure src/lib).
 *
 * Astro logs and carries on when a loader yields nothing (docs/toolchain.md §3), so a malformed
 * file could leave a collection empty while the build still passes: every reader here throws
 * when a collection is empty, when an explainer lacks its other-language twin, or when the
 * tracker cannot be joined with the data.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { POLICY_SLUGS, type PolicySlug } from '../lib/content/schemas.ts';
import { checkTwins } from '../lib/content/twins.ts';
import type { TargetView } from '../lib/content/judge-targets.ts';
import { sortByPeriod } from '../lib/content/period.ts';
import { formatProblem } from '../lib/content/problem.ts';
import type { Lang } from '../lib/i18n/index.ts';
import type { Indicator } from '../lib/schemas/indicator.ts';
import { loadSiteData } from '../lib/site-data/index.ts';
import { trackedTargets } from '../lib/site-data/tracker.ts';

export type ExplainerEntry = CollectionEntry<'policy'> & { slug: PolicySlug };

function nonEmpty<T>(name: string, entries: T[]): T[] {
  if (entries.length === 0)
    throw new Error(
      `content collection “${name}” is empty: a file under content/ is missing or malformed. Run node scripts/check-content.ts.`,
    );
  return entries;
}

/** Every explainer in both languages, checked for twins, in the plan's order. */
export async function allExplainers(): Promise<ExplainerEntry[]> {
  const entries = nonEmpty('policy', await getCollection('policy')).map((e) => ({
    ...e,
    slug: e.id.split('/').pop() as PolicySlug,
  }));
  const problems = checkTwins(
    entries.map((e) => ({ file: `content/policy/${e.id}.mdx`, slug: e.slug, lang: e.data.lang, data: e.data })),
    { requireAllSlugs: true },
  );
  if (problems.length) throw new Error(`explainers are incomplete:\n${problems.map(formatProblem).join('\n')}`);
  return entries.sort(
    (a, b) => a.data.order - b.data.order || POLICY_SLUGS.indexOf(a.slug) - POLICY_SLUGS.indexOf(b.slug),
  );
}

export async function explainers(lang: Lang): Promise<ExplainerEntry[]> {
  return (await allExplainers()).filter((e) => e.data.lang === lang);
}

/**
 * Each explainer's title in `lang`, by slug: the one name every link to an explainer uses, taken
 * from its front matter (never a second wording kept elsewhere).
 */
export async function explainerTitles(lang: Lang): Promise<Map<string, string>> {
  return new Map((await explainers(lang)).map((e) => [e.slug, e.data.title]));
}

export async function glossary() {
  return nonEmpty('glossary', await getCollection('glossary')).map((e) => e.data);
}

export async function timeline() {
  return sortByPeriod(nonEmpty('timeline', await getCollection('timeline')).map((e) => e.data));
}

let cachedTargets: TargetView[] | undefined;

/** The tracker joined with plan-targets and judged against the published figures (trackedTargets). */
export async function trackerTargets(): Promise<TargetView[]> {
  cachedTargets ??= trackedTargets(
    nonEmpty('targets', await getCollection('targets')).map((e) => e.data),
    loadSiteData(),
  );
  return cachedTargets;
}

/**
 * The indicator catalogue (data/indicators) by id, for explainers that name indicators: their
 * front matter and `<PageLink to="indicator">`, which an MDX body cannot hand data to as props.
 */
export function indicatorCatalogue(): Map<string, Indicator> {
  return new Map(loadSiteData().indicators.map((i) => [i.id, i]));
}
