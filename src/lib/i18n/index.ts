import { zh } from './zh.ts';
import { en } from './en.ts';
import { fill } from './fill.ts';
import { numberFormat } from './format.ts';

/** The site's languages: Chinese at `/`, English under `/en/`. */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type MessageKey = keyof typeof zh;

const dictionaries: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zh, en };

/** The string for `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return fill(dictionaries[lang][key], vars);
}

/** Picks the value for the reader's language from a `{ zh, en }`-style pair. */
export function pick<T>(lang: Lang, values: { zh: T; en: T }): T {
  return lang === 'en' ? values.en : values.zh;
}

/** A record's name in the reader's language: divisions, indicators and prefectures carry `nameZh` and `nameEn`. */
export function nameIn(lang: Lang, named: { nameZh: string; nameEn: string }): string {
  return lang === 'en' ? named.nameEn : named.nameZh;
}

export function asLang(locale: string | undefined): Lang {
  return locale === 'en' ? 'en' : 'zh-CN';
}

/** Numbers with grouping in the reader's convention (both use `1,234`). */
export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 1): string {
  return numberFormat(lang, maximumFractionDigits, 'auto').format(value);
}
