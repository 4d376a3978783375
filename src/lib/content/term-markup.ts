import { splitFrontmatter } from './frontmatter.ts';
import { contentProblem, positionAt, type ContentProblem } from './problem.ts';
import type { GlossaryTerm } from './schemas.ts';

/**
 * Glossary terms must be marked up where an explainer first uses them, so every reader can
 * reach the definition: `<Term id="dibao">低保</Term>`. This finds the first occurrence of each
 * glossary term (its name or an alias, in the file's language) in the body text and reports it
 * when it is not inside a `<Term>` with that id; it also reports `<Term>` ids the glossary lacks.
 */
export interface TermSpan {
  id: string;
  /** Offset of the `<Term` tag. */
  tag: number;
  /** Offsets in the whole file of the text between `<Term …>` and `</Term>`. */
  start: number;
  end: number;
}

const TERM_TAG = /<Term\s+id=(["'])([^"']*)\1\s*>([\s\S]*?)<\/Term>/g;

export function termSpans(text: string): TermSpan[] {
  return [...text.matchAll(TERM_TAG)].map((m) => {
    const start = m.index + m[0].indexOf('>') + 1;
    return { id: m[2]!, tag: m.index, start, end: start + m[3]!.length };
  });
}

/**
 * Blanks out what is not reading text, keeping offsets: front matter, ESM lines, tags,
 * expressions, Markdown link targets, and the text of `<PageLink>` (a term there cannot be
 * marked up, since a link may not contain another link).
 */
export function readingText(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const { bodyOffset } = splitFrontmatter(text);
  return (blank(text.slice(0, bodyOffset)) + text.slice(bodyOffset))
    .replace(/<PageLink\b[^>]*>[\s\S]*?<\/PageLink>/g, blank)
    .replace(/^(import|export)\b.*$/gm, blank)
    .replace(/<\/?[A-Za-z][^<>]*>/g, blank)
    .replace(/\{[^{}]*\}/g, blank)
    .replace(/\]\([^)]*\)/g, (s) => `]${blank(s.slice(1))}`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An English form as a pattern: any case, any run of spaces, and its plural (`county` → `counties`). */
function englishPattern(form: string): RegExp {
  const words = escapeRegExp(form).replace(/ /g, '\\s+');
  const plural = /y$/.test(form) ? `${words.slice(0, -1)}(?:y|ies)` : `${words}(?:s|es)?`;
  return new RegExp(`(?<![\\p{L}\\p{N}-])${plural}(?![\\p{L}\\p{N}-])`, 'iu');
}

/** Offset of the first occurrence of any of `forms` (English: whole words, any case, plurals). */
export function firstOccurrence(reading: string, forms: readonly string[], lang: 'zh-CN' | 'en'): number {
  let first = -1;
  for (const form of forms) {
    const at = lang === 'en'
      ? (englishPattern(form).exec(reading)?.index ?? -1)
      : reading.indexOf(form);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

export function formsOf(term: GlossaryTerm, lang: 'zh-CN' | 'en'): string[] {
  return lang === 'en' ? [term.term.en, ...term.aliases.en] : [term.term.zh, ...term.aliases.zh];
}

export function checkTermMarkup(file: string, text: string, glossary: readonly GlossaryTerm[], lang: 'zh-CN' | 'en'): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const spans = termSpans(text);
  const known = new Set(glossary.map((t) => t.id));
  for (const span of spans) {
    if (known.has(span.id)) continue;
    problems.push(contentProblem({
      file, ...positionAt(text, span.tag), type: 'unknown-term', field: 'Term.id', found: span.id, expected: '术语表中的 id',
      message: `<Term id="${span.id}">：术语表（content/glossary/terms.yaml）里没有这个 id。`,
      hint: '检查拼写，或先在术语表中添加这个术语（中英文各一条定义）。',
    }));
  }
  const reading = readingText(text);
  for (const term of glossary) {
    const at = firstOccurrence(reading, formsOf(term, lang), lang);
    if (at < 0) continue;
    if (spans.some((s) => s.id === term.id && s.start <= at && at < s.end)) continue;
    const name = lang === 'en' ? term.term.en : term.term.zh;
    problems.push(contentProblem({
      file, ...positionAt(text, at), type: 'unwrapped-term', field: term.id,
      message: `术语 “${name}” 在本页第一次出现时没有标注，读者无法直接查看它的定义。`,
      hint: `把第一次出现写成 <Term id="${term.id}">${name}</Term>。`,
    }));
  }
  return problems;
}
