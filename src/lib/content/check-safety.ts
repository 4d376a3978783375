import { posix } from 'node:path';
import { contentProblem, positionAt, type ContentProblem, type ContentProblemType } from './problem.ts';

/**
 * Content must not be able to run code in a reader's browser, nor load anything from another
 * origin. This check reads the raw text of a content file (MDX or YAML) and reports every place
 * that could. For MDX it is the second line: ./check-mdx.ts checks the syntax tree the build
 * compiles, and these text rules only speak on lines the tree check found clean. It is
 * deliberately stricter than the renderer: it does not try to know which text is inside a code
 * block, so content that needs to *show* markup should describe it in words.
 * Pure: no file system access (`node:path` only does string work).
 */
export interface SafetyOptions {
  /** Project root the file path is relative to (default: the current folder, `.`). */
  root?: string;
}

interface Rule {
  type: ContentProblemType;
  message: string;
  hint: string;
}

const RULES = {
  script: { type: 'raw-script', message: '不允许使用 <script> 标签：它会在读者的浏览器里运行代码。', hint: '删除这段脚本；需要交互的功能请在 src/components/ 里写成组件，经代码审查后再在内容中使用。' },
  handler: { type: 'event-handler', message: '不允许使用内联事件属性（on…=）：它会在读者的浏览器里运行代码。', hint: '删除这个属性；交互功能请放进 src/components/ 的组件中。' },
  jsUrl: { type: 'javascript-url', message: '不允许使用 javascript:、vbscript: 或 data:text/html 地址：点击它就会运行代码。', hint: '链接只能指向网页地址（https://…）或站内路径（/…）。' },
  dynamicUrl: { type: 'dynamic-url', message: '链接或资源地址不能用 {…} 表达式生成：无法检查它最终指向哪里。', hint: '把地址直接写成带引号的文本，例如 href="/glossary/"。' },
  rawHtml: { type: 'raw-html', message: '不允许直接注入 HTML（set:html、dangerouslySetInnerHTML）：其中的代码不受检查。', hint: '把内容直接写进正文。' },
  embed: { type: 'embedded-content', message: '不允许嵌入外部内容（iframe、embed、object、frame、applet、portal）：嵌入的页面或插件可以运行代码。', hint: '改用普通链接指向该内容，并说明它是什么。' },
  pageTag: { type: 'page-tag', message: '正文中不允许 <base>、<meta>、<link>、<style> 标签：它们会改变整个页面（跳转、加载外部资源、隐藏内容）。', hint: '删除这个标签；样式请写在 src/styles/ 或组件里。' },
  externalSrc: { type: 'external-src', message: '不允许从其他网站加载资源（src 等属性或图片指向外部地址）：会泄露读者的访问信息，并被本站的内容安全策略拦截。', hint: '把文件放进本仓库（public/ 目录），用站内路径引用；或改成指向原网页的普通链接。' },
  importOther: { type: 'esm-import', message: '只允许导入本项目 src/components/ 下的 .astro 组件：导入其他模块会在构建或浏览器中运行未经审查的代码。', hint: '删除这行 import；术语等常用组件已由页面提供，可以直接写 <Term id="…">…</Term>。' },
  exportAny: { type: 'esm-export', message: '内容文件中不允许 export：它会在构建时运行代码。', hint: '把数据写进 front matter 或 content/ 下的 YAML 文件。' },
} satisfies Record<string, Rule>;

/** Every problem in one file's text. `file` is the path shown in reports (relative to `root`). */
export function checkSafety(file: string, text: string, options: SafetyOptions = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (rule: Rule, offset: number) =>
    problems.push(contentProblem({ file, ...positionAt(text, offset), type: rule.type, message: rule.message, hint: rule.hint }));

  // Tag names are matched on their own (not only inside well-formed tags), so an unclosed or
  // oddly spaced tag is still caught. A capitalised name (`<Link>`) is an MDX component, which can
  // only come from the project itself (see checkModules), so it is not HTML and is left alone.
  for (const m of text.matchAll(/<\s*(script|iframe|embed|object|frameset|frame|applet|portal|base|meta|link|style)(?![\w.:-])/gi)) {
    if (/^[A-Z][a-z]/.test(m[1]!)) continue;
    const name = m[1]!.toLowerCase();
    report(name === 'script' ? RULES.script : ['base', 'meta', 'link', 'style'].includes(name) ? RULES.pageTag : RULES.embed, m.index);
  }
  for (const tag of tags(text)) {
    for (const attr of tag.attributes) {
      const at = tag.offset + attr.index;
      if (/^on[a-z]+$/i.test(attr.name)) report(RULES.handler, at);
      else if (/^(set:html|dangerouslysetinnerhtml|srcdoc)$/i.test(attr.name)) report(RULES.rawHtml, at);
      else if (/^style$/i.test(attr.name) && /url\(\s*["']?\s*([a-z][a-z0-9+.-]*:|[/\\]{2})/i.test(decodeEntities(attr.value))) report(RULES.externalSrc, at);
      else if (URL_ATTRIBUTES.has(attr.name.toLowerCase())) {
        if (attr.value.startsWith('{')) report(RULES.dynamicUrl, at);
        else if (LOADING_ATTRIBUTES.has(attr.name.toLowerCase()) && isOtherOrigin(attr.value)) report(RULES.externalSrc, at);
      }
    }
  }
  // Markdown images load when the page opens; links only on click, so only images count here.
  for (const m of text.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]*)/g)) if (isOtherOrigin(m[1]!)) report(RULES.externalSrc, m.index);
  for (const offset of scriptUrls(text)) report(RULES.jsUrl, offset);
  if (/\.mdx?$/i.test(file)) checkModules(file, text, options.root ?? '.', report);
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Attributes that take an address, and the subset that loads it without a click. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'poster', 'data', 'action', 'formaction', 'xlink:href', 'background', 'cite']);
const LOADING_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'data', 'background']);

/** True when a src-like value names a scheme or a host (`https:`, `//host`, `\\host`). */
function isOtherOrigin(raw: string): boolean {
  const value = decodeEntities(raw.replace(/^["']/, '')).replace(/[\s\u0000-\u001f]/g, '');
  return /^([a-z][a-z0-9+.-]*:|[/\\]{2})/i.test(value) || /(^|,)\s*([a-z][a-z0-9+.-]*:|\/\/)/i.test(value);
}

interface Tag {
  name: string;
  offset: number;
  attributes: { name: string; value: string; index: number }[];
}

/** Start tags as HTML and MDX (JSX) write them, including attributes spread over several lines. */
function* tags(text: string): Generator<Tag> {
  const tagPattern = /<([A-Za-z][\w.:-]*)((?:"[^"]*"|'[^']*'|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|[^<>"'{}])*)>/g;
  for (const m of text.matchAll(tagPattern)) {
    const attrText = m[2] ?? '';
    const start = 1 + m[1]!.length;
    const attributes: Tag['attributes'] = [];
    const attrPattern = /(^|[\s/"'}])([^\s/>"'=]+)(?:\s*=\s*("[^"]*"|'[^']*'|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|[^\s>]+))?/g;
    for (const a of attrText.matchAll(attrPattern)) {
      attributes.push({ name: a[2]!, value: a[3] ?? '', index: start + a.index + a[1]!.length });
    }
    yield { name: m[1]!, offset: m.index, attributes };
  }
}

const NAMED_ENTITIES: Record<string, string> = { colon: ':', Tab: '\t', NewLine: '\n', sol: '/', lpar: '(', rpar: ')', nbsp: ' ' };

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) % 0x110000))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec) % 0x110000))
    .replace(/&([A-Za-z]+);/g, (whole, name: string) => NAMED_ENTITIES[name] ?? whole);
}

/**
 * Offsets of `javascript:` (and `vbscript:`, `data:text/html`) however disguised: any case,
 * whitespace or control characters inside the word (browsers drop them), HTML character
 * references (`&#106;`, `&#x6A;`, `&colon;`), backslash escapes (Markdown `\:`, JS `\u006a`).
 * The text is normalised character by character while remembering where each character came from.
 */
function scriptUrls(text: string): number[] {
  const chars: string[] = [];
  const origin: number[] = [];
  const unit = /&#x([0-9a-f]+);?|&#(\d+);?|&([A-Za-z]+);|\\u\{?([0-9a-f]{4,6})\}?|\\x([0-9a-f]{2})|[\s\S]/giy;
  for (let m = unit.exec(text); m; m = unit.exec(text)) {
    const [whole, hex, dec, named, uni, byte] = m;
    const code = hex ?? uni ?? byte;
    const ch = code ? String.fromCodePoint(Number.parseInt(code, 16) % 0x110000)
      : dec ? String.fromCodePoint(Number(dec) % 0x110000)
      : named ? (NAMED_ENTITIES[named] ?? whole) : whole;
    for (const c of ch) {
      if (/[\s\u0000-\u001f\u007f\u00ad\u200b-\u200d\u2060\ufeff\\]/.test(c)) continue;
      chars.push(c.toLowerCase());
      origin.push(m.index);
    }
  }
  const normalised = chars.join('');
  const found: number[] = [];
  for (const m of normalised.matchAll(/javascript:|vbscript:|livescript:|data:text\/html/g)) found.push(origin[m.index]!);
  return found;
}

/** MDX ESM: `import` only of the project's own .astro components; no `export`; no `import()`. */
function checkModules(file: string, text: string, root: string, report: (rule: Rule, offset: number) => void): void {
  const from = posix.dirname(file.split('\\').join('/'));
  for (const m of text.matchAll(/^import\b/gm)) {
    const spec = /^import\b[^"';]*?(["'])([^"'\n]*)\1/.exec(text.slice(m.index, m.index + 1000))?.[2];
    const resolved = spec === undefined ? '' : posix.relative(posix.normalize(root), posix.join(from, spec));
    const own = spec?.startsWith('.') && resolved.startsWith('src/components/') && resolved.endsWith('.astro');
    if (!own) report(RULES.importOther, m.index);
  }
  for (const m of text.matchAll(/\bimport\s*\(/g)) report(RULES.importOther, m.index);
  for (const m of text.matchAll(/^export\b/gm)) report(RULES.exportAny, m.index);
}
