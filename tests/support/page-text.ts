/**
 * The reader-facing text of a built page, split by the language it is marked as (`lang`
 * attributes nest), so a Chinese page's English dataset note or an English page's Chinese name
 * (marked `lang="zh-CN"`, WCAG 3.1.2) is checked as its own language. Text nodes plus the
 * attributes people hear or see (`aria-label`, `alt`, `title`); scripts, styles and code samples
 * are left out, and so are quotations (`<q>`, `<blockquote>`), which keep their source's punctuation. A small tokenizer is enough: the pages are the site's own, well-formed output.
 */
export interface TextRun {
  lang: string;
  text: string;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const SKIP = new Set(['script', 'style', 'code', 'pre', 'textarea', 'template', 'q', 'blockquote']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

const decode = (s: string) =>
  s.replace(
    /&(#?\w+);/g,
    (m, name: string) =>
      ENTITIES[name] ??
      (name.startsWith('#')
        ? String.fromCodePoint(Number(name.startsWith('#x') ? `0${name.slice(1)}` : name.slice(1)))
        : m),
  );

export function textRuns(html: string, pageLang: string): TextRun[] {
  const runs: TextRun[] = [];
  const stack: { tag: string; lang: string; skip: boolean }[] = [{ tag: '#root', lang: pageLang, skip: false }];
  for (const token of html.matchAll(/<!--[\s\S]*?-->|<[^>]+>|[^<]+/g)) {
    const raw = token[0];
    const top = stack.at(-1)!;
    if (raw.startsWith('<!--') || raw.startsWith('<!')) continue;
    if (!raw.startsWith('<')) {
      if (!top.skip && raw.trim()) runs.push({ lang: top.lang, text: decode(raw) });
      continue;
    }
    const close = /^<\/([\w-]+)/.exec(raw);
    if (close) {
      const at = stack.findLastIndex((e) => e.tag === close[1]!.toLowerCase());
      if (at > 0) stack.length = at;
      continue;
    }
    const tag = (/^<([\w-]+)/.exec(raw)?.[1] ?? '').toLowerCase();
    const lang = /\slang="([^"]*)"/.exec(raw)?.[1] ?? top.lang;
    const skip = top.skip || SKIP.has(tag);
    if (!skip)
      for (const attr of raw.matchAll(/\s(?:aria-label|alt|title)="([^"]*)"/g))
        if (attr[1]!.trim()) runs.push({ lang, text: decode(attr[1]!) });
    if (!VOID.has(tag) && !raw.endsWith('/>')) stack.push({ tag, lang, skip });
  }
  return runs;
}
