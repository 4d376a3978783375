import type { Lang } from './i18n/index.ts';
import { releaseLabel, releaseList, type Release } from './releases/release-line.ts';

export interface Citable {
  /** Page title as cited, e.g. `莱芜区 2019 年脱贫攻坚数据`. */
  title: string;
  /** Absolute URL of the page. */
  url: string;
  /** Date the figures were last updated (the newest dataset release on the page), ISO. */
  updated: string;
  /**
   * Stands in for the access date a reader fills in: the same release date, so the page
   * changes only when its data do (never the day it was built: docs/toolchain.md §10).
   */
  accessed: string;
  publisher: string;
  /** The dataset releases the page draws on: name, version and release date each. */
  releases: Release[];
}

/** What a page needs of each dataset it cites: its name, version and release date. */
export type CitedRelease = Release;

/**
 * The citation of a page, dated from the data it draws on: the newest release among its
 * datasets is both the update date and the stand-in access date. The clock is never read, so
 * the same data build the same page on any day.
 */
export function citableFrom(
  page: { title: string; url: string; publisher: string },
  releases: readonly CitedRelease[],
): Citable {
  const updated =
    releases
      .map((r) => r.published)
      .sort()
      .at(-1) ?? '';
  return { ...page, updated, accessed: updated, releases: [...releases] };
}

/**
 * GB/T 7714—2015 entry for an online resource (§4.1, 8.8): 主要责任者. 题名[文献类型标志/载体].
 * (更新或修改日期)[引用日期]. 获取和访问路径. The type mark is EB/OL for an online electronic resource;
 * a data set cites as DS/OL when the page is mainly data, which a county page is. The releases
 * cited go where the standard puts the 版本项 of a monograph (§8.1.1: after the title and type
 * mark), each with its date, so a reader can tell whether the figure has changed since.
 */
export function gbt7714(c: Citable): string {
  const edition = c.releases.length > 0 ? ` ${c.releases.map(releaseLabel).join('; ')}.` : '';
  return `${c.publisher}. ${c.title}[DS/OL].${edition} (${c.updated})[${c.accessed}]. ${c.url}.`;
}

/** A plain citation for news copy and footnotes, in the reader's language. */
export function plainCitation(lang: Lang, c: Citable): string {
  const sets = releaseList(lang, c.releases);
  return lang === 'en'
    ? `${c.publisher}, “${c.title}”, data: ${sets}, updated ${c.updated}, ${c.url} (accessed ${c.accessed}).`
    : `${c.publisher}：《${c.title}》，数据：${sets}，更新于 ${c.updated}，${c.url}（访问于 ${c.accessed}）。`;
}
