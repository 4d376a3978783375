import { compact, queryWords } from './normalize.ts';
import { DOC_TYPES, type SearchDoc } from './types.ts';

export interface SearchHit {
  doc: SearchDoc;
  /** 5 its own name exactly, 4 another name exactly (pinyin, code, former name), 3 name starts with the query, 2 name contains it, 1 running text contains it. */
  strength: number;
  /** Times the query's first word occurs in the running text: orders the weakest matches. */
  mentions: number;
}

function nameStrength(doc: SearchDoc, word: string): number {
  const names = doc.k.split('|');
  // The first two keys are the document's own names in the two languages.
  if (names[0] === word || names[1] === word) return 5;
  if (names.includes(word)) return 4;
  if (names.some((n) => n.startsWith(word))) return 3;
  if (names.some((n) => n.includes(word))) return 2;
  return 0;
}

/** How well `doc` matches every word of the query (0: not at all); the weakest word counts. */
function strengthOf(doc: SearchDoc, whole: string, words: readonly string[]): number {
  // The whole query without spaces first, so “jinan shi” meets the key “jinanshi”.
  const wholeName = nameStrength(doc, whole);
  if (wholeName > 0) return wholeName;
  const body = doc.b ?? '';
  let weakest = Infinity;
  for (const word of words) {
    const s = nameStrength(doc, word) || (body.includes(word) ? 1 : 0);
    if (s === 0) return 0;
    weakest = Math.min(weakest, s);
  }
  return weakest === Infinity ? 0 : weakest;
}

/**
 * Matching documents for `query`, best first: stronger matches first; among matches in running
 * text, the text that mentions the query most; among equals places before indicators,
 * explainers and terms (the order of DOC_TYPES); then shorter titles.
 */
export function searchIndex(docs: readonly SearchDoc[], query: string, limit = 30): SearchHit[] {
  const whole = compact(query);
  const words = queryWords(query);
  if (whole.length === 0) return [];
  return docs
    .map((doc) => ({
      doc,
      strength: strengthOf(doc, whole, words),
      mentions: (doc.b ?? '').split(words[0] ?? whole).length - 1,
    }))
    .filter((hit) => hit.strength > 0)
    .sort(
      (a, b) =>
        b.strength - a.strength ||
        (a.strength === 1 ? b.mentions - a.mentions : 0) ||
        DOC_TYPES.indexOf(a.doc.t) - DOC_TYPES.indexOf(b.doc.t) ||
        a.doc.n.length - b.doc.n.length ||
        a.doc.n.localeCompare(b.doc.n),
    )
    .slice(0, limit);
}
