import type { Division } from '../schemas/division.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { nameIn, t, type Lang } from '../i18n/index.ts';
import * as routes from '../routes.ts';
import { compact, fold } from './normalize.ts';
import { INDICATOR_SYNONYMS } from './synonyms.ts';
import type { SearchDoc } from './types.ts';

/** A glossary term as the index needs it (a subset of content/glossary's schema). */
export interface TermSource {
  id: string;
  term: { zh: string; en: string };
  aliases: { zh: string[]; en: string[] };
  short: { zh: string; en: string };
  definition: { zh: string; en: string };
}

/** An explainer in both languages: titles and readable text (mdxText of each twin). */
export interface ExplainerSource {
  slug: string;
  title: { zh: string; en: string };
  text: { zh: string; en: string };
}

export interface SearchSources {
  divisions: readonly Division[];
  indicators: readonly Indicator[];
  terms: readonly TermSource[];
  explainers: readonly ExplainerSource[];
}

// Pinyin of the type character that ends a Chinese division name (市辖区 区, 县级市 and 地级市 市).
const KIND_PINYIN: Record<Division['kind'], string> = {
  省: 'sheng',
  地级市: 'shi',
  县级市: 'shi',
  市辖区: 'qu',
  县: 'xian',
};
// The English type word the registry's name_en ends with (“Junan County”).
const EN_TYPE = /\s+(province|city|district|county)$/i;

const keys = (names: readonly string[]) => [...new Set(names.map(compact).filter((n) => n.length > 0))].join('|');
const body = (...texts: string[]) => fold(texts.join(' ')).replace(/\s+/g, ' ');

/**
 * Names a division is found by: both names first (an exact hit on them ranks highest), the
 * name without its type character (莒南), pinyin with and without the type (junan, junanxian),
 * the code, a prefecture's four-digit prefix (3713), and the names of the divisions it replaced.
 */
function divisionKeys(d: Division, all: readonly Division[]): string {
  const base = d.nameZh.length > 2 ? d.nameZh.replace(/(省|市|县|区)$/, '') : d.nameZh;
  const pinyin = d.nameEn.replace(EN_TYPE, '');
  const predecessors = all.filter((p) => p.successors.includes(d.code)).flatMap((p) => [p.nameZh, p.nameEn]);
  const prefix = d.level === 'prefecture' ? [d.code.slice(0, 4)] : [];
  return keys([d.nameZh, d.nameEn, base, pinyin, pinyin + KIND_PINYIN[d.kind], d.code, ...prefix, ...predecessors]);
}

function divisionDoc(d: Division, all: readonly Division[], lang: Lang): SearchDoc {
  const parent = all.find((p) => p.code === d.parent);
  const context = [
    d.level === 'county' && parent ? nameIn(lang, parent) : '',
    d.validTo ? t(lang, 'search.ended', { year: d.validTo.slice(0, 4) }) : '',
  ]
    .filter(Boolean)
    .join(t(lang, 'punct.comma'));
  return {
    t: d.level === 'prefecture' ? 'prefecture' : 'county',
    n: nameIn(lang, d),
    u: d.level === 'prefecture' ? routes.prefecturePath(d.code, lang) : routes.countyPath(d.code, lang),
    ...(context ? { s: context } : {}),
    k: divisionKeys(d, all),
  };
}

/** Every searchable page of the site in `lang`: places, indicators, explainers, glossary terms. */
export function searchDocuments(src: SearchSources, lang: Lang): SearchDoc[] {
  const pickText = (v: { zh: string; en: string }) => (lang === 'en' ? v.en : v.zh);
  const places = src.divisions.filter((d) => d.level !== 'province').map((d) => divisionDoc(d, src.divisions, lang));
  const indicators = src.indicators.map((i): SearchDoc => ({
    t: 'indicator',
    n: nameIn(lang, i),
    u: routes.indicatorPath(i.id, lang),
    k: keys([i.nameZh, i.nameEn, i.id, ...(INDICATOR_SYNONYMS[i.id] ?? [])]),
    b: body(i.definitionZh, i.definitionEn),
  }));
  const explainers = src.explainers.map((e): SearchDoc => ({
    t: 'policy',
    n: pickText(e.title),
    u: routes.explainerPath(e.slug, lang),
    k: keys([e.title.zh, e.title.en, e.slug]),
    b: body(e.text.zh, e.text.en),
  }));
  const terms = src.terms.map((term): SearchDoc => ({
    t: 'term',
    n: pickText(term.term),
    u: routes.glossaryTermPath(term.id, lang),
    k: keys([term.term.zh, term.term.en, ...term.aliases.zh, ...term.aliases.en]),
    b: body(term.short.zh, term.short.en, term.definition.zh, term.definition.en),
  }));
  return [...places, ...indicators, ...explainers, ...terms];
}
