/**
 * One spelling for the index and the query, so that 莒南, “Ju'nan”, “Jǔnán” and “JU NAN” meet:
 * full-width forms folded (NFKC), lower case, tone marks dropped (NFD, then the combining marks
 * U+0300–U+036F removed), and apostrophes, hyphens, middle dots and spaces removed. Digits stay,
 * because division codes (371327) are searched as they are.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ü/g, 'v');
}

/** The searchable key of a name or query: {@link fold}, with separators removed. */
export function compact(text: string): string {
  return fold(text).replace(/[\s'’‘`\-·・.,，、。()（）]+/g, '');
}

/** Words of a query, each compacted; a query of one word (or Chinese without spaces) gives one. */
export function queryWords(query: string): string[] {
  return fold(query)
    .split(/[\s,，、]+/)
    .map(compact)
    .filter((w) => w.length > 0);
}
