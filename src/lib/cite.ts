import type { Lang } from './i18n/index.ts';

export interface Citable {
  /** Page title as cited, e.g. `莱芜区 2019 年脱贫攻坚数据`. */
  title: string;
  /** Absolute URL of the page. */
  url: string;
  /** Date the figures were last updated (the newest dataset release on the page), ISO. */
  updated: string;
  /** Date the page was generated, ISO; stands in for the access date a reader fills in. */
  accessed: string;
  publisher: string;
  /** Datasets and versions the page draws on, e.g. `county-example v1.0.0`. */
  datasets: string[];
}

/**
 * GB/T 7714—2015 entry for an online resource (§4.1, 8.8): 主要责任者. 题名[文献类型标志/载体].
 * (更新或修改日期)[引用日期]. 获取和访问路径. The type mark is EB/OL for an online electronic resource;
 * a data set cites as DS/OL when the page is mainly data, which a county page is.
 */
export function gbt7714(c: Citable): string {
  return `${c.publisher}. ${c.title}[DS/OL]. (${c.updated})[${c.accessed}]. ${c.url}.`;
}

/** A plain citation for news copy and footnotes, in the reader's language. */
export function plainCitation(lang: Lang, c: Citable): string {
  const sets = c.datasets.join(', ');
  return lang === 'en'
    ? `${c.publisher}, “${c.title}”, data: ${sets}, updated ${c.updated}, ${c.url} (accessed ${c.accessed}).`
    : `${c.publisher}：《${c.title}》，数据：${sets}，更新于 ${c.updated}，${c.url}（访问于 ${c.accessed}）。`;
}
