/**
 * Recall: each query a reader may type finds the page it means among the first results, in
 * the index built from the real data/ and content/. Kinds: names and parts of names, former
 * and merged divisions, pinyin (tones, apostrophes, spaces), codes, indicators and synonyms,
 * glossary terms, words inside the explainers; Chinese and English pages.
 */
import { describe, expect, it } from 'vitest';
import { searchDocuments } from '../../../src/lib/search/documents.ts';
import { searchIndex } from '../../../src/lib/search/rank.ts';
import type { Lang } from '../../../src/lib/i18n/index.ts';
import { sourcesFromFiles } from './sources.ts';

const sources = sourcesFromFiles();
const index = { 'zh-CN': searchDocuments(sources, 'zh-CN'), en: searchDocuments(sources, 'en') };

/** [query, page language, expected link, within the first n results] */
const CASES: Array<[string, Lang, string, number]> = [
  // Names and parts of names
  ['莒南', 'zh-CN', '/counties/371327/', 1],
  ['莒南县', 'zh-CN', '/counties/371327/', 1],
  ['临沂', 'zh-CN', '/prefectures/371300/', 1],
  ['临沂市', 'zh-CN', '/prefectures/371300/', 1],
  ['历下', 'zh-CN', '/counties/370102/', 1],
  ['市中区', 'zh-CN', '/counties/370103/', 5],
  ['莒南', 'en', '/en/counties/371327/', 1],
  ['Junan County', 'en', '/en/counties/371327/', 1],
  ['Linyi', 'en', '/en/prefectures/371300/', 2], // 临沂市 and 临邑县 are both Linyi
  ['Linyi', 'en', '/en/counties/371424/', 2],
  // Former and merged divisions
  ['莱芜', 'zh-CN', '/prefectures/371200/', 3],
  ['莱芜', 'zh-CN', '/counties/370116/', 3],
  ['莱芜市', 'zh-CN', '/prefectures/371200/', 1],
  ['蓬莱市', 'zh-CN', '/counties/370684/', 1],
  ['蓬莱市', 'zh-CN', '/counties/370614/', 3],
  ['长岛县', 'zh-CN', '/counties/370634/', 1],
  ['长岛', 'zh-CN', '/counties/370614/', 3],
  ['济阳县', 'zh-CN', '/counties/370125/', 1],
  ['济阳县', 'zh-CN', '/counties/370115/', 3],
  ['Laiwu City', 'en', '/en/prefectures/371200/', 1],
  ['Changdao', 'en', '/en/counties/370634/', 1],
  // Pinyin: plain, with tones, apostrophe, capitals and spaces
  ['junan', 'zh-CN', '/counties/371327/', 1],
  ["Ju'nan", 'zh-CN', '/counties/371327/', 1],
  ['Jǔnán', 'zh-CN', '/counties/371327/', 1],
  ['junanxian', 'zh-CN', '/counties/371327/', 1],
  ['ju nan xian', 'zh-CN', '/counties/371327/', 1],
  ['jinan shi', 'zh-CN', '/prefectures/370100/', 1],
  ['jinan', 'en', '/en/prefectures/370100/', 1],
  ['Jǐ’nán Shì', 'en', '/en/prefectures/370100/', 1],
  ['laiwu', 'zh-CN', '/prefectures/371200/', 3],
  ['penglai', 'en', '/en/counties/370684/', 3],
  // Codes
  ['371327', 'zh-CN', '/counties/371327/', 1],
  ['3713', 'zh-CN', '/prefectures/371300/', 1],
  ['370116', 'en', '/en/counties/370116/', 1],
  // Indicators and synonyms
  ['贫困发生率', 'zh-CN', '/indicators/poverty_incidence/', 1],
  ['poverty rate', 'en', '/en/indicators/poverty_incidence/', 1],
  ['poverty rate', 'zh-CN', '/indicators/poverty_incidence/', 1],
  ['Poverty incidence', 'en', '/en/indicators/poverty_incidence/', 1],
  ['未脱贫', 'zh-CN', '/indicators/remaining_poor/', 3],
  ['集中供养率', 'zh-CN', '/indicators/centralised_care_rate/', 3],
  ['低保', 'zh-CN', '/indicators/dibao_covered/', 5],
  ['dibao', 'en', '/en/glossary/#dibao', 5],
  // Glossary terms
  ['建档立卡', 'zh-CN', '/glossary/#registration', 5],
  ['两不愁三保障', 'zh-CN', '/glossary/#two-assurances-three-guarantees', 1],
  ['空壳村', 'zh-CN', '/glossary/#empty-shell-village', 3],
  ['返贫', 'zh-CN', '/glossary/#relapse', 3],
  ['empty-shell village', 'en', '/en/glossary/#empty-shell-village', 3],
  ['poverty registration', 'en', '/en/glossary/#registration', 1],
  // Words inside the explainers
  ['危房改造', 'zh-CN', '/policy/three-guarantees/', 5],
  ['兜底', 'zh-CN', '/policy/social-safety-net/', 3],
  ['兜底', 'en', '/en/policy/social-safety-net/', 3],
  ['易地扶贫搬迁', 'zh-CN', '/policy/three-guarantees/', 5],
  ['safety net', 'en', '/en/policy/social-safety-net/', 3],
  ['falling back', 'en', '/en/policy/long-term-mechanism/', 5],
];

describe('search recall', () => {
  it('has at least 40 queries in each of the two languages together, across every kind', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map(([, lang]) => lang))).toEqual(new Set(['zh-CN', 'en']));
  });

  it.each(CASES)('%s (%s) finds %s in the first %i', (query, lang, url, within) => {
    const hits = searchIndex(index[lang], query).map((h) => h.doc.u);
    expect(hits.slice(0, within), `results: ${hits.slice(0, 8).join(' ')}`).toContain(url);
  });

  it('finds nothing for a query nothing contains, and nothing for blanks', () => {
    expect(searchIndex(index['zh-CN'], 'zzqx')).toEqual([]);
    expect(searchIndex(index['zh-CN'], '  ')).toEqual([]);
  });

  it('ranks places before other pages that match as well', () => {
    const types = searchIndex(index['zh-CN'], '莱芜').map((h) => h.doc.t);
    expect(types.slice(0, 2).every((t) => t === 'prefecture' || t === 'county')).toBe(true);
  });
});
