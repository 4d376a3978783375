/**
 * Which share of the site one `astro build` process renders. scripts/build.ts runs the site's
 * build as several processes at once, one per CPU core it uses (Astro renders pages on one core),
 * each with `BUILD_PART=k/n`, and merges their folders into one. Every `getStaticPaths` passes
 * its entries through `inThisPart`, so part k renders entries k, k + n, k + 2n, … of each list:
 * interleaved rather than halves, so that each part gets a like share of every kind of page and
 * of both languages, and the parts finish at about the same time.
 *
 * `BUILD_PART` is read here and nowhere else. Unset (`astro dev`, `astro check`, the tests, a
 * one-process build), there is one part: every page.
 */
export interface BuildPart {
  /** This process's part, 1 to `count`. */
  index: number;
  count: number;
}

export const WHOLE_SITE: BuildPart = { index: 1, count: 1 };

/** `k/n` (1 ≤ k ≤ n) as a part; empty or undefined is the whole site. Throws on anything else. */
export function parseBuildPart(value: string | undefined): BuildPart {
  if (value === undefined || value === '') return WHOLE_SITE;
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count) {
    throw new Error(`BUILD_PART="${value}": expected k/n with 1 ≤ k ≤ n, e.g. 1/2 (scripts/build.ts sets it)`);
  }
  return { index, count };
}

/** The part this process renders, from the environment (`globalThis.process` as in data-dir.ts: pages read it too). */
export const BUILD_PART: BuildPart = parseBuildPart(globalThis.process?.env?.['BUILD_PART']);

/** The entries of `list` that `part` renders: every n-th, starting at the k-th. */
export function inThisPart<T>(list: readonly T[], part: BuildPart = BUILD_PART): T[] {
  return list.filter((_, i) => i % part.count === part.index - 1);
}
