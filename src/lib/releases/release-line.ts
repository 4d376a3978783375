import { t, type Lang } from '../i18n/index.ts';

/**
 * The release a figure page, download, embed or citation shows, written one way everywhere:
 * dataset name, version and release date (docs/releases.md). Pages, the cite box, the embed's
 * source line, "纠错" reports and the JSON downloads all format it here.
 */
export interface Release {
  /** Dataset (package) name, e.g. `baseline-2015-prefectures`. */
  name: string;
  version: string;
  /** ISO date of the release (`published` in the descriptor, the date of its newest release note). */
  published: string;
}

/** The release a dataset is at: what the built pages show. */
export const releaseOf = (d: { name: string; meta: { version: string; published: string } }): Release => ({
  name: d.name,
  version: d.meta.version,
  published: d.meta.published,
});

/** `baseline-2015-prefectures v1.1.0 (2026-11-30)`: the same in both languages (JSON, GB/T 7714, reports). */
export const releaseLabel = (r: Release): string => `${r.name} v${r.version} (${r.published})`;

/** In the reader's language: `baseline-2015-prefectures v1.1.0，发布于 2026-11-30` / `…, released 2026-11-30`. */
export const releaseLine = (lang: Lang, r: Release): string =>
  `${r.name} v${r.version}${t(lang, 'punct.comma')}${t(lang, 'sources.released', { date: r.published })}`;

/** Several releases in one line, joined the way the language lists items (；/ ; ). */
export const releaseList = (lang: Lang, releases: readonly Release[]): string =>
  releases.map((r) => releaseLine(lang, r)).join(t(lang, 'punct.semicolon'));
