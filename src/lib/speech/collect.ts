/**
 * What 朗读 reads aloud from a page's `<main>`: the text a sighted reader sees, in reading order,
 * as blocks (a heading, a paragraph, a list item, a table row), so the voice pauses where the
 * page breaks a line. Left out:
 * - controls and their words: navigation, buttons, forms, the page tools themselves, the
 *   "copy link" control on every table row (`copy-link`), which would repeat on each row;
 * - drawings: SVG maps and charts (their figures are in the tables and text beside them), images,
 *   media, scripts and styles;
 * - hidden text: `hidden`, `aria-hidden="true"`, `.visually-hidden` (words for screen readers
 *   that repeat what is on the screen), anything the page marks `data-speech="skip"`, and
 *   whatever the caller's `isHidden` reports (in the browser: not rendered, e.g. a closed
 *   `<details>`).
 * A table is read as its caption, then one sentence per row with the cells joined by the
 * language's comma, the header row once.
 *
 * The walker reads only the parts of a DOM node listed in `SpeechNode`, so the browser's DOM and
 * a parsed document in the unit tests (docs/conventions.md §3: no DOM in src/lib) both fit.
 */
export interface SpeechNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<SpeechNode>;
  getAttribute?(name: string): string | null;
}

export interface CollectOptions {
  /** Put between the cells of a table row: `，` on Chinese pages, `, ` on English ones. */
  cellSeparator: string;
  /** True when an element is not rendered; the browser passes `!el.checkVisibility()`. */
  isHidden?: (element: SpeechNode) => boolean;
}

const ELEMENT_NODE = 1; // DOM Standard, Node.nodeType: https://dom.spec.whatwg.org/#dom-node-nodetype
const TEXT_NODE = 3;

/** Elements whose words are never read: controls, drawings, code the reader does not see. */
// prettier-ignore
export const SKIPPED_ELEMENTS = new Set([
  'nav', 'button', 'form', 'input', 'select', 'textarea', 'label', 'svg', 'img', 'picture', 'canvas',
  'video', 'audio', 'iframe', 'object', 'script', 'style', 'template', 'noscript',
  'copy-link', 'read-aloud', 'text-size',
]);

/** Elements that end a spoken block: the voice pauses after each. */
// prettier-ignore
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'br',
]);

const CELLS = new Set(['td', 'th']);

/** The blocks of text under `root`, in document order, each with its white space collapsed. */
export function collectBlocks(root: SpeechNode, options: CollectOptions): string[] {
  const blocks: string[] = [];
  let parts: string[] = [];
  const flush = () => {
    const text = joinParts(parts, options.cellSeparator);
    if (text) blocks.push(text);
    parts = [];
  };
  const walk = (node: SpeechNode) => {
    if (node.nodeType === TEXT_NODE) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toLowerCase();
    if (isSkipped(node, name, options)) return;
    const block = BLOCK_ELEMENTS.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (CELLS.has(name)) parts.push(CELL_END);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}

const CELL_END = '\u0000'; // a marker no page text contains, replaced by the separator

function joinParts(parts: string[], separator: string): string {
  const cells = parts
    .join('')
    .split(CELL_END)
    .map((cell) => cell.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return cells.join(separator);
}

function isSkipped(node: SpeechNode, name: string, options: CollectOptions): boolean {
  if (SKIPPED_ELEMENTS.has(name)) return true;
  const attr = (key: string) => node.getAttribute?.(key) ?? null;
  if (attr('hidden') !== null || attr('aria-hidden') === 'true' || attr('data-speech') === 'skip') return true;
  if ((attr('class') ?? '').split(/\s+/).includes('visually-hidden')) return true;
  return options.isHidden?.(node) ?? false;
}
