/** What a search result is: its type label on the results page (县 / 市 / 指标 / 政策 / 术语). */
export const DOC_TYPES = ['county', 'prefecture', 'indicator', 'policy', 'term'] as const;
export type DocType = (typeof DOC_TYPES)[number];

/**
 * One entry of the search index (one language). Short keys keep the JSON small; the browser
 * reads it through the same `searchIndex` the tests use.
 */
export interface SearchDoc {
  /** Type. */
  t: DocType;
  /** Title in the page's language (link text). */
  n: string;
  /** Link. */
  u: string;
  /** Context line, e.g. the prefecture or “ended 2018”. */
  s?: string;
  /** Names, pinyin, codes, former names and synonyms in both languages, each compacted, `|`-joined. */
  k: string;
  /** Running text (explainers, definitions), folded but with spaces kept, both languages. */
  b?: string;
}
