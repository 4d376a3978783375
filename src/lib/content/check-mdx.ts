import { posix } from 'node:path';
import { ELEMENTS, IMPORTABLE } from './mdx-allowlist.ts';
import { parseMdx } from './mdx-tree.ts';
import { contentProblem, type ContentProblem, type ContentProblemType } from './problem.ts';
import { refuseImage, refuseLink, type UrlRefusal } from './safe-url.ts';

/**
 * An explainer is text, not code. MDX can run JavaScript at build time (`{…}` expressions,
 * `import`, `export`) and put any HTML or attribute on a page, so this check walks the syntax
 * tree the build itself compiles (./mdx-tree.ts) and allows only Markdown, the components and
 * elements in ./mdx-allowlist.ts with literal attribute values, imports of those components by
 * exact path, and links and images that stay safe (./safe-url.ts). Everything else is reported
 * with its line and column. Pure: `node:path` only does string work.
 */
export interface MdxCheckOptions {
  /** Project root the file path is relative to (default `.`), to work out exact import paths. */
  root?: string;
}

/** Markdown (CommonMark + GFM) node types: harmless text structure, allowed everywhere. */
const MARKDOWN = new Set([
  'root', 'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell',
  'code', 'inlineCode', 'text', 'emphasis', 'strong', 'delete', 'break', 'link', 'linkReference', 'image',
  'imageReference', 'definition', 'footnoteDefinition', 'footnoteReference', 'yaml', 'toml',
]);

interface Node {
  type: string;
  children?: Node[];
  position?: { start: { line: number; column: number } };
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  value?: string;
  url?: string;
  identifier?: string;
}

type Report = (node: Node, type: ContentProblemType, message: string, hint: string, extra?: { field?: string; found?: string; line?: number; column?: number }) => void;

/** Every problem in one MDX file; `file` is the path shown in reports (relative to `root`). */
export function checkMdx(file: string, text: string, options: MdxCheckOptions = {}): ContentProblem[] {
  const parsed = parseMdx(text);
  if (!parsed.ok) {
    return [contentProblem({
      file, line: parsed.line, column: parsed.column, type: 'mdx-error',
      message: `MDX 写法有误，构建会在这里失败：${parsed.reason}`,
      hint: '正文中的 < 和 { 有特殊含义：要写这两个字符本身，请写成 &lt; 和 &#123;。注释请直接删除。',
    })];
  }
  const problems: ContentProblem[] = [];
  const report: Report = (node, type, message, hint, extra = {}) =>
    problems.push(contentProblem({ file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, type, message, hint, ...extra }));
  const tree = parsed.tree as unknown as Node;
  const imageDefinitions = new Set<string>();
  walk(tree, (n) => { if (n.type === 'imageReference' && n.identifier) imageDefinitions.add(n.identifier); });
  walk(tree, (node) => checkNode(node, { file, root: options.root ?? '.', report, imageDefinitions }));
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

interface Context {
  file: string;
  root: string;
  report: Report;
  imageDefinitions: ReadonlySet<string>;
}

function checkNode(node: Node, { file, root, report, imageDefinitions }: Context): void {
  switch (node.type) {
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return report(node, 'mdx-expression', '正文中不允许 {…} 表达式：构建时它会作为代码运行，结果直接发布。', '删除花括号里的内容；要显示花括号本身，写成 &#123; 和 &#125;。', { found: excerpt(`{${node.value ?? ''}}`) });
    case 'mdxjsEsm':
      return checkEsm(node, file, root, report);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return checkElement(node, report);
    case 'link':
      return checkUrl(node, node.url ?? '', 'link', report);
    case 'image':
      return checkUrl(node, node.url ?? '', 'image', report);
    case 'definition':
      return checkUrl(node, node.url ?? '', node.identifier && imageDefinitions.has(node.identifier) ? 'image' : 'link', report);
    default:
      if (!MARKDOWN.has(node.type)) report(node, 'node-not-allowed', `内容中不允许这种写法（${node.type}）。`, '只用 Markdown 和 content/README.md 列出的组件。');
  }
}

/** ESM is allowed only as `import Name from '<exact path>';`, one per line, for the components in IMPORTABLE. */
function checkEsm(node: Node, file: string, root: string, report: Report): void {
  const from = posix.dirname(posix.relative(posix.normalize(root), file.split('\\').join('/')));
  const start = node.position?.start.line ?? 1;
  (node.value ?? '').split('\n').forEach((line, i) => {
    const m = /^import ([A-Za-z]+) from (['"])([^'"]+)\2;?$/.exec(line.trim());
    const target = m && Object.hasOwn(IMPORTABLE, m[1]!) ? IMPORTABLE[m[1]!] : undefined;
    if (target && m?.[3] === posix.relative(from, target)) return;
    const exporting = /\bexport\b/.test(line);
    report(node, exporting ? 'esm-export' : 'esm-import',
      exporting ? '内容文件中不允许 export：它会在构建时运行代码。' : '这一行不是允许的组件导入：导入其他模块会在构建时运行未经审查的代码。',
      exporting ? '把数据写进 front matter 或 content/ 下的 YAML 文件。' : `Term 和 PageLink 已由页面提供，不用导入；一定要导入时，每行只写一句，例如 import Term from '${posix.relative(from, IMPORTABLE.Term!)}';`,
      { line: start + i, column: 1, found: excerpt(line) });
  });
}

const EMBEDS = new Set(['iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'portal']);
const PAGE_TAGS = new Set(['base', 'meta', 'link', 'style']);

function checkElement(node: Node, report: Report): void {
  const name = node.name ?? '';
  const rule = Object.hasOwn(ELEMENTS, name) ? ELEMENTS[name] : undefined;
  if (!rule) reportElement(node, name, report);
  const seen = new Set<string>();
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || attr.name === undefined) {
      report(node, 'spread-attribute', `<${name}> 上不允许 {…} 展开属性：它可以加上任何属性，包括会运行代码的 on… 属性。`, '删除 {…}，只写允许的属性，值用引号括起来。', { field: name, found: excerpt(`{${String(attr.value ?? '')}}`) });
      continue;
    }
    const attrName = attr.name;
    seen.add(attrName);
    const field = `${name}.${attrName}`;
    const allowed = rule && Object.hasOwn(rule.attributes, attrName) ? rule.attributes[attrName] : undefined;
    const expression = attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string';
    if (/^on/i.test(attrName)) report(node, 'event-handler', `不允许使用事件属性 ${attrName}：它会在读者的浏览器里运行代码。`, '删除这个属性；交互功能请放进 src/components/ 的组件中。', { field });
    else if (expression) report(node, 'expression-attribute', `<${name}> 的属性 “${attrName}” 不能是 {…} 表达式：表达式会在构建时运行。`, `写成带引号的文本，例如 ${attrName}="…"。`, { field });
    else if (!rule) continue; // the element itself is already refused
    else if (!allowed) report(node, 'attribute-not-allowed', `<${name}> 不允许属性 “${attrName}”。`, attributeHint(name), { field, found: attrName });
    else if (typeof attr.value !== 'string') report(node, 'attribute-value', `<${name}> 的属性 “${attrName}” 必须写值，用引号括起来。`, attributeHint(name), { field });
    else if (!allowed.test(attr.value)) report(node, 'attribute-value', `<${name}> 的属性 “${attrName}” 不接受 “${excerpt(attr.value)}”。`, attributeHint(name), { field, found: excerpt(attr.value) });
  }
  for (const required of rule?.required ?? []) {
    if (!seen.has(required)) report(node, 'attribute-value', `<${name}> 缺少属性 “${required}”。`, attributeHint(name), { field: `${name}.${required}` });
  }
}

/** Why an element outside the allowlist is refused: the dangerous ones by name, the rest in general. */
function reportElement(node: Node, name: string, report: Report): void {
  const lower = name.toLowerCase();
  if (lower === 'script') return report(node, 'raw-script', '不允许使用 <script>：它会在读者的浏览器里运行代码。', '删除这段脚本；需要交互的功能请在 src/components/ 里写成组件，经代码审查后再使用。');
  if (lower === 'form') return report(node, 'form', '内容中不允许表单（<form>）：它会把读者输入的内容发到别处。', '删除表单；需要收集意见时，写一个指向正式渠道的普通链接。');
  if (EMBEDS.has(lower)) return report(node, 'embedded-content', `不允许嵌入外部内容（<${lower}>）：嵌入的页面或插件可以运行代码。`, '改用普通链接指向该内容，并说明它是什么。');
  if (PAGE_TAGS.has(lower)) return report(node, 'page-tag', `正文中不允许 <${lower}>：它会改变整个页面（跳转、加载外部资源、隐藏内容）。`, '删除这个标签；样式请写在 src/styles/ 或组件里。');
  report(node, 'element-not-allowed', `内容中不允许 <${name || '>…</'}> 元素或组件。`, `可用的只有：${Object.keys(ELEMENTS).map((e) => `<${e}>`).join('、')}；其余请用 Markdown 写。`, { found: name });
}

function attributeHint(name: string): string {
  const attributes = Object.entries(ELEMENTS[name]?.attributes ?? {});
  if (attributes.length === 0) return `<${name}> 不带任何属性。`;
  return `<${name}> 可用的属性：${attributes.map(([a, re]) => `${a}（${re.source}）`).join('、')}。`;
}

const URL_WORDS: Record<UrlRefusal, string> = {
  scheme: '使用了不允许的协议',
  'other-origin': '以 // 开头，指向其他网站',
  'not-site-path': '不是站内路径',
};

function checkUrl(node: Node, url: string, kind: 'link' | 'image', report: Report): void {
  const refusal = kind === 'link' ? refuseLink(url) : refuseImage(url);
  if (!refusal) return;
  if (kind === 'link') {
    report(node, 'link-not-allowed', `链接地址 “${excerpt(url)}” ${URL_WORDS[refusal]}：链接只能是 https:、http:、mailto: 或站内路径。`, '写完整的网页地址（https://…），或以 / 开头的站内路径，例如 /glossary/；站内页面最好用 <PageLink>。', { found: excerpt(url) });
  } else {
    report(node, 'external-src', `图片地址 “${excerpt(url)}” ${URL_WORDS[refusal]}：图片只能来自本站。`, '把图片放进 public/，用以 / 开头的站内路径引用；外部图片请改成指向原网页的普通链接。', { found: excerpt(url) });
  }
}

const excerpt = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
