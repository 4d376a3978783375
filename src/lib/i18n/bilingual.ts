import type { Lang } from './index.ts';

/** A piece of data text and the language it is written in. */
export interface LangText {
  text: string;
  lang: Lang;
}

/**
 * The part of a data string for a reader of `lang`, and the language that part is in. The datasets
 * write free text (notes, missing-value labels) as `中文 / English` (data/README.md): before the first
 * ` / ` is Chinese, after it English, so a later ` / ` belongs to the English. Text without the
 * separator is returned whole in both languages, tagged by its script, so a page can mark a
 * passage that is not in its own language (WCAG 3.1.2).
 */
export function textIn(lang: Lang, text: string): LangText {
  const at = text.indexOf(' / ');
  if (at === -1) return { text, lang: langOf(text) };
  return lang === 'en' ? { text: text.slice(at + 3).trim(), lang } : { text: text.slice(0, at).trim(), lang };
}

/**
 * The language a one-language data string is written in, by script: Chinese when Han characters
 * carry at least as much of it as Latin letters (one character against two letters, about the
 * information each holds), so an English description that names 地级市 in brackets stays English.
 */
export function langOf(text: string): Lang {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > 0 && han * 2 >= latin ? 'zh-CN' : 'en';
}

/** The `lang` attribute a one-language data string needs on a page in `page`: none when they match. */
export function langAttr(page: Lang, text: string): Lang | undefined {
  const lang = langOf(text);
  return lang === page ? undefined : lang;
}
